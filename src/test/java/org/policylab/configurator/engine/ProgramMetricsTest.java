package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.TaxExpenditure;
import org.policylab.configurator.passport.YearValue;

/**
 * Seeds 002 and 003: private capital per tenge, cost per outcome, payback — computed from the passport's own figures;
 * money by year only as the financing lines give it, tax preferences never counted as budget money, and each KPI's
 * cost from the instruments linked to it only (issue 14).
 */
class ProgramMetricsTest {
    @Test
    void withoutFinancingLinesNothingIsSpreadAndTaxBreaksAreNotBudgetMoney() {
        ProgramMetrics m = ProgramMetrics.of(Fixtures.good(), Fixtures.catalog());
        // campus 1.5 bn is budget money; startup tax breaks 0.4 bn are revenue forgone, not budget money
        assertThat(m.publicTotal()).isEqualByComparingTo("1500000000");
        assertThat(m.taxExpenditures()).isEqualByComparingTo("400000000");
        // no financing lines: nothing by year, all of it not broken down by year
        assertThat(m.publicByYear()).isEmpty();
        assertThat(m.unscheduled()).isEqualByComparingTo("1500000000");
        // private = B*s/(1-s): 1.5bn*0.3/0.7, for the budget money only
        assertThat(m.privateTotal()).isEqualByComparingTo("642857142.86");
        assertThat(m.privatePerTenge()).isEqualByComparingTo("0.43");
    }

    @Test
    void financingLinesGiveTheYearsAsEntered() {
        ProgramPassport p = Fixtures.good().withFinancing(List.of(
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027, Money.kzt(200_000_000L), "MDDIAI", "university-industry-campus"),
                new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2028, Money.kzt(900_000_000L), "MDDIAI", "university-industry-campus"),
                new FinancingLine(FundingSource.LOCAL_BUDGET, 2029, Money.kzt(400_000_000L), "Akimat of Almaty", "university-industry-campus"),
                new FinancingLine(FundingSource.PRIVATE, 2028, Money.kzt(300_000_000L), null, "university-industry-campus")))
                .withTaxExpenditures(List.of(new TaxExpenditure("startup-tax-breaks", 2028, Money.kzt(150_000_000L))));
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        assertThat(m.publicByYear()).containsOnlyKeys(2027, 2028, 2029);
        assertThat(m.publicByYear().get(2027)).isEqualByComparingTo("200000000");
        assertThat(m.publicByYear().get(2028)).isEqualByComparingTo("900000000");
        assertThat(m.publicByYear().get(2029)).isEqualByComparingTo("400000000");
        assertThat(m.publicTotal()).isEqualByComparingTo("1500000000");
        assertThat(m.privateByYear()).containsOnlyKeys(2028);
        assertThat(m.privateTotal()).isEqualByComparingTo("300000000");
        assertThat(m.privatePerTenge()).isEqualByComparingTo("0.20");
        assertThat(m.taxExpenditures()).isEqualByComparingTo("150000000");
        assertThat(m.unscheduled()).isZero();
    }

    @Test
    void anInstrumentWithNoEndYearPutsNothingIntoItsFirstYear() {
        ProgramPassport p = Fixtures.good();
        p = p.replaceInstrument(0, p.instruments().get(0).withYears(2027, null));
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        assertThat(m.publicByYear()).isEmpty();
        assertThat(m.unscheduled()).isEqualByComparingTo("1500000000");
    }

    @Test
    void costPerUnitOfEachOutcomeCountsOnlyTheLinkedInstruments() {
        ProgramPassport p = Fixtures.good();
        // a second budget instrument, linked to another KPI only
        p = p.addInstrument(new SelectedInstrument("rd-grants", List.of(), Money.kzt(3_000_000_000L), 0.2, 2027, 2029,
                null, List.of(), List.of("new-firms-registered")));
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        // ai-graduates-hired: 120 -> 350, +230 graduates, linked to the campus only (1.5 bn), not to all 4.5 bn
        ProgramMetrics.CostPerOutcome c = m.costPerOutcome().stream().filter(x -> x.kpi().equals("ai-graduates-hired"))
                .findFirst().orElseThrow();
        assertThat(c.improvement()).isEqualTo(230.0);
        assertThat(c.instruments()).containsExactly("university-industry-campus");
        assertThat(c.cost()).isEqualByComparingTo("6521739.13");
        assertThat(c.privatePerTenge()).isEqualByComparingTo("0.43");
        // new-firms-registered: linked to the R&D grants and to the tax breaks; the tax breaks cost no budget money
        ProgramMetrics.CostPerOutcome f = m.costPerOutcome().stream().filter(x -> x.kpi().equals("new-firms-registered"))
                .findFirst().orElseThrow();
        assertThat(f.instruments()).containsExactly("rd-grants");
        assertThat(f.budget()).isEqualByComparingTo("3000000000");
        // startup-3y-survival: only the tax breaks are linked; no budget money, so no cost per unit is claimed
        assertThat(m.costPerOutcome()).noneMatch(x -> x.kpi().equals("startup-3y-survival"));
        assertThat(m.paybackYears()).isNull();
    }

    @Test
    void paybackWhereThePassportGivesItAndNothingWithoutBudgets() {
        ProgramPassport p = Fixtures.good().addKpi(new KpiTarget("subsidy-payback-period", new YearValue(2026, 9.0),
                List.of(new YearValue(2029, 6.0)), "annual", "MNE", "MNE"));
        p = p.replaceInstrument(0, p.instruments().get(0).withKpis(List.of("ai-graduates-hired", "subsidy-payback-period")));
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        assertThat(m.paybackYears()).isEqualTo(6.0);
        // a "decrease" KPI improves when it falls: 9 -> 6 years is an improvement of 3
        assertThat(m.costPerOutcome()).anySatisfy(x -> {
            assertThat(x.kpi()).isEqualTo("subsidy-payback-period");
            assertThat(x.improvement()).isEqualTo(3.0);
            assertThat(x.cost()).isEqualByComparingTo(new BigDecimal("500000000"));
        });
        ProgramMetrics none = ProgramMetrics.of(p.withInstruments(p.instruments().stream().map(i -> i.withBudget(null)).toList()),
                Fixtures.catalog());
        assertThat(none.publicTotal()).isZero();
        assertThat(none.privatePerTenge()).isZero();
        assertThat(none.costPerOutcome()).isEmpty();
    }

    @Test
    void taxPreferencesAloneHaveNoPrivateCapitalPerTengeOfBudgetMoney() {
        // session 8's review: a design of one tax credit (budget = revenue forgone, 70 % co-financing) showed
        // "Private capital per tenge of support: 0" in presentation mode while its passport stated billions of private
        // co-financing, and its metrics section said nothing could be computed
        ProgramPassport p = Fixtures.good();
        p = p.withInstruments(p.instruments().stream().filter(i -> i.instrument().equals("startup-tax-breaks")).toList());
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        assertThat(m.hasBudgetMoney()).isFalse();
        assertThat(m.taxExpenditures()).isEqualByComparingTo("400000000");
        assertThat(ProgramMetrics.of(Fixtures.good(), Fixtures.catalog()).hasBudgetMoney()).isTrue();

    }
}
