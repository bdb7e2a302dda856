package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13: numbers are read as the planner's language writes them; closing the window keeps the last edit. */
class NumbersAndClosingTest extends UiTestBase {
    private static final Messages EN = Messages.of(Language.EN);

    private ProgramPassport openOnInstruments() {
        ProgramPassport p = Fixtures.good().withId(UUID.randomUUID().toString());
        interact(() -> {
            window.openDraft(p);
            window.wizard().orElseThrow().stepProperty().set(WizardStep.INSTRUMENTS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }

    private BigDecimal firstBudget() {
        var b = window.wizard().orElseThrow().passport().instruments().get(0).budget();
        return b == null ? null : b.amount();
    }

    private int errorMarkers() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getRoot().lookupAll(".image-view").size();
    }

    @Test
    void englishTwoThousandFiveHundredIsStoredAsTwoThousandFiveHundredAndEchoedAsUnderstood() {
        ProgramPassport p = openOnInstruments();
        TextField budget = reveal("#field-instruments-budget");
        interact(budget::clear);
        int markersBefore = errorMarkers();
        clickOn(budget).write("2,50");
        // half-typed "2,50" is not two and a half: nothing of it is written — not even the 2 of its first key: the draft
        // keeps the amount it held before the planner began —, the field says why, the status does not say saved
        assertThat(firstBudget()).isEqualByComparingTo("1500000000");
        assertThat(errorMarkers()).isGreaterThan(markersBefore);
        assertThat(text("#autosave-status")).isEqualTo(EN.get("wizard.unreadable"));
        write("0");
        assertThat(firstBudget()).isEqualByComparingTo("2500");
        assertThat(errorMarkers()).isEqualTo(markersBefore);
        assertThat(text("#autosave-status")).isNotEqualTo(EN.get("wizard.unreadable"));

        // leaving the field shows the number as understood
        clickOn((javafx.scene.Node) reveal("#field-instruments-exitRule"));
        assertThat(budget.getText()).isEqualTo("2,500");

        // and it is the amount the workspace keeps
        interact(window::close);
        assertThat(workspace.drafts().load(p.id()).orElseThrow().instruments().get(0).budget().amount())
                .isEqualByComparingTo("2500");
    }

    @Test
    void anUnreadableBudgetLeavesTheSavedAmountAndSaysWhy() {
        openOnInstruments();
        TextField budget = reveal("#field-instruments-budget");
        clickOn(budget);
        push(KeyCode.END);
        write("x");
        assertThat(firstBudget()).isEqualByComparingTo("1500000000");
        assertThat(text("#autosave-status")).isEqualTo(EN.get("wizard.unreadable"));
        // the marker's tooltip gives the reason in the UI language
        assertThat(stage.getScene().getRoot().lookupAll(".image-view")).isNotEmpty();
        push(KeyCode.BACK_SPACE);
        assertThat(firstBudget()).isEqualByComparingTo("1500000000");
        assertThat(text("#autosave-status")).isNotEqualTo(EN.get("wizard.unreadable"));
    }

    @Test
    void yearAndPercentageSpinnersTakeDigitsOnlyAndNeverAYearOutOfTheirRange() {
        openOnInstruments();
        var first = (java.util.function.Supplier<org.policylab.configurator.passport.SelectedInstrument>)
                () -> window.wizard().orElseThrow().passport().instruments().get(0);
        Double shareBefore = first.get().coFinancingShare();
        Integer startBefore = first.get().startYear();
        javafx.scene.control.Spinner<?> cofin = reveal("#field-instruments-coFinancingShare");
        javafx.scene.control.Spinner<?> start = reveal("#field-instruments-startYear");

        // letters never show: the reviewer saw "xyz" kept on screen, "All changes saved", and a stack trace on commit
        clickOn(cofin.getEditor());
        push(KeyCode.END);
        write("xyz");
        assertThat(cofin.getEditor().getText()).doesNotContainPattern("[a-z]");
        assertThat(first.get().coFinancingShare()).isEqualTo(shareBefore);

        // "20x7" is "207": not a year the spinner allows, so not taken, and leaving shows the year it holds
        clickOn(start.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write("20x7");
        assertThat(start.getEditor().getText()).isEqualTo("207");
        clickOn((javafx.scene.Node) reveal("#field-instruments-exitRule"));
        assertThat(first.get().startYear()).isEqualTo(startBefore);
        assertThat(start.getEditor().getText()).isEqualTo(String.valueOf(startBefore));

        // a year it allows is taken when the planner leaves the spinner
        int next = startBefore + 1;
        clickOn(start.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write(String.valueOf(next));
        clickOn((javafx.scene.Node) reveal("#field-instruments-exitRule"));
        assertThat(first.get().startYear()).isEqualTo(next);
    }

    @Test
    void theKpiChartLabelsEachYearOnce() {
        ProgramPassport p = Fixtures.good().withId(UUID.randomUUID().toString());
        interact(() -> {
            window.openDraft(p);
            window.wizard().orElseThrow().stepProperty().set(WizardStep.KPIS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<?, ?> chart = reveal("#kpi-chart");
        assertThat(chart.getData()).isNotEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        var axis = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        java.util.List<String> labels = axis.getTickMarks().stream().map(t -> axis.getTickLabelFormatter().toString(t.getValue()))
                .filter(l -> l != null && !l.isEmpty()).toList();
        // the reviewer saw "2024 2025 2025 2025 2025 2026 …": ticks a quarter year apart, each labelled with its year
        assertThat(labels).hasSizeGreaterThan(1).doesNotHaveDuplicates().allMatch(l -> l.matches("\\d{4}"));
    }

    @Test
    void closingTheWindowRightAfterTypingKeepsTheEdit() throws Exception {
        clickOn("#new-draft");
        TextField title = node("#field-title");
        interact(title::clear);
        clickOn("#field-title").write("Closed within a blink");
        String id = window.wizard().orElseThrow().passport().id();
        // the window's close button (WM_DELETE_WINDOW), well before the autosave pause has passed
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(workspace.isClosed()).as("the database is closed once the window has gone").isTrue();
        try (Workspace reopened = Workspace.open(home)) {
            assertThat(reopened.drafts().load(id).orElseThrow().title()).isEqualTo("Closed within a blink");
        }
    }

    @Test
    void fileQuitTakesTheSameWayOut() throws Exception {
        clickOn("#new-draft");
        TextField title = node("#field-title");
        interact(title::clear);
        clickOn("#field-title").write("Quit at once");
        String id = window.wizard().orElseThrow().passport().id();
        push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(workspace.isClosed()).isTrue();
        try (Workspace reopened = Workspace.open(home)) {
            assertThat(reopened.drafts().load(id).orElseThrow().title()).isEqualTo("Quit at once");
        }
    }
}
