package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.LocalContentMeasure;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.Selection;
import org.policylab.configurator.passport.SelectionMethod;

/** Passport v2: the structured terms of an instrument and the review type reach the Markdown and the PDF, in every language. */
class PassportTermsDocumentsTest {
    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();
    private final Catalog catalog = PassportFixtures.catalog();

    static String clawback(Language l) {
        return switch (l) {
            case EN -> "repaid in full if the startup relocates abroad within three years";
            case RU -> "возвращается полностью, если стартап переедет за рубеж в течение трёх лет";
            case KK -> "стартап үш жыл ішінде шетелге көшсе, толық қайтарылады";
        };
    }

    static String justification(Language l) {
        return switch (l) {
            case EN -> "the only operator with an accredited AI venture fund";
            case RU -> "единственный оператор с аккредитованным венчурным фондом ИИ";
            case KK -> "аккредиттелген ЖИ венчурлық қоры бар жалғыз оператор";
        };
    }

    /** The fixture passport with every structured term set on its second instrument, and an external contracted review. */
    static ProgramPassport withTerms(Language l) {
        ProgramPassport p = PassportFixtures.passport(l);
        SelectedInstrument si = p.instruments().get(1)
                .withExit(new ExitTerms(2029, ExitTrigger.PERFORMANCE, Extension.ON_REVIEW, clawback(l)))
                .withSelection(new Selection(SelectionMethod.DIRECT_APPOINTMENT, justification(l), 0.35, true))
                .withLocalContentMeasure(LocalContentMeasure.PURCHASES)
                .withContingentOn(List.of(Contingency.EXPORTS))
                .withGates(List.of(new InstrumentGate(2028, "ai-startup-survival", 42.0, GateAction.STOP),
                        new InstrumentGate(2029, "private-investment-ai", 8.5, null)));
        return p.replaceInstrument(1, si).withReview(p.review().withType(ReviewType.EXTERNAL_CONTRACTED));
    }

    /** What the documents must show, built from the bundles of the language, not from the writer. */
    static List<String> expected(Language l) {
        DocumentText t = DocumentText.of(l);
        var m = t.messages();
        String survival = PassportFixtures.KPIS.get(1).name().in(l);
        String investment = PassportFixtures.KPIS.get(2).name().in(l);
        List<String> out = new ArrayList<>(List.of(
                t.get("f.sunsetYear"), "2029",
                t.get("f.exitTrigger"), m.get("exit-trigger.performance"),
                t.get("f.extension"), m.get("extension.on-review"),
                t.get("f.clawback"), clawback(l),
                t.get("f.selectionMethod"), m.get("selection.direct-appointment"),
                t.get("f.justification"), justification(l),
                t.get("f.largestRecipientShare"), t.percent(0.35),
                t.get("f.stateOwnedRecipient"),
                t.get("f.localContentMeasure"), m.get("local-content-measure.purchases"),
                t.get("f.contingentOn"), m.get("contingency.exports"),
                t.get("f.instrumentGates"),
                // "2028: survival ≥ 42 %, else stop support": the year, the KPI, the sign, the threshold and the action
                "2028: " + survival + " ≥ 42", m.get("gate-action.stop"),
                "2029: " + investment + " ≥ 8",
                t.get("f.reviewType"), m.get("review-type.external-contracted")));
        return out;
    }

    private String export(ProgramPassport p, Language l, ExportFormat f) throws Exception {
        Path out = dir.resolve("terms-" + l.id() + "." + f.extension());
        exporter.export(PassportFixtures.document(p, catalog, l), f, out);
        return f == ExportFormat.PDF ? PassportDocumentsTest.pdfText(out) : PassportDocumentsTest.rendered(Files.readString(out));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownAndPdfShowTheStructuredTerms(Language l) throws Exception {
        ProgramPassport p = withTerms(l);
        String md = PassportDocumentsTest.oneSpaced(export(p, l, ExportFormat.MD));
        String pdf = PassportDocumentsTest.oneSpaced(export(p, l, ExportFormat.PDF));
        for (String s : expected(l)) {
            String one = PassportDocumentsTest.oneSpaced(s);
            assertTrue(md.contains(one), "Markdown " + l + " lacks '" + one + "'");
            assertTrue(pdf.contains(one), "PDF " + l + " lacks '" + one + "'");
        }
        for (String doc : List.of(md, pdf)) {
            assertFalse(doc.contains("!f.") || doc.contains("!gate.") || doc.contains("!exit-trigger")
                    || doc.contains("!selection.") || doc.contains("!review-type."), "missing keys in " + l);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPassportWithoutTermsSaysTheExitIsNotSpecifiedAndListsNoGates(Language l) throws Exception {
        DocumentText t = DocumentText.of(l);
        String md = PassportDocumentsTest.oneSpaced(export(PassportFixtures.passport(l), l, ExportFormat.MD));
        assertTrue(md.contains(t.get("f.sunsetYear") + "** | " + t.get("doc.notSet")), "sunset year shown as not set");
        assertFalse(md.contains(t.get("f.instrumentGates")), "no gates, no gate row");
        assertFalse(md.contains(t.get("f.contingentOn")), "no contingency, no contingency row");
    }
}
