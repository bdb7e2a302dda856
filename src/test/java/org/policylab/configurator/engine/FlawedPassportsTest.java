package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.cli.Cli;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.LocalContentMeasure;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.Selection;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.YearValue;

/**
 * Passports written the way a ministry reviewer would reject them (src/test/resources/flawed): each has one principal
 * flaw, and the rule aimed at it must report it as an error, through the engine and through the real {@code check}
 * command. Each row also carries the repair a reviewer would ask for; the repaired passport must no longer be flagged
 * by that rule, so a row cannot pass because the rule fires for some unrelated reason. The demo scenarios are the
 * other side: none of them may have an error, except the deliberately flawed workshop demo.
 */
class FlawedPassportsTest {
    static final Path FOLDER = Path.of("src/test/resources/flawed");
    static final Path SCENARIOS = Path.of("templates/scenarios");

    private final DesignChecks checks = new DesignChecks(Fixtures.catalog());

    /** file, the flaw in one sentence, the rule aimed at it, its seed article or legal source, the item it points at, the repair. */
    record Row(String file, String flaw, String rule, String source, String target, UnaryOperator<ProgramPassport> repair) {
        @Override
        public String toString() {
            return file + " → " + rule;
        }
    }

    static List<Row> table() {
        return List.of(
                new Row("automatic-extension", "A modernization subsidy whose exit terms say it is extended automatically for the next period.",
                        "automatic-extension", "002", "/instruments/0/exit/extension",
                        inst(0, si -> si.withExit(si.exitTerms().withExtension(Extension.ON_REVIEW))
                                .withExitRule("Ends in 2029; an extension needs measured productivity gains confirmed by the independent panel."))),
                new Row("support-too-long", "A direct subsidy that runs 30 years (2027–2056) where such support typically lasts 3.",
                        "support-too-long", "002", "/instruments/0/endYear",
                        inst(0, si -> si.withYears(2027, 2029).withExit(si.exitTerms().withSunsetYear(2029)))),
                new Row("co-financing-below-floor", "The state pays 99 % of each project: 1 % private co-financing against a floor of 25 %.",
                        "co-financing-below-floor", "002", "/instruments/0/coFinancingShare",
                        inst(0, si -> si.withCoFinancingShare(0.5))),
                new Row("targets-flat", "Labour productivity is to stay at its baseline every year: targets that commit to nothing.",
                        "targets-flat", "002", "/kpis/0/targets",
                        kpi(0, k -> k.withTargets(List.of(new YearValue(2027, 22600.0), new YearValue(2028, 24000.0), new YearValue(2029, 27000.0))))),
                new Row("targets-wrong-direction", "The import share of the domestic market (lower is better) is targeted to rise from 72 % to 78 %.",
                        "targets-wrong-direction", "002", "/kpis/2/targets",
                        kpi(2, k -> k.withTargets(List.of(new YearValue(2027, 70.0), new YearValue(2028, 67.0), new YearValue(2029, 63.0))))),
                new Row("local-content-purchases", "Local content counted as purchases from registered suppliers, whatever the origin of the goods they resell.",
                        "local-content-by-assembly", "001", "/instruments/0/localContentMeasure",
                        inst(0, si -> si.withLocalContentMeasure(LocalContentMeasure.DOMESTIC_VALUE_ADDED))),
                new Row("local-content-assembly", "A procurement preference for buses and combines where SKD assembly from imported kits qualifies as domestic.",
                        "local-content-by-assembly", "001", "/instruments/0/localContentMeasure",
                        inst(0, si -> si.withLocalContentMeasure(LocalContentMeasure.DOMESTIC_VALUE_ADDED))),
                new Row("tech-transfer-token-learning", "An 80 bn tenge semiconductor joint venture in low-talent Kyzylorda whose learning capacity is a two-week course.",
                        "tech-transfer-without-learning", "001", "/instruments/0",
                        inst(1, si -> si.withBudget(Money.kzt(22_000_000_000L)).withYears(2027, 2033)
                                .withExit(si.exitTerms().withSunsetYear(2033)))),
                new Row("export-per-unit-payment", "KZT 1.5 million paid per exported tractor: a subsidy contingent on export performance.",
                        "export-contingent-subsidy", "WTO SCM 3.1(a)", "/instruments/0/contingentOn",
                        inst(0, si -> si.withContingentOn(List.of())
                                .withConditions(List.of("Co-financing of certification and first shipments; exports are monitored as a KPI, not set as a condition.")))),
                new Row("export-tax-exemption", "A corporate income tax exemption for plants that export at least half their output (stated in the conditions only).",
                        "export-contingent-subsidy", "WTO SCM 3.1(a)", "/instruments/0/contingentOn",
                        inst(0, si -> si.withConditions(List.of("Plants that invest in new production lines are exempt for the investment's amount; exports are monitored, not a condition.")))),
                new Row("domestic-input-subsidy", "A rate subsidy only for dairy processors that use domestic raw milk instead of imported milk powder.",
                        "domestic-input-subsidy", "WTO SCM 3.1(b)", "/instruments/0/contingentOn",
                        inst(0, si -> si.withContingentOn(List.of())
                                .withConditions(List.of("The borrower contributes at least 30% of the project in own equity.")))),
                new Row("state-vehicle-direct-appointment", "150 bn tenge to a holding subsidiary appointed without any competition.",
                        "state-vehicle-without-competition", "001", "/instruments/0/selection/method",
                        inst(0, si -> si.withSelection(si.selectionTerms().withMethod(SelectionMethod.PRE_QUALIFIED_CALL)))),
                new Row("state-vehicle-negated-competition", "The conditions say financing goes to the regional corporation \"without competitive selection\".",
                        "state-vehicle-without-competition", "001", "/instruments/0/selection/method",
                        inst(0, si -> si.withConditions(List.of("Financing is channelled to the operator chosen in an open competition between the regional corporations.")))),
                new Row("direct-appointment-unjustified", "Loans to one plant appointed directly, with \"-\" as the justification.",
                        "direct-appointment-unjustified", "001", "/instruments/0/selection/justification",
                        inst(0, si -> si.withSelection(si.selectionTerms().withJustification(
                                "The only plant in Kazakhstan certified by the railway operator to build freight bogies.")))),
                new Row("budget-concentration", "An open call whose largest recipient takes 80 % of the money.",
                        "budget-concentration", "001", "/instruments/0/selection/largestRecipientShare",
                        inst(0, si -> si.withSelection(si.selectionTerms().withLargestRecipientShare(0.3)))),
                new Row("review-internal-audit-independent", "The holding's own internal audit service reviews the program and is marked independent.",
                        "review-not-independent", "002", "/review/type",
                        p -> p.withReview(new Review("Independent panel under the Economic Research Institute", "annual", true,
                                ReviewType.EXTERNAL_INDEPENDENT))),
                new Row("no-exit-rule-dash", "A \"-\" is the only exit rule.",
                        "no-exit-rule", "002", "/instruments/0/exitRule",
                        inst(0, si -> si.withExitRule("Calls close in 2029; no new call unless the commercialization rate reaches 22% in 2028."))),
                new Row("no-exit-rule-tbd", "\"TBD\" is the only exit rule.",
                        "no-exit-rule", "002", "/instruments/0/exitRule",
                        inst(0, si -> si.withExit(new ExitTerms(2029, org.policylab.configurator.passport.ExitTrigger.TIME, Extension.NONE, null)))),
                new Row("no-context", "No sector, stage or target firms: nothing says where the program acts.",
                        "no-context", "003", "/context/sector",
                        p -> p.withContext(p.context().withSector("microelectronics").withStage(Stage.EMERGING)
                                .withSegments(List.of(Segment.STARTUP, Segment.SME)))),
                new Row("automatic-subsidy-beside-gated", "An operating subsidy with no performance terms of its own, next to a grant that has a gate.",
                        "automatic-subsidy", "002", "/instruments/1/gates",
                        inst(1, si -> si.withGates(List.of(new InstrumentGate(2028, "private-investment-volume", 3.2, GateAction.STOP))))),
                new Row("instrument-without-outcome-kpi", "Prototyping grants judged only by the number of prototypes built.",
                        "instrument-without-outcome-kpi", "002", "/instruments/0/kpis",
                        inst(0, si -> si.withKpis(List.of("prototypes-developed", "commercialization-rate")))),
                new Row("v1-automatic-extension-ru", "A v1 passport (text only) whose Russian exit rule says the subsidy «продлевается автоматически».",
                        "automatic-extension", "002", "/instruments/0/exitRule",
                        inst(0, si -> si.withExitRule(si.exitRule().replace("продлевается автоматически", "не продлевается автоматически")))),
                new Row("v1-automatic-extension-kk", "A v1 passport (text only) whose Kazakh exit rule says the subsidy «автоматты түрде ұзартылады».",
                        "automatic-extension", "002", "/instruments/0/exitRule",
                        inst(0, si -> si.withExitRule(si.exitRule().replace("автоматты түрде ұзартылады", "автоматты түрде ұзартылмайды")))));
    }

    static UnaryOperator<ProgramPassport> inst(int i, UnaryOperator<SelectedInstrument> f) {
        return p -> p.replaceInstrument(i, f.apply(p.instruments().get(i)));
    }

    static UnaryOperator<ProgramPassport> kpi(int i, UnaryOperator<KpiTarget> f) {
        return p -> p.replaceKpi(i, f.apply(p.kpis().get(i)));
    }

    static ProgramPassport read(String file) throws Exception {
        return PassportJson.read(FOLDER.resolve(file + ".json"));
    }

    private List<Finding> findings(ProgramPassport p, String rule) {
        return checks.check(p).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRuleAimedAtTheFlawReportsItAsAnError(Row row) throws Exception {
        List<Finding> found = findings(read(row.file()), row.rule());
        assertThat(found).as(row.flaw()).isNotEmpty();
        assertThat(found).as(row.flaw()).anyMatch(f -> f.severity() == Severity.ERROR && f.target().equals(row.target()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theReviewersRepairClearsTheRule(Row row) throws Exception {
        ProgramPassport repaired = row.repair().apply(read(row.file()));
        assertThat(findings(repaired, row.rule())).as("after repair: " + row.flaw()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theCheckCommandRejectsTheFile(Row row) throws Exception {
        for (Language l : Language.values()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "check", FOLDER.resolve(row.file() + ".json").toString(), "--format", "json", "--lang", l.id());
            assertThat(code).as(row.file() + " " + l + ": " + err).isEqualTo(Cli.FINDINGS);
            assertThat(out.toString()).as(row.file() + " " + l).contains("\"" + row.rule() + "\"");
        }
    }

    /** Every finding reads as a sentence in every language: no missing message or vocabulary key. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theFindingsReadInEveryLanguage(Row row) throws Exception {
        List<Finding> found = checks.check(read(row.file()));
        for (Language l : Language.values()) {
            Messages m = Messages.of(l);
            for (Finding f : found) {
                assertThat(f.message(m) + " " + f.principle(m) + " " + f.fix(m)).as(f.rule() + " " + l).doesNotContainPattern("![a-z0-9.-]+!");
            }
        }
    }

    @Test
    void eachRowCitesTheSourceOfItsRule() {
        Map<String, Rule> rules = checks.rules().stream().collect(Collectors.toMap(Rule::id, r -> r));
        for (Row row : table()) {
            assertThat(rules).as(row.file()).containsKey(row.rule());
            assertThat(rules.get(row.rule()).severity()).as(row.rule()).isEqualTo(Severity.ERROR);
            assertThat(row.source()).as(row.file()).contains(rules.get(row.rule()).seed());
        }
    }

    @Test
    void everyFlawedFileIsInTheTableAndTheFamiliesOfIssue12AreCovered() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(table()).extracting(Row::file).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        assertThat(table()).extracting(Row::rule).contains("automatic-extension", "support-too-long", "co-financing-below-floor",
                "targets-flat", "targets-wrong-direction", "local-content-by-assembly", "tech-transfer-without-learning",
                "export-contingent-subsidy", "domestic-input-subsidy", "state-vehicle-without-competition",
                "direct-appointment-unjustified", "budget-concentration", "review-not-independent", "no-exit-rule",
                "no-context", "automatic-subsidy");
    }

    @Test
    void flawedFilesAreWrittenInSchemaVersionTwoExceptTheTextOnlyOnes() throws Exception {
        for (Row row : table()) {
            int version = org.policylab.configurator.io.JsonInput.readTree(FOLDER.resolve(row.file() + ".json")).path("schemaVersion").asInt();
            assertThat(version).as(row.file()).isEqualTo(row.file().startsWith("v1-") ? 1 : 2);
        }
    }

    // ------------------------------------------------------------------ negation: the twins that must stay quiet

    @Test
    void negatedAutomaticExtensionIsNoFinding() throws Exception {
        ProgramPassport ru = read("v1-automatic-extension-ru");
        String text = ru.instruments().get(0).exitRule();
        for (String negated : List.of(text.replace("продлевается автоматически", "не продлевается автоматически"),
                text.replace("продлевается автоматически", "продлевается не автоматически, а только по итогам независимой оценки"),
                "Субсидия предоставляется до 2029 года; автоматического продления нет.",
                "Субсидия 2029 жылға дейін беріледі және автоматты түрде ұзартылмайды.",
                "The subsidy ends in 2029 and is not extended automatically.")) {
            ProgramPassport twin = ru.replaceInstrument(0, ru.instruments().get(0).withExitRule(negated));
            assertThat(findings(twin, "automatic-extension")).as(negated).isEmpty();
        }
        for (String affirmed : List.of("The subsidy ends in 2029 and is extended automatically if funds allow.",
                "Срок действия субсидии продлевается автоматически.",
                "Мерзімі автоматты түрде ұзартылады.")) {
            ProgramPassport twin = ru.replaceInstrument(0, ru.instruments().get(0).withExitRule(affirmed));
            assertThat(findings(twin, "automatic-extension")).as(affirmed).isNotEmpty();
        }
    }

    @Test
    void withoutCompetitiveSelectionIsNotCompetition() throws Exception {
        ProgramPassport p = read("state-vehicle-negated-competition");
        for (String negated : List.of("Financing goes to the regional corporation without competitive selection.",
                "Финансирование направляется региональной корпорации без конкурса.",
                "Қаржыландыру өңірлік корпорацияға конкурссыз беріледі.")) {
            ProgramPassport twin = p.replaceInstrument(0, p.instruments().get(0).withConditions(List.of(negated)));
            assertThat(findings(twin, "state-vehicle-without-competition")).as(negated).isNotEmpty();
        }
    }

    @Test
    void aGateOnOneInstrumentDoesNotCoverAnother() throws Exception {
        ProgramPassport p = read("automatic-subsidy-beside-gated");
        assertThat(p.instruments().get(0).gates()).isNotEmpty();
        assertThat(findings(p, "automatic-subsidy")).extracting(Finding::target).containsExactly("/instruments/1/gates");
    }

    @Test
    void structuredFieldsOutweighReassuringText() throws Exception {
        // the text says "on review", the field says automatic: the field decides
        ProgramPassport p = read("automatic-extension");
        ProgramPassport twin = p.replaceInstrument(0, p.instruments().get(0)
                .withExitRule("Ends in 2029; extension only after the independent review confirms productivity gains."));
        assertThat(findings(twin, "automatic-extension")).isNotEmpty();
        // a structured contingency fires although the conditions say nothing about exports
        ProgramPassport exports = read("export-per-unit-payment");
        ProgramPassport quiet = exports.replaceInstrument(0, exports.instruments().get(0).withConditions(List.of()));
        assertThat(findings(quiet, "export-contingent-subsidy")).isNotEmpty();
        assertThat(quiet.instruments().get(0).contingentOn()).containsExactly(Contingency.EXPORTS);
    }

    // ------------------------------------------------------------------ the demo scenarios

    static Stream<ScenarioLibrary.Scenario> scenarios() {
        return ScenarioLibrary.shipped().list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void demoScenariosHaveNoErrorsButTheFlawedOneShowsTheClassicPitfalls(ScenarioLibrary.Scenario s) throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        for (Language l : Language.values()) {
            ProgramPassport p = lib.load(s.id(), l);
            List<Finding> f = checks.check(p);
            Set<String> errorRules = f.stream().filter(x -> x.severity() == Severity.ERROR).map(Finding::rule)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (s.id().equals("flawed-program")) {
                assertThat(errorRules).as(s.id() + " " + l).hasSizeGreaterThanOrEqualTo(5)
                        .contains("no-end-year", "automatic-subsidy", "local-content-by-assembly", "only-output-kpis",
                                "state-vehicle-without-competition", "no-independent-review");
            } else {
                assertThat(errorRules).as(s.id() + " " + l + " " + f).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void demoScenarioFilesAreSchemaTwoAndPassTheCheckCommand(ScenarioLibrary.Scenario s) throws Exception {
        for (Language l : Language.values()) {
            Path file = SCENARIOS.resolve(s.files().get(l));
            assertThat(org.policylab.configurator.io.JsonInput.readTree(file).path("schemaVersion").asInt()).as(file.toString()).isEqualTo(2);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "check", file.toString(), "--format", "json",
                    "--lang", l.id());
            assertThat(code).as(file + " " + err + out).isEqualTo(s.id().equals("flawed-program") ? Cli.FINDINGS : Cli.OK);
        }
    }

    /** The three language files of a scenario are one program: same ids, numbers, years and structured terms. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theThreeLanguagesOfAScenarioAreTheSameProgram(ScenarioLibrary.Scenario s) throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        ProgramPassport en = lib.load(s.id(), Language.EN);
        for (Language l : List.of(Language.RU, Language.KK)) {
            ProgramPassport p = lib.load(s.id(), l);
            assertThat(p.context()).as(s.id() + " " + l).isEqualTo(en.context());
            assertThat(p.kpis().stream().map(FlawedPassportsTest::numbers).toList()).as(s.id() + " " + l)
                    .isEqualTo(en.kpis().stream().map(FlawedPassportsTest::numbers).toList());
            assertThat(p.instruments().stream().map(FlawedPassportsTest::numbers).toList()).as(s.id() + " " + l)
                    .isEqualTo(en.instruments().stream().map(FlawedPassportsTest::numbers).toList());
            assertThat(p.phases().stream().map(ph -> List.of(String.valueOf(ph.startYear()), String.valueOf(ph.endYear()))).toList())
                    .isEqualTo(en.phases().stream().map(ph -> List.of(String.valueOf(ph.startYear()), String.valueOf(ph.endYear()))).toList());
            assertThat(List.of(p.review().independent(), String.valueOf(p.review().type()), String.valueOf(p.diagnosis().problem())))
                    .isEqualTo(List.of(en.review().independent(), String.valueOf(en.review().type()), String.valueOf(en.diagnosis().problem())));
        }
    }

    private static List<Object> numbers(KpiTarget k) {
        return List.of(k.kpi(), String.valueOf(k.baseline()), k.targets());
    }

    private static List<Object> numbers(SelectedInstrument si) {
        ExitTerms e = si.exitTerms();
        Selection sel = si.selectionTerms();
        List<Object> n = new ArrayList<>();
        n.add(si.instrument());
        n.add(si.segments());
        n.add(String.valueOf(si.budget()));
        n.add(String.valueOf(si.coFinancingShare()));
        n.add(si.startYear() + "-" + si.endYear());
        n.add(si.kpis());
        n.add(e.sunsetYear() + " " + e.trigger() + " " + e.extension() + " clawback:" + (e.clawback() != null));
        n.add(sel.method() + " " + sel.largestRecipientShare() + " " + sel.stateOwnedRecipient() + " justified:" + (sel.justification() != null));
        n.add(String.valueOf(si.localContentMeasure()));
        n.add(si.contingentOn());
        n.add(si.gates());
        return n;
    }
}
