package org.policylab.configurator.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.export.MonitoringReport;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.monitoring.ExitEvaluation;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.monitoring.Revisions;
import org.policylab.configurator.monitoring.Status;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;
import org.policylab.configurator.passport.YearValue;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.TaskRunner;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The monitoring view model without a window: what a planner reads (statuses, exit results, findings, revisions) and
 * what each action leaves in the draft and in the workspace. The toolkit runs for the autosave timer; no stage shows.
 */
class MonitoringViewModelTest {
    private static final Messages EN = Messages.of(Language.EN);
    private Path home;
    private Workspace workspace;
    private AppServices services;
    private WizardModel model;
    private MonitoringViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens a passport as the window does: stored first (an approved one is kept as its revision), then the model and the view model. */
    private void open(ProgramPassport p) throws Exception {
        home = Files.createTempDirectory("pc-mon-");
        workspace = Workspace.open(home);
        services = new AppServices(workspace, TaskRunner.sameThread());
        workspace.drafts().save(p);
        model = fx(() -> new WizardModel(services, p));
        vm = fx(() -> new MonitoringViewModel(model, EN));
    }

    private void openDemo() throws Exception {
        open(ScenarioLibrary.shipped().load("ai-talent-drain", Language.EN).withId(UUID.randomUUID().toString()));
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            fx(() -> {
                model.cancelAutosave();
                vm.dispose();
                return null;
            });
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private Status status(String kpi, Period period) throws Exception {
        return fx(() -> vm.rowsOf(kpi).stream().filter(r -> r.period().equals(period)).findFirst().orElseThrow().status());
    }

    @Test
    void theDemoShowsGraduatesOffTrackTheCampusGateMissedAndItsDecisionAgainstApprovedRevisionOne() throws Exception {
        openDemo();
        assertThat(vm.asOfYear.get()).isGreaterThanOrEqualTo(2029);
        assertThat(status("ai-graduates-hired", Period.year(2027))).isEqualTo(Status.OFF_TRACK);
        assertThat(status("ai-graduates-hired", Period.year(2028))).isEqualTo(Status.OFF_TRACK);
        assertThat(status("specialists-emigration", Period.year(2027))).as("a falling indicator that fell").isEqualTo(Status.ON_TRACK);
        assertThat(status("service-exports", Period.year(2027))).isEqualTo(Status.AT_RISK);
        assertThat(vm.exits).extracting(ExitEvaluation.GateResult::instrumentId, ExitEvaluation.GateResult::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("university-industry-campus", ExitEvaluation.Result.MISSED),
                        org.assertj.core.groups.Tuple.tuple("startup-tax-breaks", ExitEvaluation.Result.MET));
        assertThat(vm.decisions()).singleElement().satisfies(d -> assertThat(d.decision()).isEqualTo(Decision.ADJUST));
        assertThat(vm.findings).as("the decision answers the two off-track years").isEmpty();
        assertThat(vm.revisions).extracting(r -> r.number()).containsExactly(1);
        assertThat(vm.approvable.get()).as("revision 1 is approved already").isFalse();
        assertThat(fx(vm::revisionLine)).isEqualTo("Revision 1 · approved 2026-12-15 by Government of the Republic of Kazakhstan");
        assertThat(fx(() -> vm.gateName(new MonitoringViewModel.GateRef(null, "university-industry-campus", 0))))
                .contains("Joint university", "in 2028", "1,250");
    }

    @Test
    void anActualEnteredIsInTheDraftWithItsStatusUndoableAndTheApprovedRevisionStaysAsApproved() throws Exception {
        openDemo();
        String id = model.passport().id();
        assertThat(status("ai-graduates-hired", Period.year(2029))).isEqualTo(Status.NO_DATA);

        assertThat(fx(() -> vm.saveActual("ai-graduates-hired", Period.year(2029), "1,600", "UAPF", "recovered", "extract 17-0501")))
                .isNull();
        assertThat(status("ai-graduates-hired", Period.year(2029))).isEqualTo(Status.ON_TRACK);
        assertThat(vm.actual("ai-graduates-hired", Period.year(2029)).orElseThrow().value()).isEqualTo(1600.0);
        assertThat(Revisions.frozen(model.passport())).as("an actual is monitoring, not a change of the plan").isTrue();

        fx(() -> {
            model.saveNow();
            return null;
        });
        ProgramPassport stored = workspace.drafts().load(id).orElseThrow();
        assertThat(stored.monitoringOrEmpty().actuals()).anyMatch(a -> a.period().equals(Period.year(2029)) && a.value() == 1600.0);
        assertThat(workspace.revisions().load(id, 1).orElseThrow().monitoringOrEmpty().actuals())
                .noneMatch(a -> a.period().equals(Period.year(2029)));

        fx(() -> {
            model.undo();
            return null;
        });
        assertThat(status("ai-graduates-hired", Period.year(2029))).isEqualTo(Status.NO_DATA);

        ProgramPassport before = model.passport();
        assertThat(fx(() -> vm.saveActual("ai-graduates-hired", Period.year(2029), "12abc", null, null, null)))
                .isEqualTo("monitor.error.value");
        assertThat(model.passport()).isSameAs(before);
    }

    @Test
    void theEntryPeriodsFollowTheKpisFrequencyUpToTheAsOfYear() throws Exception {
        ProgramPassport p = Fixtures.good().withId(UUID.randomUUID().toString());
        KpiTarget quarterly = p.kpis().get(0).withFrequency("quarterly");
        open(p.replaceKpi(0, quarterly));
        fx(() -> {
            vm.asOfYear.set(2028);
            return null;
        });
        int baseline = quarterly.baseline().year();
        List<Period> quarters = fx(() -> vm.periodsOf(quarterly.kpi()));
        assertThat(quarters).first().isEqualTo(new Period(baseline + 1, 1));
        assertThat(quarters).last().isEqualTo(new Period(2028, 4));
        assertThat(quarters).hasSize(4 * (2028 - baseline));
        assertThat(fx(() -> vm.periodsOf(p.kpis().get(1).kpi()))).allMatch(x -> !x.quarterly()).last().isEqualTo(Period.year(2028));
    }

    @Test
    void aGateDecisionNeedsItsGateDateDecisionAndRationaleAndIsThenRecorded() throws Exception {
        openDemo();
        var gate = new MonitoringViewModel.GateRef(0, null, null);
        assertThat(fx(vm::gates)).contains(gate, new MonitoringViewModel.GateRef(null, "startup-tax-breaks", 0));
        assertThat(fx(() -> vm.recordDecision(null, "2029-03-01", Decision.CONTINUE, "why", null))).isEqualTo("monitor.error.gate");
        assertThat(fx(() -> vm.recordDecision(gate, "2029-13-40", Decision.CONTINUE, "why", null))).isEqualTo("monitor.error.date");
        assertThat(fx(() -> vm.recordDecision(gate, "2029-03-01", null, "why", null))).isEqualTo("monitor.error.decision");
        assertThat(fx(() -> vm.recordDecision(gate, "2029-03-01", Decision.CONTINUE, " ", null))).isEqualTo("monitor.error.rationale");
        assertThat(vm.decisions()).hasSize(1);

        assertThat(fx(() -> vm.recordDecision(gate, "2029-03-01", Decision.STOP, "Phase 1 missed both gate criteria", "panel minutes")))
                .isNull();
        assertThat(vm.decisions()).hasSize(2).last().satisfies(d -> {
            assertThat(d.phase()).isZero();
            assertThat(d.decision()).isEqualTo(Decision.STOP);
            assertThat(d.evidence()).isEqualTo("panel minutes");
        });
    }

    @Test
    void anImportShowsItsRowsTakesNothingUntilConfirmedAndABadFileShowsItsErrorsAndTakesNothing() throws Exception {
        openDemo();
        Path good = home.resolve("actuals.csv");
        Files.writeString(good, "kpi,period,value,source\nai-graduates-hired,2029,1600,UAPF\nnew-firms-registered,2029,190,BNS\n",
                StandardCharsets.UTF_8);
        ProgramPassport before = model.passport();
        fx(() -> {
            vm.previewImport(good);
            return null;
        });
        assertThat(vm.preview.get().rows()).extracting(a -> a.kpi() + "@" + a.period() + "=" + a.value())
                .containsExactly("ai-graduates-hired@2029=1600.0", "new-firms-registered@2029=190.0");
        assertThat(vm.preview.get().takeable()).isTrue();
        assertThat(model.passport()).as("nothing taken before it is confirmed").isSameAs(before);

        fx(() -> {
            vm.confirmImport();
            return null;
        });
        assertThat(vm.preview.get()).isNull();
        assertThat(status("new-firms-registered", Period.year(2029))).isEqualTo(Status.AT_RISK);
        assertThat(vm.message.get()).isEqualTo("2 actuals taken.");

        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "kpi,period,value\nai-graduates-hired,2029,12abc\nno-such-kpi,2029,1\n", StandardCharsets.UTF_8);
        ProgramPassport afterGood = model.passport();
        fx(() -> {
            vm.previewImport(bad);
            return null;
        });
        MonitoringViewModel.ImportPreview p = vm.preview.get();
        assertThat(p.takeable()).isFalse();
        assertThat(p.errors().stream().map(vm::describe).toList()).containsExactly(
                "row 2, column value: “12abc” is not a number; write it plainly, e.g. 1234.5",
                "row 3, column kpi: " + EN.get("import.error.unknown-kpi", "no-such-kpi",
                        String.join(", ", afterGood.kpis().stream().map(KpiTarget::kpi).toList())));
        fx(() -> {
            vm.confirmImport();
            return null;
        });
        assertThat(model.passport()).isSameAs(afterGood);
        // the errors in the window's language
        MonitoringViewModel kk = fx(() -> new MonitoringViewModel(model, Messages.of(Language.KK)));
        assertThat(kk.describe(p.errors().get(0))).startsWith(Messages.of(Language.KK).get("import.at.cell", 2, "value"));
        fx(() -> {
            kk.dispose();
            return null;
        });
    }

    @Test
    void approvingFreezesTheRevisionTheDraftMovesOnAndTheDiffShowsExactlyTheEditAgainstTheApprovedPlan() throws Exception {
        open(Fixtures.good().withId(UUID.randomUUID().toString()).withRevision(Revision.firstDraft()));
        assertThat(vm.approvable.get()).isTrue();
        assertThat(fx(() -> vm.approve("2026-12-15", " ", null))).isEqualTo("monitor.error.approver");
        assertThat(fx(() -> vm.approve("15.12.2026", "Government", null))).isEqualTo("monitor.error.date");
        assertThat(fx(() -> vm.approve("2026-12-15", "Government", "Resolution No. 1024"))).isNull();

        assertThat(model.passport().revisionOrFirst()).isEqualTo(new Revision(2, null, null, null));
        assertThat(model.canUndoProperty().get()).as("undo does not cross an approval").isFalse();
        assertThat(vm.revisions).extracting(r -> r.number() + " " + r.approvedBy()).containsExactly("1 Government");
        assertThat(vm.approvedPlan.get().revisionOrFirst().approved()).isTrue();
        assertThat(fx(vm::revisionLine)).isEqualTo("Revision 2 · draft · in force: revision 1 of 2026-12-15");

        // revision 2's draft raises a target: the statuses stay judged against revision 1 until it is approved
        String kpi = model.passport().kpis().get(0).kpi();
        fx(() -> vm.saveActual(kpi, Period.year(2027), "180", null, null, null));
        assertThat(status(kpi, Period.year(2027))).isEqualTo(Status.ON_TRACK);
        fx(() -> {
            model.edit(p -> p.replaceKpi(0, p.kpis().get(0).withTargets(List.of(new YearValue(2027, 400.0),
                    new YearValue(2028, 500.0), new YearValue(2029, 600.0)))));
            return null;
        });
        assertThat(status(kpi, Period.year(2027))).isEqualTo(Status.ON_TRACK);

        List<MonitoringViewModel.Version> versions = fx(vm::versions);
        assertThat(versions).extracting(MonitoringViewModel.Version::label).containsExactly("revision 1 (2026-12-15)", "revision 2 draft");
        fx(() -> {
            vm.compare(versions.get(0), versions.get(1));
            return null;
        });
        assertThat(vm.changes).extracting(PassportDiff.Change::pointer)
                .contains("/kpis/0/targets/0/value", "/kpis/0/targets/1/value", "/kpis/0/targets/2/value")
                .allMatch(ptr -> ptr.startsWith("/kpis/0/targets") || ptr.startsWith("/monitoring"));

        Path pdf = home.resolve("changes.pdf");
        Path[] written = new Path[1];
        fx(() -> {
            vm.exportDiff(pdf, f -> written[0] = f);
            return null;
        });
        assertThat(written[0]).isEqualTo(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theMonitoringReportIsWrittenInTheChosenFormatAndLanguageOffTheWindowsThread() throws Exception {
        openDemo();
        Path json = home.resolve("report.json");
        fx(() -> {
            vm.exportReport(MonitoringReport.Format.JSON, Language.KK, json, f -> { });
            return null;
        });
        var tree = org.policylab.configurator.io.JsonInput.readTree(json);
        assertThat(tree.path("language").asText()).isEqualTo("kk");
        assertThat(tree.path("revision").asInt()).isEqualTo(1);
        assertThat(tree.path("summary").path("off-track").asInt()).isEqualTo(2);
        assertThat(vm.message.get()).isEqualTo("Written: " + json);
    }

    @Test
    void theViewModelLeavesNoListenerOnTheWizardModel() throws Exception {
        openDemo();
        int before = model.listenerCount();
        fx(() -> {
            vm.dispose();
            return null;
        });
        assertThat(model.listenerCount()).as("its one listener on the draft is gone").isEqualTo(before - 1);
        // a disposed view model no longer follows the draft
        fx(() -> vm.saveActual("ai-graduates-hired", Period.year(2029), "1600", null, null, null));
        assertThat(vm.draft.get().monitoringOrEmpty().actuals()).noneMatch(a -> a.period().equals(Period.year(2029)));
        vm = fx(() -> new MonitoringViewModel(model, EN));
    }
}
