package org.policylab.configurator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Monitoring;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/** The plan-versus-fact rule: progress from the baseline toward the target, in the KPI's direction. */
class PlanVsFactTest {
    @ParameterizedTest(name = "{0}: baseline {1}, target {2}, actual {3} -> {4}")
    @CsvSource({
            // a rising indicator: 100 -> 200 planned
            "INCREASE, 100, 200, 200, ON_TRACK",
            "INCREASE, 100, 200, 196, ON_TRACK",
            "INCREASE, 100, 200, 180, AT_RISK",
            "INCREASE, 100, 200, 150, OFF_TRACK",
            "INCREASE, 100, 200, 90, OFF_TRACK",
            // a falling indicator (import share 72 -> 60): judged the other way
            "DECREASE, 72, 60, 59, ON_TRACK",
            "DECREASE, 72, 60, 63, AT_RISK",
            "DECREASE, 72, 60, 70, OFF_TRACK",
            "DECREASE, 72, 60, 80, OFF_TRACK",
            // a target that holds the baseline
            "INCREASE, 50, 50, 50, ON_TRACK",
            "INCREASE, 50, 50, 49, OFF_TRACK"})
    void statusFollowsTheDirection(Direction d, double baseline, double target, double actual, Status expected) {
        assertThat(PlanVsFact.status(d, baseline, target, actual)).isEqualTo(expected);
    }

    @Test
    void noActualIsNoData() {
        assertThat(PlanVsFact.status(Direction.INCREASE, 1, 2, null)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void theBaselinePeriodHasNoTargetAndAFuturePeriodIsNotDue() {
        ProgramPassport p = Fixtures.good().withMonitoring(new Monitoring(List.of(
                new Actual("ai-graduates-hired", Period.year(2027), 190.0, "BNS", null, null)), List.of(), List.of()));
        List<PlanVsFact.Row> rows = PlanVsFact.table(p, Fixtures.catalog(), 2028).stream()
                .filter(r -> r.kpi().equals("ai-graduates-hired")).toList();
        // baseline 2026 is not a row; targets 2027, 2028, 2029
        assertThat(rows).extracting(r -> r.period().toString()).containsExactly("2027", "2028", "2029");
        assertThat(rows.get(0).status()).isEqualTo(Status.ON_TRACK);
        assertThat(rows.get(1).due()).isTrue();
        assertThat(rows.get(1).status()).isEqualTo(Status.NO_DATA);
        assertThat(rows.get(2).due()).isFalse();
        assertThat(rows.get(2).actual()).isNull();
    }

    @Test
    void aQuarterlyKpiIsJudgedPerQuarterOnTheWayToTheYearsTarget() {
        ProgramPassport p = Fixtures.good();
        KpiTarget q = new KpiTarget("ai-graduates-hired", new YearValue(2026, 100.0), List.of(new YearValue(2027, 200.0)),
                "quarterly", "BNS", "Ministry");
        p = p.withKpis(List.of(q)).withMonitoring(new Monitoring(List.of(
                new Actual("ai-graduates-hired", new Period(2027, 2), 150.0, null, null, null)), List.of(), List.of()));
        List<PlanVsFact.Row> rows = PlanVsFact.table(p, Fixtures.catalog(), 2027);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).period()).isEqualTo(new Period(2027, 2));
        assertThat(rows.get(1).target()).isEqualTo(150.0);
        assertThat(rows.get(1).status()).isEqualTo(Status.ON_TRACK);
        assertThat(rows.get(0).status()).isEqualTo(Status.NO_DATA);
    }
}
