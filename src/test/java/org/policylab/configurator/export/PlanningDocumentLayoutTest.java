package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.DocumentType;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.IndicatorRef;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * What a ministry reviewer saw wrong in the exported passports, each a check that fails if it comes back: the cover
 * and the title row name the document type (not "Passport of the program" for a national project); an appendix's
 * subsections never borrow the last section's number; the cascade prints only what is known (no "— —"); the goal is
 * not printed again as the targeted change; quasi-public sector funds are not budget money; the review of
 * international experience travels through every format; the results chain and the chart rows stay on one page.
 */
class PlanningDocumentLayoutTest {
    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> typesAndLanguages() {
        return PassportStructureTest.typesAndLanguages();
    }

    private Path export(ProgramPassport p, Language l, ExportFormat f) throws Exception {
        Path out = dir.resolve(p.documentType() + "-" + l.id() + "-" + System.nanoTime() + "." + f.extension());
        exporter.export(PassportFixtures.document(p, PassportStructureTest.catalog(), l), f, out);
        return out;
    }

    private static String md(Path p) throws Exception {
        return PassportStructureTest.unescape(Files.readString(p));
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void coverAndTitleRowNameTheDocumentType(DocumentType type, Language l) throws Exception {
        DocumentText t = DocumentText.of(l);
        ProgramPassport p = PassportStructureTest.passport(type, l);
        String label = t.get("doc.passport." + type.id());
        String titleRow = t.get("f.title." + type.id());
        PassportContent c = PassportContent.of(PassportFixtures.document(p, PassportStructureTest.catalog(), l));
        assertEquals(label, c.documentLabel());
        String md = md(export(p, l, ExportFormat.MD));
        assertTrue(md.contains(label), "Markdown cover " + type + " " + l);
        assertTrue(md.contains(titleRow), "Markdown title row " + type + " " + l);
        assertFalse(md.contains("| " + t.get("f.title") + " |"), "generic title row left in " + type + " " + l);
        String pdf = PassportStructureTest.wrapped(PassportDocumentsTest.oneSpaced(
                PassportDocumentsTest.pdfText(export(p, l, ExportFormat.PDF))));
        assertTrue(pdf.contains(PassportStructureTest.wrapped(label.toUpperCase(l.locale()))), "PDF cover " + type + " " + l);
        assertTrue(pdf.contains(PassportStructureTest.wrapped(titleRow)), "PDF title row " + type + " " + l);
        if (type == DocumentType.NATIONAL_PROJECT && l == Language.RU) {
            assertFalse(pdf.contains("ПАСПОРТ ПРОГРАММЫ"), pdf.substring(0, 300));
            assertFalse(pdf.contains("Наименование программы"));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void appendixSubsectionsDoNotBorrowTheLastSectionsNumber(Language l) {
        ProgramPassport p = PassportStructureTest.passport(DocumentType.CONCEPT, l)
                .withFinancing(List.of(new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027, Money.kzt(1_000_000_000),
                        "MNE", null)));
        PassportContent c = PassportContent.of(PassportFixtures.document(p, PassportStructureTest.catalog(), l));
        boolean inAppendix = false;
        int sections = 0;
        List<String> appendixSubs = new ArrayList<>();
        for (PassportContent.Block b : c.blocks()) {
            if (b instanceof PassportContent.Heading h && h.level() == 1) {
                inAppendix = !h.number().matches("\\d+");
                if (!inAppendix) {
                    sections++;
                }
            } else if (inAppendix && b instanceof PassportContent.Heading h && h.level() == 2) {
                appendixSubs.add(h.numbered());
                assertFalse(h.number().startsWith(sections + "."), "appendix subsection numbered " + h.numbered());
                assertEquals("", h.number());
            }
        }
        assertTrue(appendixSubs.contains(DocumentText.of(l).get("sub.fundingBySource")), appendixSubs.toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCascadePrintsOnlyWhatIsKnown(Language l) throws Exception {
        ProgramPassport base = PassportStructureTest.passport(DocumentType.NATIONAL_PROJECT, l);
        List<KpiTarget> kpis = new ArrayList<>(base.kpis());
        // a document without an indicator code, and a code without a document: no dash stands in for the rest
        kpis.set(0, kpis.get(0).withServes(new IndicatorRef("NDP", "Exports", null)));
        kpis.set(1, kpis.get(1).withServes(new IndicatorRef(null, null, "ndp-1.1")));
        ProgramPassport p = base.withKpis(kpis);
        for (ExportFormat f : List.of(ExportFormat.MD, ExportFormat.PDF, ExportFormat.DOCX)) {
            Path out = export(p, l, f);
            String text = f == ExportFormat.MD ? md(out) : f == ExportFormat.PDF
                    ? PassportDocumentsTest.pdfText(out) : PassportDocumentsTest.docxText(out);
            String flat = PassportDocumentsTest.oneSpaced(text);
            // the known parts, without a dash standing for the missing code or document
            assertFalse(flat.matches("(?s).*Exports\\s*(\\|\\s*)?—\\s*(\\|\\s*)?—.*"), f + " " + l + " prints '— —'");
            assertFalse(flat.matches("(?s).*—\\s*(\\|\\s*)?—\\s*(\\|\\s*)?ndp-1\\.1.*"), f + " " + l + " prints '— —'");
            assertTrue(flat.contains("NDP — Exports"), f + " " + l);
            assertTrue(flat.contains("ndp-1.1"), f + " " + l);
        }
        // the unlinked indicators are named once, in a note, not as rows of dashes; no cascade cell is a dash
        PassportContent c = PassportContent.of(PassportFixtures.document(p, PassportStructureTest.catalog(), l));
        DocumentText t = DocumentText.of(l);
        PassportContent.Table cascade = c.blocks().stream().filter(b -> b instanceof PassportContent.Table tb
                && tb.headers().contains(t.get("col.higherIndicator"))).map(b -> (PassportContent.Table) b)
                .findFirst().orElseThrow();
        assertEquals(3, cascade.rows().size(), cascade.rows().toString());
        cascade.rows().forEach(r -> assertFalse(r.contains("—") || r.get(2).endsWith("—"), r.toString()));
        c.blocks().stream().filter(b -> b instanceof PassportContent.Fields).map(b -> (PassportContent.Fields) b)
                .flatMap(f -> f.fields().stream()).filter(f -> f.label().equals(t.get("f.cascade")))
                .flatMap(f -> f.lines().stream()).forEach(line -> assertFalse(line.endsWith("—"), line));
        assertTrue(c.blocks().stream().anyMatch(b -> b instanceof PassportContent.Paragraph para
                && para.text().startsWith(DocumentText.of(l).get("cascade.unlinked", "").replace(".", "").strip())));
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void theGoalIsNotPrintedAgainAsTheTargetedChange(DocumentType type, Language l) {
        ProgramPassport p = PassportStructureTest.passport(type, l);
        String goal = p.diagnosis().targetChange();
        assertNotNull(goal);
        PassportContent c = PassportContent.of(PassportFixtures.document(p, PassportStructureTest.catalog(), l));
        long times = c.blocks().stream().filter(b -> b instanceof PassportContent.Fields).map(b -> (PassportContent.Fields) b)
                .flatMap(f -> f.fields().stream()).filter(f -> f.lines().contains(goal)).count();
        // once in the passport table, once in the section on goals: never a third time under another label
        assertTrue(times <= 2, type + " " + l + ": goal printed " + times + " times");
        assertTrue(c.blocks().stream().filter(b -> b instanceof PassportContent.Fields).map(b -> (PassportContent.Fields) b)
                .flatMap(f -> f.fields().stream())
                .noneMatch(f -> f.label().equals(DocumentText.of(l).get("f.targetChange")) && f.lines().contains(goal)),
                type + " " + l + ": the targeted change repeats the goal");
    }

    /** Three sources with a quasi-public line: the budget total is republican money only, the quasi-public apart. */
    static ProgramPassport quasiPublic(Language l) {
        return PassportStructureTest.passport(DocumentType.DEVELOPMENT_INSTITUTION_PROGRAM, l).withFinancing(List.of(
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027, Money.kzt(1_000_000_000), "MNE", null),
                new FinancingLine(FundingSource.QUASI_PUBLIC, 2027, Money.kzt(700_000_000), "QazInnovations JSC", null),
                new FinancingLine(FundingSource.PRIVATE, 2027, Money.kzt(300_000_000), null, null)));
    }

    @Test
    void supportByTaxPreferencesAloneShowsItsRevenueForgoneNotNothingToCompute() throws Exception {
        ProgramPassport p = org.policylab.configurator.Fixtures.good();
        p = p.withInstruments(p.instruments().stream().filter(i -> i.instrument().equals("startup-tax-breaks")).toList());
        var out = new java.io.ByteArrayOutputStream();
        new MarkdownPassportWriter().write(PassportDocument.of(p, org.policylab.configurator.Fixtures.catalog(), Language.EN), out);
        String md = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        DocumentText t = DocumentText.of(Language.EN);
        assertFalse(md.contains(t.get("metric.none")), "says no metric can be computed although the tax credit has its cost");
        assertTrue(md.contains(t.get("fin.taxTotal")), md);
    }

    @Test
    void quasiPublicFundsAreNotBudgetMoney() {
        ProgramPassport p = quasiPublic(Language.EN);
        Catalog c = PassportStructureTest.catalog();
        Financing fin = Financing.of(p, c);
        assertEquals(0, new BigDecimal("1000000000").compareTo(fin.budgetTotal()));
        assertEquals(0, new BigDecimal("700000000").compareTo(fin.totalOf(FundingSource.QUASI_PUBLIC)));
        assertEquals(0, new BigDecimal("2000000000").compareTo(fin.total()));
        assertEquals(0, new BigDecimal("1000000000").compareTo(fin.nonBudgetByYear().get(2027)));
        ProgramMetrics m = ProgramMetrics.of(p, c);
        assertEquals(0, new BigDecimal("1000000000").compareTo(m.publicTotal()));
        assertEquals(0, new BigDecimal("300000000").compareTo(m.privateTotal()));
        assertEquals(0, new BigDecimal("0.30").compareTo(m.privatePerTenge()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFinancingTableSubtotalsBudgetMoneyBeforeTheQuasiPublicRow(Language l) {
        DocumentText t = DocumentText.of(l);
        PassportContent c = PassportContent.of(PassportFixtures.document(quasiPublic(l), PassportStructureTest.catalog(), l));
        PassportContent.Table table = c.blocks().stream().filter(b -> b instanceof PassportContent.Table tb
                        && tb.headers().get(0).equals(t.get("col.fundingSource")))
                .map(b -> (PassportContent.Table) b).findFirst().orElseThrow();
        List<String> labels = table.rows().stream().map(r -> r.get(0)).toList();
        assertEquals(List.of(t.get("fin.source.republican-budget"), t.get("fin.row.budget"), t.get("fin.source.quasi-public"),
                t.get("fin.source.private"), t.get("fin.row.nonBudget"), t.get("fin.row.total")), labels);
        List<String> budgetRow = table.rows().get(1);
        assertEquals(t.millions(new BigDecimal("1000000000")), budgetRow.get(budgetRow.size() - 1));
        // the quasi-public entity is not named as a budget programme administrator
        List<PassportContent.Field> fields = c.blocks().stream().filter(b -> b instanceof PassportContent.Fields)
                .map(b -> (PassportContent.Fields) b).flatMap(f -> f.fields().stream()).toList();
        PassportContent.Field admin = fields.stream().filter(f -> f.label().equals(t.get("fin.administrator")))
                .findFirst().orElseThrow();
        assertFalse(admin.value().contains("QazInnovations"), admin.value());
        assertTrue(fields.stream().anyMatch(f -> f.label().equals(t.get("fin.quasiPublicEntity"))
                && f.value().contains("QazInnovations")));
        // the passport's money lines: budget total without the quasi-public funds, which have a line of their own
        PassportContent.Field money = fields.stream().filter(f -> f.label().equals(t.get("f.funding"))).findFirst()
                .orElseThrow();
        assertTrue(money.lines().contains(t.get("f.publicTotal") + ": " + t.money(new BigDecimal("1000000000"), "KZT")),
                money.lines().toString());
        assertTrue(money.lines().contains(t.get("f.quasiPublicTotal") + ": " + t.money(new BigDecimal("700000000"), "KZT")),
                money.lines().toString());
    }

    static String review(Language l) {
        return switch (l) {
            case EN -> "Korea's TIPS program: matched venture funding, a third of the firms later exported";
            case RU -> "Программа TIPS в Корее: венчурное софинансирование, треть фирм затем вышла на экспорт";
            case KK -> "Кореядағы TIPS бағдарламасы: венчурлік қоса қаржыландыру, фирмалардың үштен бірі кейін экспортқа шықты";
        };
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReviewOfInternationalExperienceTravelsThroughEveryFormat(Language l) throws Exception {
        ProgramPassport p = PassportStructureTest.passport(DocumentType.CONCEPT, l).withInternationalExperience(review(l));
        Path json = dir.resolve("concept-" + l.id() + ".json");
        PassportJson.write(p, json);
        ProgramPassport back = PassportJson.read(json);
        assertEquals(review(l), back.internationalExperience());
        assertEquals(PassportJson.toJson(p), PassportJson.toJson(back));
        assertTrue(md(export(back, l, ExportFormat.MD)).contains(review(l)));
        assertTrue(PassportDocumentsTest.docxText(export(back, l, ExportFormat.DOCX)).contains(review(l)));
        assertTrue(PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(export(back, l, ExportFormat.PDF)))
                .contains(review(l)));
        assertTrue(Files.readString(export(back, l, ExportFormat.JSON)).contains(review(l)));
        // the concept's own section shows it instead of the note asking for it
        String md = md(export(back, l, ExportFormat.MD));
        assertFalse(md.contains(DocumentText.of(l).get("international.none")));
        // a national project prints it in its analysis, under its own title
        String np = md(export(PassportStructureTest.passport(DocumentType.NATIONAL_PROJECT, l).withInternationalExperience(review(l)),
                l, ExportFormat.MD));
        assertTrue(np.contains(DocumentText.of(l).get("sec.international")) && np.contains(review(l)));
    }

    @Test
    void aPassportWithoutTheFieldStaysValidAndReadsAsNone() throws Exception {
        ProgramPassport p = PassportStructureTest.passport(DocumentType.CONCEPT, Language.RU);
        String json = PassportJson.toJson(p);
        assertFalse(json.contains("internationalExperience"), "an empty field is not written");
        Path f = dir.resolve("old.json");
        Files.writeString(f, json);
        assertEquals(null, PassportJson.read(f).internationalExperience());
    }

    @Test
    void theTemplateKeepsChartsTheResultsChainAndHeadingsOnOnePage() throws Exception {
        String css = Files.readString(Path.of("templates/passport/passport.css"));
        for (String rule : List.of("div.keep { page-break-inside: avoid; }", "table.chart-grid { page-break-inside: avoid; }",
                "div.flow-block, table.flow, table.flow tr { page-break-inside: avoid; }")) {
            assertTrue(css.contains(rule), rule);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "KK"})
    void theResultsChainIsOnOnePageOfThePdf(Language l) throws Exception {
        DocumentText t = DocumentText.of(l);
        Path pdf = export(PassportStructureTest.passport(DocumentType.NATIONAL_PROJECT, l), l, ExportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int found = 0;
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(page);
                s.setEndPage(page);
                String text = PassportDocumentsTest.oneSpaced(s.getText(d));
                boolean head = text.contains(PassportDocumentsTest.oneSpaced(t.get("chain.problem")))
                        && text.contains(PassportDocumentsTest.oneSpaced(t.get("chain.outcomes")));
                if (head) {
                    found++;
                    // the chain's title and all four columns are on that same page
                    assertTrue(text.contains(t.get("sec.chain")), "chain title apart from the chain on page " + page);
                    for (String col : List.of("chain.instruments", "chain.outputs")) {
                        assertTrue(text.contains(PassportDocumentsTest.oneSpaced(t.get(col))), "page " + page + " lacks " + col);
                    }
                }
            }
            assertEquals(1, found, "the results chain's header row appears on exactly one page");
        }
    }
}
