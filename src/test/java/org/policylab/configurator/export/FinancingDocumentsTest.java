package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.ActionPlan;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.TaxExpenditure;

/**
 * Issue 14: a passport with a tax break and three sources exports tables where the budget total excludes the tax
 * expenditure and the per-year amounts are as entered — in the PDF, DOCX and Markdown — with the budget programme
 * administrator, the standard clause, and the action plan.
 */
class FinancingDocumentsTest {
    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();
    private final Catalog catalog = PassportFixtures.catalog();

    /** Republican budget 500/700/300, local budgets –/250/250, private 120/180/200 (mln); tax breaks 400/600 forgone. */
    static ProgramPassport withFinancing(Language l) {
        String ministry = PassportFixtures.texts(l).body();
        String akimat = l == Language.EN ? "Akimat of Almaty" : l == Language.RU ? "Акимат города Алматы" : "Алматы қаласының әкімдігі";
        ProgramPassport p = PassportFixtures.passport(l).withFinancing(List.of(
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027, Money.kzt(500_000_000L), ministry, "university-industry-campus"),
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2028, Money.kzt(700_000_000L), ministry, "university-industry-campus"),
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2029, Money.kzt(300_000_000L), ministry, "university-industry-campus"),
                new FinancingLine(FundingSource.LOCAL_BUDGET, 2028, Money.kzt(250_000_000L), akimat, "gpu-compute-centre"),
                new FinancingLine(FundingSource.LOCAL_BUDGET, 2029, Money.kzt(250_000_000L), akimat, "gpu-compute-centre"),
                new FinancingLine(FundingSource.PRIVATE, 2027, Money.kzt(120_000_000L), null, "ai-matching-grants"),
                new FinancingLine(FundingSource.PRIVATE, 2028, Money.kzt(180_000_000L), null, "ai-matching-grants"),
                new FinancingLine(FundingSource.PRIVATE, 2029, Money.kzt(200_000_000L), null, "ai-matching-grants")))
                .withTaxExpenditures(List.of(
                        new TaxExpenditure("investment-tax-preferences", 2028, Money.kzt(400_000_000L)),
                        new TaxExpenditure("investment-tax-preferences", 2029, Money.kzt(600_000_000L))));
        return ActionPlan.draftInto(p, PassportFixtures.catalog());
    }

    private Path export(ProgramPassport p, Language l, ExportFormat f) throws Exception {
        Path out = dir.resolve("financing-" + l.id() + "." + f.extension());
        exporter.export(PassportFixtures.document(p, catalog, l), f, out);
        return out;
    }

    @Test
    void tablesAreAsEnteredAndTheBudgetTotalExcludesTheTaxExpenditure() {
        Language l = Language.EN;
        PassportContent c = PassportContent.of(PassportFixtures.document(withFinancing(l), catalog, l));
        List<PassportContent.Table> funding = c.blocks().stream().filter(b -> b instanceof PassportContent.Table t
                && "funding".equals(t.style())).map(b -> (PassportContent.Table) b).toList();
        PassportContent.Table bySource = funding.get(0);
        assertEquals(List.of("Source", "2027", "2028", "2029", "Total"), bySource.headers());
        assertEquals(List.of(
                List.of("Republican budget", "500.0", "700.0", "300.0", "1,500.0"),
                List.of("Local budgets", "—", "250.0", "250.0", "500.0"),
                List.of("Budget money (republican and local budgets, National Fund)", "500.0", "950.0", "550.0", "2,000.0"),
                List.of("Private funds", "120.0", "180.0", "200.0", "500.0"),
                List.of("Non-budget funds (quasi-public sector, private, other)", "120.0", "180.0", "200.0", "500.0"),
                List.of("Total, all sources", "620.0", "1,130.0", "750.0", "2,500.0")), bySource.rows());
        PassportContent.Table tax = funding.get(1);
        assertEquals(List.of("Instrument", "2028", "2029", "Total"), tax.headers());
        assertEquals(List.of("Tax expenditures, total", "400.0", "600.0", "1,000.0"), tax.rows().get(tax.rows().size() - 1));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownPdfAndDocxCarryTheTablesTheClauseAndThePlan(Language l) throws Exception {
        DocumentText t = DocumentText.of(l);
        ProgramPassport p = withFinancing(l);
        String md = Files.readString(export(p, l, ExportFormat.MD));
        String pdf = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(export(p, l, ExportFormat.PDF)));
        String docx = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.docxText(export(p, l, ExportFormat.DOCX)));
        String n1500 = t.millions(java.math.BigDecimal.valueOf(1_500_000_000L));
        String n2000 = t.millions(java.math.BigDecimal.valueOf(2_000_000_000L));
        String n2500 = t.millions(java.math.BigDecimal.valueOf(2_500_000_000L));
        String n1000 = t.millions(java.math.BigDecimal.valueOf(1_000_000_000L));
        String republican = t.get("fin.source.republican-budget");
        String rowMd = "| " + MarkdownPassportWriter.inline(republican) + " | 500" + dec(t) + "0 | 700" + dec(t) + "0 | 300"
                + dec(t) + "0 | " + n1500 + " |";
        assertTrue(md.lines().anyMatch(x -> PassportDocumentsTest.oneSpaced(x).equals(PassportDocumentsTest.oneSpaced(rowMd))),
                "Markdown row as entered: " + rowMd);
        for (String[] doc : new String[][] {{"md", PassportDocumentsTest.oneSpaced(md)}, {"pdf", pdf}, {"docx", docx}}) {
            String text = doc[1];
            String where = doc[0] + " " + l;
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(republican + " 500" + dec(t) + "0 700" + dec(t)
                    + "0 300" + dec(t) + "0 " + n1500)) || doc[0].equals("md"), where + ": per-year amounts as entered");
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(n2000)), where + ": budget total 2 000");
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(n2500)), where + ": total of all sources 2 500");
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(n1000)), where + ": tax expenditures 1 000 apart");
            // the tax expenditure is never added: neither 3 000 (budget + tax) nor 3 500 (all + tax) appears
            assertFalse(text.contains(PassportDocumentsTest.oneSpaced(t.millions(java.math.BigDecimal.valueOf(3_000_000_000L)))), where);
            assertFalse(text.contains(PassportDocumentsTest.oneSpaced(t.millions(java.math.BigDecimal.valueOf(3_500_000_000L)))), where);
            // even spreading of 1 500 over three years would show 500 in each year of the republican budget
            assertFalse(text.contains(PassportDocumentsTest.oneSpaced(republican + " 500" + dec(t) + "0 500")), where);
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(t.get("fin.clause"))), where + ": standard clause");
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(t.get("fin.administrator"))), where + ": administrator");
            assertTrue(text.contains(PassportDocumentsTest.oneSpaced(t.get("sub.taxExpenditures")))
                    || text.contains(t.get("sub.taxExpenditures").toUpperCase(l.locale())), where + ": tax expenditures apart");
            assertTrue(text.contains(t.get("act.col.form")) || text.contains(t.get("act.col.form").toUpperCase(l.locale())),
                    where + ": action plan");
            assertFalse(text.contains("!fin.") || text.contains("!act.") || text.contains("!action."), where + ": missing keys");
        }
        assertTrue(md.contains(DocumentText.messagesFor(l).get("action.form.report")), "action plan rows in Markdown");
    }

    private static String dec(DocumentText t) {
        return t.millions(java.math.BigDecimal.valueOf(1_500_000L)).substring(1, 2);
    }
}
