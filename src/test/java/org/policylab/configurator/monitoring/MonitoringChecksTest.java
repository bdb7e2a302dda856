package org.policylab.configurator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.BudgetExecution;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.GateDecision;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Monitoring;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;

/** Each monitoring rule: a program that has the fault is flagged, one that does not is not. */
class MonitoringChecksTest {
    private final MonitoringChecks checks = new MonitoringChecks(Fixtures.catalog());

    /** The fixture approved, with actuals on track for 2027 and 2028 for every KPI. */
    private static ProgramPassport approved() {
        ProgramPassport p = Revisions.approve(Fixtures.good(), "2026-12-20", "Minister", "Order No. 1");
        return p.withMonitoring(new Monitoring(List.of(
                a("ai-graduates-hired", 2027, 185), a("ai-graduates-hired", 2028, 265),
                a("new-firms-registered", 2027, 56), a("new-firms-registered", 2028, 72),
                a("startup-3y-survival", 2027, 41), a("startup-3y-survival", 2028, 46),
                a("service-exports", 2027, 41), a("service-exports", 2028, 56)), List.of(), List.of()));
    }

    private static Actual a(String kpi, int year, double v) {
        return new Actual(kpi, Period.year(year), v, "BNS", null, null);
    }

    private List<String> rules(ProgramPassport p) {
        return checks.check(p, 2029).stream().map(Finding::rule).toList();
    }

    private static ProgramPassport withActual(ProgramPassport p, String kpi, int year, double v) {
        List<Actual> list = new java.util.ArrayList<>(p.monitoringOrEmpty().actuals().stream()
                .filter(x -> !(x.kpi().equals(kpi) && x.period().year() == year)).toList());
        list.add(a(kpi, year, v));
        return p.withMonitoring(p.monitoringOrEmpty().withActuals(list));
    }

    @Test
    void aProgramOnTrackHasNoFindings() {
        assertThat(rules(approved())).isEmpty();
    }

    @Test
    void aDraftWithoutMonitoringIsNotChecked() {
        assertThat(checks.check(Fixtures.good(), 2035)).isEmpty();
    }

    @Test
    void anOutcomeOffTrackTwiceWithNoDecision() {
        ProgramPassport p = withActual(withActual(approved(), "startup-3y-survival", 2027, 35), "startup-3y-survival", 2028, 36);
        assertThat(rules(p)).contains("off-track-without-decision");
        ProgramPassport decided = p.withMonitoring(p.monitoringOrEmpty().withDecisions(List.of(
                new GateDecision(1, null, null, "2028-12-15", Decision.ADJUST, "Survival lags: mentoring added", "BNS 2028"))));
        assertThat(rules(decided)).doesNotContain("off-track-without-decision");
        // once off track is not a trend
        assertThat(rules(withActual(approved(), "startup-3y-survival", 2027, 35))).doesNotContain("off-track-without-decision");
    }

    @Test
    void moneyPaidAfterAStop() {
        ProgramPassport p = approved();
        p = p.withMonitoring(p.monitoringOrEmpty()
                .withDecisions(List.of(new GateDecision(null, "startup-tax-breaks", 0, "2028-06-30", Decision.STOP,
                        "Survival under 45 %", "BNS")))
                .withExecution(List.of(new BudgetExecution("startup-tax-breaks", 2029, Money.kzt(100_000_000L),
                        Money.kzt(80_000_000L), null))));
        assertThat(rules(p)).contains("disbursed-after-stop");
        ProgramPassport stoppedPaying = p.withMonitoring(p.monitoringOrEmpty().withExecution(List.of(
                new BudgetExecution("startup-tax-breaks", 2029, Money.kzt(100_000_000L), Money.kzt(0L), null))));
        assertThat(rules(stoppedPaying)).doesNotContain("disbursed-after-stop");
    }

    @Test
    void aGatePassedWhoseCriterionIsNotMet() {
        // the tax breaks' gate: startup-3y-survival >= 45 in 2028
        ProgramPassport p = withActual(approved(), "startup-3y-survival", 2028, 40);
        p = p.withMonitoring(p.monitoringOrEmpty().withDecisions(List.of(
                new GateDecision(null, "startup-tax-breaks", 0, "2028-12-20", Decision.CONTINUE, "continue", null))));
        assertThat(rules(p)).contains("gate-passed-unmet");
        ProgramPassport decimal = withActual(p, "startup-3y-survival", 2028, 40.5);
        Finding unmet = checks.check(decimal, 2029).stream().filter(x -> x.rule().equals("gate-passed-unmet")).findFirst().orElseThrow();
        assertThat(unmet.message(Messages.of(Language.KK))).contains("45 шегінде 40,5 мәніне");
        assertThat(unmet.message(Messages.of(Language.EN))).contains("reached 40.5 against the threshold 45");
        ProgramPassport met = withActual(p, "startup-3y-survival", 2028, 46);
        assertThat(rules(met)).doesNotContain("gate-passed-unmet");
    }

    @Test
    void actualsMissingForAPastPeriod() {
        ProgramPassport p = approved();
        List<Actual> without = p.monitoringOrEmpty().actuals().stream()
                .filter(x -> !(x.kpi().equals("service-exports") && x.period().year() == 2028)).toList();
        ProgramPassport gap = p.withMonitoring(p.monitoringOrEmpty().withActuals(without));
        List<Finding> f = checks.check(gap, 2029);
        assertThat(f).extracting(Finding::rule).contains("actuals-missing");
        assertThat(f.stream().filter(x -> x.rule().equals("actuals-missing")).findFirst().orElseThrow().message(Messages.of(Language.RU)))
                .contains("2028");
        // 2029 is the current year: not yet past
        assertThat(rules(p)).doesNotContain("actuals-missing");
    }
}
