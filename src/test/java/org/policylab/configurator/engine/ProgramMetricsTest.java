package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/** Seeds 002 and 003: private capital per tenge, cost per outcome, payback — computed from the passport's own figures. */
class ProgramMetricsTest {
    @Test
    void budgetsSpreadOverTheYearsAndPrivateMoneyFollowsTheShare() {
        ProgramMetrics m = ProgramMetrics.of(Fixtures.good(), Fixtures.catalog());
        // campus 1.5 bn over 2027-2029, tax breaks 0.4 bn over 2027-2029
        assertThat(m.publicTotal()).isEqualByComparingTo("1900000000");
        assertThat(m.publicByYear()).containsOnlyKeys(2027, 2028, 2029);
        assertThat(m.publicByYear().get(2027)).isEqualByComparingTo("633333333.33");
        // private = B*s/(1-s): 1.5bn*0.3/0.7 + 0.4bn*0.5/0.5
        assertThat(m.privateTotal()).isEqualByComparingTo(new BigDecimal("642857142.86").add(new BigDecimal("400000000.00")));
        assertThat(m.privatePerTenge()).isEqualByComparingTo("0.55");
    }

    @Test
    void costPerUnitOfEachOutcome() {
        ProgramMetrics m = ProgramMetrics.of(Fixtures.good(), Fixtures.catalog());
        // ai-graduates-hired: 120 -> 350, +230 graduates for 1.9 bn
        ProgramMetrics.CostPerOutcome c = m.costPerOutcome().stream().filter(x -> x.kpi().equals("ai-graduates-hired")).findFirst().orElseThrow();
        assertThat(c.improvement()).isEqualTo(230.0);
        assertThat(c.cost()).isEqualByComparingTo("8260869.57");
        assertThat(m.paybackYears()).isNull();
    }

    @Test
    void paybackWhereThePassportGivesItAndNothingWithoutBudgets() {
        ProgramPassport p = Fixtures.good().addKpi(new KpiTarget("subsidy-payback-period", new YearValue(2026, 9.0),
                List.of(new YearValue(2029, 6.0)), "annual", "MNE", "MNE"));
        ProgramMetrics m = ProgramMetrics.of(p, Fixtures.catalog());
        assertThat(m.paybackYears()).isEqualTo(6.0);
        // a "decrease" KPI improves when it falls: 9 -> 6 years is an improvement of 3
        assertThat(m.costPerOutcome()).anySatisfy(x -> {
            assertThat(x.kpi()).isEqualTo("subsidy-payback-period");
            assertThat(x.improvement()).isEqualTo(3.0);
        });
        ProgramMetrics none = ProgramMetrics.of(p.withInstruments(p.instruments().stream().map(i -> i.withBudget(null)).toList()),
                Fixtures.catalog());
        assertThat(none.publicTotal()).isZero();
        assertThat(none.privatePerTenge()).isZero();
        assertThat(none.costPerOutcome()).isEmpty();
    }
}
