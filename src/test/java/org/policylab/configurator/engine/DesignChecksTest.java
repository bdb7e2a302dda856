package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Context;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/** For every rule: a passport that has the pitfall is flagged, the well-designed one is not. */
class DesignChecksTest {
    private final DesignChecks checks = new DesignChecks(Fixtures.catalog());

    private static ProgramPassport good() {
        return Fixtures.good();
    }

    private static UnaryOperator<ProgramPassport> inst(int i, UnaryOperator<SelectedInstrument> f) {
        return p -> p.replaceInstrument(i, f.apply(p.instruments().get(i)));
    }

    private static UnaryOperator<ProgramPassport> kpi(int i, UnaryOperator<KpiTarget> f) {
        return p -> p.replaceKpi(i, f.apply(p.kpis().get(i)));
    }

    private static SelectedInstrument full(String id, String... kpis) {
        return new SelectedInstrument(id, List.of(Segment.SME), Money.kzt(100_000_000L), 0.3, 2027, 2029,
                "ends 2029", List.of("tranches after milestones"), List.of(kpis));
    }

    private static KpiTarget fullKpi(String id) {
        return new KpiTarget(id, new YearValue(2026, 10.0), List.of(new YearValue(2027, 12.0)), "annual", "BNS", "Ministry");
    }

    /** rule id, seed, the pitfall, how a good passport gets it. */
    static Stream<Arguments> pitfalls() {
        return Stream.of(
                Arguments.of("no-diagnosis", "003", "a program that starts from a budget, not a problem",
                        (UnaryOperator<ProgramPassport>) p -> p.withDiagnosis(p.diagnosis().withProblem(null).withStatement(null))),
                Arguments.of("no-target-change", "002", "no answer to 'what change are we targeting'",
                        (UnaryOperator<ProgramPassport>) p -> p.withDiagnosis(p.diagnosis().withTargetChange(" "))),
                Arguments.of("no-instruments", "003", "a program with no tools",
                        (UnaryOperator<ProgramPassport>) p -> p.withInstruments(List.of())),
                Arguments.of("no-end-year", "001", "support with no end year",
                        inst(0, si -> si.withYears(2027, null).withExit(null))),
                Arguments.of("no-exit-rule", "002", "financial support whose exit rule is a dash",
                        inst(1, si -> si.withExitRule("-").withExit(null))),
                Arguments.of("years-reversed", "002", "an end year before the start",
                        inst(0, si -> si.withYears(2029, 2027))),
                Arguments.of("instrument-without-kpi", "003", "an instrument with no KPI",
                        inst(0, si -> si.withKpis(List.of()))),
                Arguments.of("no-kpis", "003", "a program with no KPI at all",
                        (UnaryOperator<ProgramPassport>) p -> p.withKpis(List.of())),
                Arguments.of("only-output-kpis", "000", "a program judged by trainees enrolled and events held",
                        (UnaryOperator<ProgramPassport>) p -> p.withKpis(List.of(fullKpi("trainees-enrolled"), fullKpi("events-held")))),
                Arguments.of("no-structural-outcome", "001", "a growing industry with no productivity, value-added or export outcome",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(p.context().withStage(Stage.GROWTH))
                                .withKpis(p.kpis().stream().filter(k -> !k.kpi().equals("service-exports")).toList())),
                Arguments.of("vanity-kpi", "002", "counting factories opened",
                        (UnaryOperator<ProgramPassport>) p -> p.addKpi(fullKpi("factories-opened"))),
                Arguments.of("no-co-financing", "002", "financial support with no private co-financing",
                        inst(1, si -> si.withCoFinancingShare(null))),
                Arguments.of("automatic-subsidy", "002", "a tax break with no terms of its own while another instrument has a gate",
                        inst(1, si -> si.withConditions(List.of()).withGates(List.of()).withKpis(List.of("startup-3y-survival"))
                                .withExit(si.exitTerms().withTrigger(ExitTrigger.TIME)))),
                Arguments.of("kpi-no-baseline", "003", "a KPI with no baseline",
                        kpi(0, k -> k.withBaseline(null))),
                Arguments.of("kpi-no-targets", "003", "a KPI with no yearly targets",
                        kpi(0, k -> k.withTargets(List.of()))),
                Arguments.of("kpi-stage-mismatch", "003", "a maturity KPI in an emerging industry",
                        (UnaryOperator<ProgramPassport>) p -> p.addKpi(fullKpi("global-market-share"))),
                Arguments.of("instrument-stage-mismatch", "003", "emerging-stage tools in a declining industry",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(p.context().withStage(Stage.DECLINE))),
                Arguments.of("instrument-segment-mismatch", "003", "startup tax breaks aimed at large firms",
                        inst(1, si -> si.withSegments(List.of(Segment.LARGE)))),
                Arguments.of("one-size-fits-all", "003", "every instrument aimed at every segment",
                        (UnaryOperator<ProgramPassport>) p -> p.withInstruments(p.instruments().stream().map(si -> si.withSegments(List.of())).toList())),
                Arguments.of("incumbents-only", "000", "only large firms although the goal is diversification",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(p.context().withSegments(List.of(Segment.LARGE)).withGoal(Goal.DIVERSIFICATION))
                                .withInstruments(p.instruments().stream().map(si -> si.withSegments(List.of(Segment.LARGE))).toList())),
                Arguments.of("local-content-by-assembly", "001", "local content with no value-added KPI",
                        (UnaryOperator<ProgramPassport>) p -> p.addInstrument(full("local-content-requirements", "import-share-domestic-market"))),
                Arguments.of("tech-transfer-without-learning", "001", "tech transfer with no learning capacity",
                        (UnaryOperator<ProgramPassport>) p -> p.replaceInstrument(0, full("tech-transfer-joint-ventures", "ai-graduates-hired"))),
                Arguments.of("state-vehicle-without-competition", "001", "a state firm appointed \"without competitive selection\"",
                        (UnaryOperator<ProgramPassport>) p -> p.addInstrument(full("state-owned-vehicles", "service-exports")
                                .withConditions(List.of("funds go to the holding's subsidiary without competitive selection")))),
                Arguments.of("no-independent-review", "002", "the operator reviews itself",
                        (UnaryOperator<ProgramPassport>) p -> p.withReview(new Review("program operator", "annual", false))),
                Arguments.of("no-review-frequency", "002", "a review body that never meets",
                        (UnaryOperator<ProgramPassport>) p -> p.withReview(new Review("panel", null, true))),
                Arguments.of("no-underperformer-exit", "002", "a tax break nobody loses for missing its targets",
                        inst(1, si -> si.withGates(List.of()).withExitRule("ends 2029").withExit(new ExitTerms(2029, ExitTrigger.TIME, Extension.NONE, null)))),
                Arguments.of("phase-without-gate", "002", "a phase with no performance gate",
                        (UnaryOperator<ProgramPassport>) p -> p.replacePhase(1, new Phase("Scale-up", 2028, 2029, null))),
                Arguments.of("export-contingent-subsidy", "SCM 3.1(a)", "a tax break only for firms that export half their output",
                        inst(1, si -> si.withContingentOn(List.of(Contingency.EXPORTS)))),
                Arguments.of("domestic-input-subsidy", "SCM 3.1(b)", "a tax break only for firms using domestic components",
                        inst(1, si -> si.withContingentOn(List.of(Contingency.DOMESTIC_INPUTS)))),
                Arguments.of("no-context", "003", "a passport that does not say where the program acts",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(Context.empty())),
                Arguments.of("exit-terms-missing", "002", "an exit in words only (a version 1 passport)",
                        inst(1, si -> si.withExit(null))),
                Arguments.of("automatic-extension", "002", "support extended automatically",
                        inst(0, si -> si.withExit(si.exitTerms().withExtension(Extension.AUTOMATIC)))),
                Arguments.of("support-too-long", "002", "a three-year tool run for thirty years",
                        inst(1, si -> si.withYears(2027, 2056).withExit(si.exitTerms().withSunsetYear(2056)))),
                Arguments.of("instrument-without-outcome-kpi", "002", "a campus judged by outputs only",
                        inst(0, si -> si.withKpis(List.of("trainees-enrolled")))),
                Arguments.of("co-financing-below-floor", "002", "1 % private co-financing",
                        inst(1, si -> si.withCoFinancingShare(0.01))),
                Arguments.of("targets-wrong-direction", "002", "a target below the baseline of a KPI meant to rise",
                        kpi(0, k -> k.withTargets(List.of(new YearValue(2027, 100.0), new YearValue(2029, 350.0))))),
                Arguments.of("targets-flat", "002", "every target equals the baseline",
                        kpi(0, k -> k.withTargets(List.of(new YearValue(2027, 120.0), new YearValue(2029, 120.0))))),
                Arguments.of("kpi-sector-mismatch", "003", "AI graduates hired, for a biotech program",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(p.context().withSector("biotech"))),
                Arguments.of("budget-concentration", "001", "most of the money to one recipient",
                        inst(0, si -> si.withSelection(si.selectionTerms().withLargestRecipientShare(0.8)))),
                Arguments.of("direct-appointment-unjustified", "001", "a recipient appointed with no reason given",
                        inst(0, si -> si.withSelection(si.selectionTerms().withMethod(SelectionMethod.DIRECT_APPOINTMENT).withJustification("-")))),
                Arguments.of("selection-missing", "002", "no word on how recipients are chosen",
                        inst(1, si -> si.withSelection(null))),
                Arguments.of("review-not-independent", "002", "the operator's own internal audit marked independent",
                        (UnaryOperator<ProgramPassport>) p -> p.withReview(new Review("Internal audit service of the operator", "annual", true, ReviewType.INTERNAL))),
                Arguments.of("review-type-missing", "002", "a review body of unknown allegiance",
                        (UnaryOperator<ProgramPassport>) p -> p.withReview(new Review("Expert panel", "annual", true, null))),
                Arguments.of("gate-not-measurable", "002", "a gate with no threshold",
                        inst(0, si -> si.withGates(List.of(new InstrumentGate(2028, "ai-graduates-hired", null, GateAction.STOP))))),
                Arguments.of("tax-incentive-insensitive-sector", "003", "tax breaks in metallurgy",
                        (UnaryOperator<ProgramPassport>) p -> p.withContext(p.context().withSector("metallurgy"))),
                Arguments.of("no-system-package", "003", "one element where the sector needs a system",
                        (UnaryOperator<ProgramPassport>) p -> p.withDiagnosis(p.diagnosis().withProblem("weak-system-ecosystem"))),
                Arguments.of("no-budget", "003", "an instrument with no budget",
                        inst(0, si -> si.withBudget(null))),
                Arguments.of("unknown-catalog-entry", "003", "an instrument the catalog does not know",
                        (UnaryOperator<ProgramPassport>) p -> p.addInstrument(full("no-such-instrument", "service-exports"))));
    }

    @Test
    void theWellDesignedProgramHasNoFindings() {
        List<Finding> findings = checks.check(good());
        assertThat(findings).as("findings of the good fixture").isEmpty();
    }

    @ParameterizedTest(name = "{0} (seed {1}): {2}")
    @MethodSource("pitfalls")
    void eachPitfallIsFlagged(String rule, String seed, String pitfall, UnaryOperator<ProgramPassport> introduce) {
        ProgramPassport bad = introduce.apply(good());
        List<Finding> findings = checks.check(bad);
        assertThat(findings).extracting(Finding::rule).contains(rule);
        Rule r = checks.rules().stream().filter(x -> x.id().equals(rule)).findFirst().orElseThrow();
        assertThat(r.seed()).isEqualTo(seed);
        assertThat(checks.check(good())).extracting(Finding::rule).doesNotContain(rule);
        Finding f = findings.stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(f.target()).startsWith("/");
        for (Language l : Language.values()) {
            Messages m = Messages.of(l);
            assertThat(f.message(m)).doesNotContain("!check.").isNotBlank();
            assertThat(f.principle(m)).doesNotContain("!check.").isNotBlank();
            assertThat(f.fix(m)).doesNotContain("!check.").isNotBlank();
        }
    }

    @Test
    void everyRuleHasAPitfallCaseAndThereAreAtLeastForty() {
        Set<String> tested = pitfalls().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        List<String> rules = checks.rules().stream().map(Rule::id).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void aPhaseGateOnAnotherInstrumentsKpiDoesNotGovernASubsidy() {
        // the pilot gate names ai-graduates-hired, the campus's KPI: it says nothing about the tax break
        ProgramPassport p = inst(1, si -> si.withConditions(List.of()).withGates(List.of())
                .withKpis(List.of("ai-graduates-hired")).withExit(si.exitTerms().withTrigger(ExitTrigger.TIME))).apply(good());
        assertThat(checks.check(p)).filteredOn(f -> f.rule().equals("automatic-subsidy")).extracting(Finding::target)
                .containsExactly("/instruments/1/gates");
        // a gate on the tax break's own KPI does
        ProgramPassport own = inst(1, si -> si.withConditions(List.of()).withGates(List.of())
                .withKpis(List.of("new-firms-registered")).withExit(si.exitTerms().withTrigger(ExitTrigger.TIME))).apply(good());
        assertThat(checks.check(own)).extracting(Finding::rule).doesNotContain("automatic-subsidy");
    }

    @Test
    void aJointVentureIsOneRecipientByNature() {
        ProgramPassport p = good().addInstrument(full("tech-transfer-joint-ventures", "localized-technologies-mastered")
                .withSelection(new org.policylab.configurator.passport.Selection(SelectionMethod.OPEN_COMPETITION, null, 1.0, false)));
        assertThat(checks.check(p)).extracting(Finding::rule).doesNotContain("budget-concentration");
    }

    @Test
    void findingsPointAtTheItemTheyConcern() {
        ProgramPassport bad = inst(1, si -> si.withYears(2027, null).withExit(null)).apply(good());
        Finding f = checks.check(bad).stream().filter(x -> x.rule().equals("no-end-year")).findFirst().orElseThrow();
        assertThat(f.target()).isEqualTo("/instruments/1/endYear");
        assertThat(f.message(Messages.of(Language.EN))).contains("Tax breaks");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    /**
     * Numbers in a finding's sentence are written as its language writes them: «4 500,5» and «1,5» in Kazakh and
     * Russian (the no-break space of the app's other numbers), 4,500.5 in English; a year is never grouped.
     */
    @Test
    void numbersInAFindingAreInTheReadersLanguage() {
        ProgramPassport bad = kpi(0, k -> k.withBaseline(new YearValue(2026, 4500.5))
                .withTargets(List.of(new YearValue(2027, 1.5)))).apply(good());
        Finding f = checks.check(bad).stream().filter(x -> x.rule().equals("targets-wrong-direction")).findFirst().orElseThrow();
        String en = f.message(Messages.of(Language.EN));
        String ru = f.message(Messages.of(Language.RU));
        String kk = f.message(Messages.of(Language.KK));
        assertThat(en).contains("the 2027 target 1.5 moves away from the baseline 4,500.5").doesNotContain("2,027");
        assertThat(ru).contains("цель 2027 года (1,5) уходит от базового значения 4\u00a0500,5").doesNotContain("4500.5");
        assertThat(kk).contains("2027 жылғы нысана (1,5) базалық 4\u00a0500,5 мәнінен").doesNotContain("1.5");
        // the finding itself keeps the plain number
        assertThat(f.args().get(3).toString()).isEqualTo("4500.5");

        Finding share = checks.check(inst(1, si -> si.withCoFinancingShare(0.125)).apply(good())).stream()
                .filter(x -> x.rule().equals("co-financing-below-floor")).findFirst().orElseThrow();
        assertThat(share.message(Messages.of(Language.EN))).contains("asks only 12.5 % private co-financing");
        assertThat(share.message(Messages.of(Language.KK))).contains("тек 12,5 % көлемінде");
        assertThat(share.message(Messages.of(Language.RU))).contains("лишь 12,5 % частного");

        Finding flat = checks.check(kpi(0, k -> k.withBaseline(new YearValue(2026, 1234567.0))
                .withTargets(List.of(new YearValue(2027, 1234567.0))))
                .apply(good())).stream().filter(x -> x.rule().equals("targets-flat")).findFirst().orElseThrow();
        assertThat(flat.message(Messages.of(Language.EN))).contains("baseline 1,234,567.");
        assertThat(flat.message(Messages.of(Language.RU))).contains("1\u00a0234\u00a0567.");
    }

    @Test
    void errorsComeFirst() {
        ProgramPassport bad = good().withReview(new Review("panel", null, true)).withPhases(new ArrayList<>());
        List<Finding> f = checks.check(inst(0, si -> si.withYears(2027, null).withExit(null)).apply(bad));
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(DesignChecks.hasErrors(f)).isTrue();
        assertThat(DesignChecks.hasErrors(checks.check(good()))).isFalse();
    }
}
