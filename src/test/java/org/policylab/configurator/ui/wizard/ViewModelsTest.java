package org.policylab.configurator.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.WizardStep;

/**
 * Every step's view model without a window: what a field shows follows the draft after edits,
 * undo and redo; typing is one undo step; lists keep their selection; view models leave no
 * listener behind. (The JavaFX toolkit runs for the autosave timer; no stage is shown.)
 */
class ViewModelsTest extends WizardModelFixture {
    private static final Language EN = Language.EN;

    static Stream<Arguments> problemTexts() {
        return Stream.of(
                Arguments.of("title", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.title,
                        (Function<ProgramPassport, String>) ProgramPassport::title),
                Arguments.of("responsible body", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.responsibleBody,
                        (Function<ProgramPassport, String>) ProgramPassport::responsibleBody),
                Arguments.of("statement", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.statement,
                        (Function<ProgramPassport, String>) p -> p.diagnosis().statement()),
                Arguments.of("target change", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.targetChange,
                        (Function<ProgramPassport, String>) p -> p.diagnosis().targetChange()),
                Arguments.of("success measure", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.successMeasure,
                        (Function<ProgramPassport, String>) p -> p.diagnosis().successMeasure()),
                Arguments.of("readiness", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.readiness,
                        (Function<ProgramPassport, String>) p -> p.diagnosis().readiness()),
                Arguments.of("evidence", (Function<ProblemViewModel, DraftField<String>>) vm -> vm.evidence,
                        (Function<ProgramPassport, String>) p -> p.diagnosis().evidence()));
    }

    /** Typing "hello" letter by letter into any text of step 1 is one undo step, and the field shows the draft after undo and redo. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problemTexts")
    void typingInAProblemFieldIsOneUndoStep(String name, Function<ProblemViewModel, DraftField<String>> field,
                                            Function<ProgramPassport, String> inDraft) throws Exception {
        run(() -> {
            ProblemViewModel vm = new ProblemViewModel(model, EN);
            DraftField<String> f = field.apply(vm);
            String before = f.get();
            for (String typed : List.of("h", "he", "hel", "hell", "hello")) {
                f.set(before + typed);
            }
            assertThat(inDraft.apply(model.passport())).isEqualTo(before + "hello");
            model.undo();
            assertThat(f.get()).isEqualTo(before);
            assertThat(StepViewModel.nullToEmpty(inDraft.apply(model.passport()))).isEqualTo(before);
            model.redo();
            assertThat(f.get()).isEqualTo(before + "hello");
            vm.dispose();
        });
    }

    @Test
    void aPauseOrLeavingTheFieldStartsANewUndoStep() throws Exception {
        run(() -> {
            ProblemViewModel vm = new ProblemViewModel(model, EN);
            vm.title.set("First");
            now += WizardModel.TYPING_PAUSE.toNanos() + 1;
            vm.title.set("First words");
            vm.endTyping();
            vm.title.set("First words, then more");
            model.undo();
            assertThat(vm.title.get()).isEqualTo("First words");
            model.undo();
            assertThat(vm.title.get()).isEqualTo("First");
            assertThat(model.canUndoProperty().get()).isTrue();
            model.undo();
            assertThat(vm.title.get()).isEqualTo(Fixtures.good().title());
            assertThat(model.canUndoProperty().get()).isFalse();
            assertThat(model.canRedoProperty().get()).isTrue();
        });
    }

    @Test
    void undoingAProblemPickShowsNoProblem() throws Exception {
        run(() -> {
            model.edit(p -> p.withDiagnosis(p.diagnosis().withProblem(null)));
            ProblemViewModel vm = new ProblemViewModel(model, EN);
            assertThat(vm.problem.get()).isNull();
            vm.problem.set(vm.problems().get(0));
            assertThat(model.passport().diagnosis().problem()).isEqualTo(vm.problems().get(0).id());
            model.undo();
            assertThat(vm.problem.get()).isNull();
            assertThat(model.passport().diagnosis().problem()).isNull();
        });
    }

    @Test
    void contextChoicesFollowTheDraftAndLevelsAreTheRegionsUnlessAdjusted() throws Exception {
        run(() -> {
            ContextViewModel vm = new ContextViewModel(model, EN);
            assertThat(vm.sector.get().id()).isEqualTo("ai");
            vm.sector.set(vm.sectors().stream().filter(s -> !s.id().equals("ai")).findFirst().orElseThrow());
            model.undo();
            assertThat(vm.sector.get().id()).isEqualTo("ai");
            Level regional = vm.region.get().infrastructure();
            assertThat(vm.infrastructure.get()).isEqualTo(regional);
            Level other = regional == Level.HIGH ? Level.LOW : Level.HIGH;
            vm.infrastructure.set(other);
            assertThat(model.passport().context().infrastructure()).isEqualTo(other);
            vm.infrastructure.set(regional);
            assertThat(model.passport().context().infrastructure()).as("the region's own level is no adjustment").isNull();
            vm.goal.set(null);
            assertThat(model.passport().context().goal()).as("a list cannot empty the goal").isNotNull();
        });
    }

    @Test
    void pickingARegionShowsItsInfrastructureAndTalentLevels() throws Exception {
        run(() -> {
            model.edit(p -> p.withContext(p.context().withRegion(null).withLevels(null, null)));
            ContextViewModel vm = new ContextViewModel(model, EN);
            assertThat(vm.infrastructure.get()).isNull();
            assertThat(vm.talent.get()).isNull();
            Region kostanay = vm.regions().stream().filter(r -> r.id().equals("kostanay")).findFirst().orElseThrow();

            vm.region.set(kostanay);

            assertThat(vm.infrastructure.get()).as("the level the recommender uses, shown to adjust").isEqualTo(kostanay.infrastructure()).isNotNull();
            assertThat(vm.talent.get()).isEqualTo(kostanay.talent()).isNotNull();
            assertThat(model.passport().context().infrastructure()).as("the region's own level is no adjustment").isNull();
            vm.dispose();
        });
    }

    @Test
    void segmentTicksFollowTheDraft() throws Exception {
        run(() -> {
            SegmentsViewModel vm = new SegmentsViewModel(model, EN);
            assertThat(vm.chosen(Segment.STARTUP).get()).isTrue();
            vm.chosen(Segment.STARTUP).set(false);
            assertThat(model.passport().context().segments()).doesNotContain(Segment.STARTUP);
            model.undo();
            assertThat(vm.chosen(Segment.STARTUP).get()).isTrue();
            assertThat(model.passport().context().segments()).contains(Segment.STARTUP);
        });
    }

    @Test
    void instrumentFieldsEditTheSelectedInstrumentOnly() throws Exception {
        run(() -> {
            InstrumentsViewModel vm = new InstrumentsViewModel(model, EN);
            assertThat(vm.chosen.index()).isZero();
            vm.chosen.select(1);
            assertThat(vm.exitRule.get()).isEqualTo(Fixtures.good().instruments().get(1).exitRule());
            vm.exitRule.set("ends 2029");
            vm.budget.set("2,500");
            assertThat(model.passport().instruments().get(1).exitRule()).isEqualTo("ends 2029");
            assertThat(model.passport().instruments().get(1).budget().amount()).isEqualByComparingTo("2500");
            assertThat(model.passport().instruments().get(0)).isEqualTo(Fixtures.good().instruments().get(0));
            // text no number can be read from stays on screen, and the draft holds what it held before this edit began
            // (400,000,000), not the 2,500 of its earlier keystrokes
            vm.budget.set("2,50");
            assertThat(model.passport().instruments().get(1).budget().amount()).isEqualByComparingTo("400000000");
            assertThat(vm.budget.get()).isEqualTo("2,50");
            model.undo();
            assertThat(vm.budget.get()).isEqualTo("400,000,000");
            // the selection is the model's: a new view model of the same draft shows the same instrument
            InstrumentsViewModel again = new InstrumentsViewModel(model, EN);
            assertThat(again.chosen.index()).isEqualTo(1);
            vm.dispose();
            again.dispose();
        });
    }

    @Test
    void gatesOfTheSelectedInstrumentAreRowsOfFields() throws Exception {
        run(() -> {
            InstrumentsViewModel vm = new InstrumentsViewModel(model, EN);
            vm.chosen.select(1);
            assertThat(vm.gates).hasSize(1);
            vm.addGate();
            assertThat(vm.gates).hasSize(2);
            vm.gates.get(1).threshold().set("45");
            vm.gates.get(1).onFail().set(GateAction.REDUCE);
            assertThat(model.passport().instruments().get(1).gates().get(1).threshold()).isEqualTo(45.0);
            assertThat(model.passport().instruments().get(1).gates().get(1).onFail()).isEqualTo(GateAction.REDUCE);
            model.undo();
            assertThat(vm.gates.get(1).onFail().get()).isNull();
            vm.chosen.select(0);
            assertThat(vm.gates).hasSize(1);
            assertThat(vm.gates.get(0).threshold().get()).isEqualTo("260");
        });
    }

    @Test
    void addingAnInstrumentSelectsItAndUndoingItSelectsTheLastLeft() throws Exception {
        run(() -> {
            InstrumentsViewModel vm = new InstrumentsViewModel(model, EN);
            String id = vm.suggestions.stream().map(s -> s.item().id()).filter(i -> !vm.isChosen(i)).findFirst().orElseThrow();
            vm.add(id);
            assertThat(vm.chosen.index()).isEqualTo(2);
            assertThat(vm.isChosen(id)).isTrue();
            model.undo();
            assertThat(vm.chosen.items()).hasSize(2);
            assertThat(vm.chosen.index()).isEqualTo(1);
            assertThat(vm.isChosen(id)).isFalse();
        });
    }

    @Test
    void kpiBaselineAndTargetsOfTheSelectedKpi() throws Exception {
        run(() -> {
            KpisViewModel vm = new KpisViewModel(model, EN, (k, a) -> k + a);
            vm.chosen.select(1);
            assertThat(vm.baseline.get()).isEqualTo("40");
            assertThat(vm.targetYears).contains(2027, 2028, 2029);
            vm.target(2028).set("1,000");
            assertThat(model.passport().kpis().get(1).targets()).anyMatch(t -> t.year() == 2028 && t.value() == 1000.0);
            vm.baseline.set("");
            assertThat(model.passport().kpis().get(1).baseline()).isNull();
            assertThat(vm.trajectory).noneMatch(v -> v.year() == 2026);
            model.undo();
            assertThat(vm.baseline.get()).isEqualTo("40");
            assertThat(vm.trajectory).anyMatch(v -> v.year() == 2026);
            assertThat(vm.kpiName.get()).isEqualTo(vm.name("new-firms-registered"));
        });
    }

    @Test
    void aNumberThatCannotBeReadLeavesWhatTheFieldHeldBeforeTheEditNotItsFirstKeys() throws Exception {
        run(() -> {
            KpisViewModel vm = new KpisViewModel(model, EN, (k, a) -> k + a);
            vm.chosen.select(1);
            vm.target(2028).set("4,800");
            vm.endTyping(); // the planner left the field; later comes back to it
            java.util.function.DoubleSupplier target2028 = () -> model.passport().kpis().get(1).targets().stream()
                    .filter(t -> t.year() == 2028).findFirst().orElseThrow().value();
            assertThat(target2028.getAsDouble()).isEqualTo(4800.0);

            // "5,10" in English: the 5 of its first key must not stay saved once the text cannot be read
            for (String typed : new String[] {"5", "5,", "5,1", "5,10"}) {
                vm.target(2028).set(typed);
            }
            assertThat(target2028.getAsDouble()).isEqualTo(4800.0);
            assertThat(vm.target(2028).get()).as("the field keeps what was typed, marked").isEqualTo("5,10");

            // read again: taken; unreadable again within the same edit: back to the value before it
            vm.target(2028).set("5,100");
            assertThat(target2028.getAsDouble()).isEqualTo(5100.0);
            vm.target(2028).set("5,100x");
            assertThat(target2028.getAsDouble()).isEqualTo(4800.0);

            // a new edit begins from what the draft holds when the planner comes back
            vm.target(2028).set("6,000");
            vm.endTyping();
            vm.target(2028).set("6,000?");
            assertThat(target2028.getAsDouble()).isEqualTo(6000.0);

            // undo takes back the whole edit, and the field shows the draft again, not the text typed since
            vm.endTyping();
            model.undo();
            assertThat(target2028.getAsDouble()).isEqualTo(4800.0);
            assertThat(vm.target(2028).get()).isEqualTo("4,800");
            vm.dispose();
        });
    }

    @Test
    void phasesReviewAndGovernance() throws Exception {
        run(() -> {
            PhasesViewModel vm = new PhasesViewModel(model, EN);
            vm.addPhase("Phase 3", 2030);
            assertThat(vm.phases.index()).isEqualTo(2);
            assertThat(vm.name.get()).isEqualTo("Phase 3");
            vm.gate.set("continue if exports grow");
            assertThat(model.passport().phases().get(2).gate()).isEqualTo("continue if exports grow");
            vm.reviewType.set(ReviewType.INTERNAL);
            assertThat(vm.independent.get()).as("the type decides independence").isFalse();
            vm.tasks.set("First task\n");
            assertThat(model.passport().tasks()).containsExactly("First task");
            assertThat(vm.tasks.get()).as("a new line being typed stays").isEqualTo("First task\n");
            model.undo();
            assertThat(vm.tasks.get()).isEqualTo(String.join("\n", Fixtures.good().tasks()));
        });
    }

    @Test
    void reviewFollowsFindingsAndExportSettingsOutliveTheView() throws Exception {
        run(() -> {
            ReviewViewModel review = new ReviewViewModel(model, EN);
            assertThat(review.findings.get()).isEqualTo(model.findingsProperty().get());
            assertThat(review.metrics.get().publicTotal()).isPositive();

            ExportViewModel export = new ExportViewModel(model, EN, p -> { });
            export.path.set(home.resolve("kept.json").toString());
            export.documentLanguage.set(Language.KK);
            export.dispose();
            ExportViewModel afterLanguageSwitch = new ExportViewModel(model, Language.RU, p -> { });
            assertThat(afterLanguageSwitch.path.get()).isEqualTo(home.resolve("kept.json").toString());
            assertThat(afterLanguageSwitch.documentLanguage.get()).isEqualTo(Language.KK);
            afterLanguageSwitch.export();
            assertThat(afterLanguageSwitch.written.get()).isEqualTo(home.resolve("kept.json"));
            assertThat(Files.exists(home.resolve("kept.json"))).isTrue();
        });
    }

    @Test
    void sidePanelSuggestionsAddThemselvesAndTheirMarksFollowTheDraft() throws Exception {
        run(() -> {
            SidePanelViewModel vm = new SidePanelViewModel(model, EN);
            SidePanelViewModel.Suggestion open = vm.suggestions.stream().filter(s -> !s.chosen()).findFirst().orElseThrow();
            String id = open.scored().item().id();
            vm.add(open);
            assertThat(model.passport().instruments()).anyMatch(i -> i.instrument().equals(id));
            assertThat(vm.suggestions).anyMatch(s -> s.scored().item().id().equals(id) && s.chosen());
            model.undo();
            assertThat(vm.suggestions).anyMatch(s -> s.scored().item().id().equals(id) && !s.chosen());
            assertThat(vm.errors.get()).isEqualTo(model.findingsProperty().get().stream().filter(f -> f.severity() == Severity.ERROR).count());
        });
    }

    @Test
    void aBlankDraftHasNoStepMarkedDone() throws Exception {
        run(() -> {
            model.edit(p -> ProgramPassport.blank("New program", "en").withId(p.id()));
            WizardViewModel vm = new WizardViewModel(model, Messages.of(EN));
            for (WizardStep s : WizardStep.values()) {
                assertThat(vm.completeProperty(s).get()).as(s.name()).isFalse();
            }
        });
    }

    @Test
    void reviewIsDoneOnlyWithNoErrorsAndExportOnlyOnceExported() throws Exception {
        run(() -> {
            ProgramPassport p = model.passport();
            var noErrors = List.<org.policylab.configurator.engine.Finding>of();
            assertThat(WizardViewModel.complete(p, noErrors, null, WizardStep.REVIEW)).isTrue();
            var errors = model.services().checks().check(p.withInstruments(List.of(p.instruments().get(0).withExitRule(null)
                    .withExit(null))));
            if (errors.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                assertThat(WizardViewModel.complete(p, errors, null, WizardStep.REVIEW)).isFalse();
            }
            assertThat(WizardViewModel.complete(p, noErrors, null, WizardStep.EXPORT)).isFalse();
            assertThat(WizardViewModel.complete(p, noErrors, p, WizardStep.EXPORT)).isTrue();
            assertThat(WizardViewModel.complete(p.withTitle("changed since"), noErrors, p, WizardStep.EXPORT)).isFalse();
        });
    }

    @Test
    void viewModelsLeaveNoListenerOnTheModel() throws Exception {
        run(() -> {
            int before = model.listenerCount();
            for (int i = 0; i < 10; i++) {
                List<StepViewModel> vms = List.of(new ProblemViewModel(model, EN), new ContextViewModel(model, EN),
                        new SegmentsViewModel(model, EN), new InstrumentsViewModel(model, EN), new KpisViewModel(model, EN, (k, a) -> k),
                        new PhasesViewModel(model, EN), new ReviewViewModel(model, EN), new ExportViewModel(model, EN, p -> { }),
                        new SidePanelViewModel(model, EN));
                WizardViewModel shell = new WizardViewModel(model, Messages.of(EN));
                assertThat(model.listenerCount()).isGreaterThan(before);
                vms.forEach(StepViewModel::dispose);
                shell.dispose();
            }
            assertThat(model.listenerCount()).isEqualTo(before);
        });
    }
}
