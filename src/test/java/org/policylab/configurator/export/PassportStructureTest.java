package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Risk;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.DocumentType;
import org.policylab.configurator.passport.IndicatorRef;
import org.policylab.configurator.passport.InstructingDocument;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.RiskItem;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * A passport of each document type of the state planning system, exported to PDF, DOCX and Markdown in each
 * language, reads as a reviewer expects: the type's sections in their order under their official headings, the
 * developer, executors and instructing document apart from the statutes, the indicator cascade, risks with their
 * mitigation, the RIA flag of a regulatory measure and the ex-post evaluation method.
 */
class PassportStructureTest {
    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();

    /** The fixture catalog plus a regulatory measure (a regulatory sandbox) with no output indicator of its own. */
    static Catalog catalog() {
        Catalog base = PassportFixtures.catalog();
        List<Instrument> instruments = new ArrayList<>(base.instruments());
        instruments.add(PassportFixtures.instrument("ai-regulatory-sandbox",
                PassportFixtures.lt("Regulatory sandbox for AI services", "Регуляторная песочница для ИИ-сервисов",
                        "ЖИ қызметтеріне арналған реттеушілік құмсалғыш"), InstrumentCategory.REGULATORY,
                List.of("ai-startup-survival"), List.of(Risk.CAPTURE_BY_INCUMBENTS),
                PassportFixtures.lt("review after two years", "пересмотр через два года", "екі жылдан кейін қайта қарау")));
        return new Catalog(new CatalogDocument(base.version(), instruments, base.kpis(), base.problems(), base.sectors(),
                base.regions()));
    }

    /** What a planner enters for the planning system, in the passport's language. */
    record Roles(String developer, String executor, String issuedBy, String instruction, String risk, String mitigation,
                 String evaluation, String document, String indicator, String completion, String measure) {
    }

    static Roles roles(Language l) {
        return switch (l) {
            case EN -> new Roles("Ministry of Digital Development", "Akimat of Almaty", "Government",
                    "Action plan on AI", "Graduates leave despite the grants", "Grant tied to three years of work in Kazakhstan",
                    "Difference in differences against graduates of 2024–2026", "National Development Plan to 2029",
                    "Labour productivity growth", "Order of the ministry", "Approve the rules of the sandbox");
            case RU -> new Roles("Министерство цифрового развития", "Акимат города Алматы", "Правительство",
                    "План действий по ИИ", "Выпускники уезжают несмотря на гранты", "Грант обусловлен тремя годами работы в Казахстане",
                    "Разность разностей по выпускникам 2024–2026 годов", "Национальный план развития до 2029 года",
                    "Рост производительности труда", "Приказ министерства", "Утвердить правила песочницы");
            case KK -> new Roles("Цифрлық даму министрлігі", "Алматы қаласының әкімдігі", "Үкімет",
                    "ЖИ жөніндегі іс-қимыл жоспары", "Түлектер гранттарға қарамастан кетеді",
                    "Грант Қазақстанда үш жыл жұмыс істеуге байланысты", "2024–2026 жылдардағы түлектер бойынша айырмалар айырмасы",
                    "2029 жылға дейінгі Ұлттық даму жоспары", "Еңбек өнімділігінің өсуі", "Министрлік бұйрығы",
                    "Құмсалғыш қағидаларын бекіту");
        };
    }

    static ProgramPassport passport(DocumentType type, Language l) {
        Roles r = roles(l);
        ProgramPassport base = PassportFixtures.passport(l);
        List<SelectedInstrument> instruments = new ArrayList<>(base.instruments());
        instruments.add(SelectedInstrument.of("ai-regulatory-sandbox").withYears(2027, 2028).withRegulatoryImpactAnalysis(true));
        List<KpiTarget> kpis = new ArrayList<>(base.kpis());
        kpis.set(3, kpis.get(3).withServes(new IndicatorRef(r.document(), r.indicator(), "ndp-4.2")));
        return base.withDocumentType(type)
                .withDeveloper(r.developer())
                .withResponsibleExecutors(List.of(r.developer(), r.executor()))
                .withInstruction(new InstructingDocument(r.issuedBy(), r.instruction(), "260", "29.10.2024"))
                .withInstruments(instruments)
                .withKpis(kpis)
                .withRisks(List.of(new RiskItem(r.risk(), r.mitigation())))
                .withEvaluationMethod(r.evaluation())
                .withActions(List.of(new ActionItem(r.measure(), r.completion(), "2027", List.of(r.developer()), null, null,
                        "ai-regulatory-sandbox")));
    }

    static Stream<Arguments> typesAndLanguages() {
        return Arrays.stream(DocumentType.values())
                .flatMap(type -> Arrays.stream(Language.values()).map(l -> Arguments.of(type, l)));
    }

    /** The headings a reviewer expects, numbered as in the document: "1. …", appendices "Appendix 1. …". */
    static List<String> expectedHeadings(DocumentType type, Language l) {
        DocumentText t = DocumentText.of(l);
        List<String> out = new ArrayList<>();
        int n = 0;
        int a = 0;
        for (DocumentStructure.Section s : DocumentStructure.of(type).sections()) {
            String number = s.appendix() ? t.get("st.appendix", ++a) : String.valueOf(++n);
            out.add(number + ". " + t.get(s.headingKey()));
        }
        return out;
    }

    private PassportDocument document(DocumentType type, Language l) {
        Catalog c = catalog();
        return PassportFixtures.document(passport(type, l), c, l);
    }

    private Path export(DocumentType type, Language l, ExportFormat f) throws Exception {
        Path out = dir.resolve(type.id() + "-" + l.id() + "." + f.extension());
        exporter.export(document(type, l), f, out);
        String keep = System.getProperty("passport.keep");
        if (keep != null) {
            // -Dpassport.keep=/some/dir keeps the documents to look at them page by page
            Files.createDirectories(Path.of(keep));
            Files.copy(out, Path.of(keep).resolve(out.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    /** What every format must show besides the headings: roles, basis, cascade, risks, RIA, evaluation. */
    static List<String> reviewerFacts(Language l) {
        Roles r = roles(l);
        DocumentText t = DocumentText.of(l);
        return List.of(t.get("f.developer"), r.developer(), t.get("f.responsibleExecutors"), r.executor(),
                t.get("f.coExecutors"), "Astana Hub", t.get("f.basis"), r.instruction(),
                t.get("instr.numberDate", "260", "29.10.2024"), t.get("f.statutes"), PassportFixtures.texts(l).legal(),
                r.document(), r.indicator(), "ndp-4.2", r.risk(), r.mitigation(), t.get("f.ria"), t.get("ria.done"),
                r.evaluation(), r.measure(), r.completion());
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void contentFollowsTheTypesStructure(DocumentType type, Language l) {
        PassportContent c = PassportContent.of(document(type, l));
        List<String> level1 = c.headings().stream().filter(h -> h.level() == 1).map(PassportContent.Heading::numbered).toList();
        assertEquals(expectedHeadings(type, l), level1, type + " " + l);
        for (String h : level1) {
            assertFalse(h.contains("!"), "missing bundle key in heading " + h);
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void pdfShowsTheSectionsInOrderAndWhatAReviewerChecks(DocumentType type, Language l) throws Exception {
        String text = wrapped(PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(export(type, l, ExportFormat.PDF))));
        int from = text.indexOf(DocumentText.of(l).get("doc.contents").toUpperCase(l.locale()));
        assertTrue(from >= 0, "table of contents");
        for (String h : expectedHeadings(type, l).stream().map(PassportStructureTest::wrapped).toList()) {
            // the table of contents lists the heading as written; the body sets it in capitals
            assertTrue(text.contains(h), "PDF " + type + " " + l + ": contents lack '" + h + "'");
            int at = text.indexOf(h.toUpperCase(l.locale()), from);
            assertTrue(at > from, "PDF " + type + " " + l + ": heading '" + h + "' missing or out of order in "
                    + text.substring(Math.max(0, from), Math.min(text.length(), from + 3000)));
            from = at;
        }
        for (String fact : reviewerFacts(l)) {
            assertTrue(text.contains(wrapped(PassportDocumentsTest.oneSpaced(fact))), "PDF " + type + " " + l + " lacks '" + fact + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void docxHeadingsAreTheTypesSectionsInOrder(DocumentType type, Language l) throws Exception {
        Path docx = export(type, l, ExportFormat.DOCX);
        List<String> headings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFParagraph p : d.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings.add(p.getText());
                }
            }
        }
        assertEquals(expectedHeadings(type, l), headings, "DOCX " + type + " " + l);
        String text = PassportDocumentsTest.docxText(docx);
        for (String fact : reviewerFacts(l)) {
            assertTrue(text.contains(fact), "DOCX " + type + " " + l + " lacks '" + fact + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void markdownHeadingsAreTheTypesSectionsInOrder(DocumentType type, Language l) throws Exception {
        String md = Files.readString(export(type, l, ExportFormat.MD));
        String contents = "## " + DocumentText.of(l).get("doc.contents");
        List<String> headings = md.lines().filter(s -> s.startsWith("## ") && !s.equals(contents))
                .map(s -> unescape(s.substring(3))).toList();
        assertEquals(expectedHeadings(type, l), headings, "Markdown " + type + " " + l);
        String plain = unescape(md);
        for (String fact : reviewerFacts(l)) {
            assertTrue(plain.contains(fact), "Markdown " + type + " " + l + " lacks '" + fact + "'");
        }
    }

    /** A line broken after a hyphen or at a slash leaves a space there in the extracted text: drop it on both sides. */
    static String wrapped(String s) {
        return s.replaceAll("\\s*([/-])\\s*", "$1");
    }

    static String unescape(String md) {
        return md.replaceAll("\\\\([\\\\`*_\\[\\]#+\\-.!|~=])", "$1").replace("&amp;", "&");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPassportWithNoTypeKeepsTheGenericStructure(Language l) {
        PassportContent c = PassportContent.of(PassportFixtures.document(PassportFixtures.passport(l), PassportFixtures.catalog(), l));
        List<String> level1 = c.headings().stream().filter(h -> h.level() == 1).map(PassportContent.Heading::text).toList();
        assertEquals(PassportDocumentsTest.sectionTitles(l), level1);
    }

    @Test
    void theResultsChainShowsOutputsFromOutputKpisOrElseTheActionPlansFormsOfCompletion() {
        Language l = Language.RU;
        DocumentText t = DocumentText.of(l);
        // the sandbox alone: its only indicator is an outcome, so its output is what the action plan delivers
        ProgramPassport sandboxOnly = passport(DocumentType.CONCEPT, l)
                .withInstruments(List.of(SelectedInstrument.of("ai-regulatory-sandbox")))
                .withKpis(List.of(KpiTarget.of("ai-startup-survival")));
        assertEquals(List.of(roles(l).completion()), outputs(sandboxOnly, t));
        // the campus has an output indicator in the catalog: that is its output
        ProgramPassport campus = sandboxOnly.withInstruments(List.of(new SelectedInstrument("university-industry-campus",
                List.of(), Money.kzt(1_000_000L), null, 2027, 2029, null, List.of(), List.of())));
        assertEquals(List.of("Выпускники по ИИ, нанятые местными компаниями"), outputs(campus, t));
    }

    private static List<String> outputs(ProgramPassport p, DocumentText t) {
        PassportContent c = PassportContent.of(PassportFixtures.document(p, catalog(), t.language()));
        return c.blocks().stream().filter(b -> b instanceof PassportContent.Flow).map(b -> (PassportContent.Flow) b)
                .findFirst().orElseThrow().columns().stream().filter(col -> col.title().equals(t.get("chain.outputs")))
                .findFirst().orElseThrow().items();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRegulatoryMeasureShowsWhetherItsRiaWasDoneAndOtherMeasuresDoNot(Language l) {
        DocumentText t = DocumentText.of(l);
        ProgramPassport p = passport(DocumentType.SECTORAL_PROGRAM, l);
        List<PassportContent.Field> notDone = instrumentFields(p.withInstruments(List.of(
                SelectedInstrument.of("ai-regulatory-sandbox").withRegulatoryImpactAnalysis(false),
                SelectedInstrument.of("ai-matching-grants"))), l);
        assertEquals(List.of(t.get("ria.notDone")), notDone.stream().filter(f -> f.label().equals(t.get("f.ria")))
                .map(PassportContent.Field::value).toList(), "one RIA row, for the regulatory measure only");
        List<PassportContent.Field> unknown = instrumentFields(p.withInstruments(List.of(
                SelectedInstrument.of("ai-regulatory-sandbox"))), l);
        assertEquals(List.of(t.get("doc.notSet")), unknown.stream().filter(f -> f.label().equals(t.get("f.ria")))
                .map(PassportContent.Field::value).toList(), "an unanswered RIA shows as a gap");
    }

    private static List<PassportContent.Field> instrumentFields(ProgramPassport p, Language l) {
        return PassportContent.of(PassportFixtures.document(p, catalog(), l)).blocks().stream()
                .filter(b -> b instanceof PassportContent.Fields).flatMap(b -> ((PassportContent.Fields) b).fields().stream())
                .toList();
    }

    @Test
    void everyStructureNamesItsSourcesAndEveryHeadingIsTranslated() {
        for (DocumentType type : DocumentType.values()) {
            DocumentStructure.Structure s = DocumentStructure.of(type);
            assertFalse(s.sources().isEmpty(), type + " names no source");
            assertFalse(s.basis().isBlank(), type + " says nothing of what it is based on");
            for (DocumentStructure.Source src : s.sources()) {
                // the official database, or the legal database whose copy of the act was the one read (order No. 149)
                assertTrue(src.url().startsWith("https://adilet.zan.kz/") || src.url().startsWith("http://base.spinform.ru/"),
                        src.url());
            }
            String kk = DocumentText.of(Language.KK).name(type);
            assertTrue(kk.codePoints().anyMatch(cp -> PassportDocumentsTest.KAZAKH_LETTERS.indexOf(cp) >= 0),
                    "Kazakh name of " + type + ": " + kk);
            assertFalse(DocumentText.of(Language.RU).name(type).equals(type.id()), "Russian name of " + type);
            for (String key : s.headingKeys()) {
                String en = DocumentText.of(Language.EN).get(key);
                for (Language l : List.of(Language.RU, Language.KK)) {
                    String v = DocumentText.of(l).get(key);
                    assertFalse(v.startsWith("!"), l + " lacks " + key);
                    assertFalse(v.equals(en), l + " " + key + " is English");
                }
            }
        }
    }
}
