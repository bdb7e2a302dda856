package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.testfx.util.WaitForAsyncUtils;

/** Passport v2 in the window: exit and selection terms, instrument gates, governance apart, review type. */
class InstrumentTermsTest extends UiTestBase {
    private final Messages m = Messages.of(Language.EN);

    private WizardModel wizard() {
        return window.wizard().orElseThrow();
    }

    private void openScenarioAt(WizardStep step) {
        interact(() -> window.openScenario("ai-talent-drain"));
        interact(() -> wizard().stepProperty().set(step));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a combo box and clicks the item with the text in its popup, as a planner would. */
    private void pick(String comboQuery, String text) {
        clickOn((Node) reveal(comboQuery));
        Node cell = lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + text + "' in " + comboQuery));
        clickOn(cell);
    }

    private String instrumentName(String id) {
        return services.catalog().instrument(id).orElseThrow().name().en();
    }

    private String kpiName(String id) {
        return services.catalog().kpi(id).orElseThrow().name().en();
    }

    private void fill(String query, String text) {
        TextField f = reveal(query);
        interact(f::clear);
        clickOn(f).write(text);
    }

    @Test
    void exitSelectionAndAGateOfTheSelectedInstrumentReachThePassport() {
        openScenarioAt(WizardStep.INSTRUMENTS);
        // the scenario ships with v2 terms: start the first two instruments from a version 1 draft, text only
        interact(() -> wizard().edit(p -> p
                .replaceInstrument(0, p.instruments().get(0).withExit(null).withSelection(null).withGates(List.of()))
                .replaceInstrument(1, p.instruments().get(1).withExit(null).withSelection(null).withGates(List.of()))));
        WaitForAsyncUtils.waitForFxEvents();
        SelectedInstrument target = wizard().passport().instruments().get(1);
        SelectedInstrument untouched = wizard().passport().instruments().get(0);
        String name = instrumentName(target.instrument());
        clickOn(lookup("#field-instruments .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(name))
                .findFirst().orElseThrow());

        fill("#field-instruments-exit-sunsetYear", "2029");
        pick("#field-instruments-exit-trigger", m.get(ExitTrigger.PERFORMANCE.messageKey()));
        pick("#field-instruments-selection-method", m.get(SelectionMethod.PRE_QUALIFIED_CALL.messageKey()));
        // the scenario's instruments may carry gates already: the new one is the next row
        int added = target.gates().size();
        clickOn((Node) reveal("#add-gate"));
        fill("#gate-" + added + "-year", "2028");
        String kpi = wizard().passport().kpis().get(2).kpi();
        pick("#gate-" + added + "-kpi", kpiName(kpi));
        fill("#gate-" + added + "-threshold", "45");
        pick("#gate-" + added + "-onFail", m.get(GateAction.REDUCE.messageKey()));
        WaitForAsyncUtils.waitForFxEvents();

        SelectedInstrument si = wizard().passport().instruments().get(1);
        assertThat(si.instrument()).isEqualTo(target.instrument());
        assertThat(si.exitTerms().sunsetYear()).isEqualTo(2029);
        assertThat(si.exitTerms().trigger()).isEqualTo(ExitTrigger.PERFORMANCE);
        assertThat(si.selectionTerms().method()).isEqualTo(SelectionMethod.PRE_QUALIFIED_CALL);
        List<InstrumentGate> expected = new java.util.ArrayList<>(target.gates());
        expected.add(new InstrumentGate(2028, kpi, 45.0, GateAction.REDUCE));
        assertThat(si.gates()).containsExactlyElementsOf(expected);
        // the other instruments are untouched
        SelectedInstrument first = wizard().passport().instruments().get(0);
        assertThat(first).isEqualTo(untouched);
        int firstGates = first.gates().size();

        // the terms follow the selection: another instrument shows its own (empty) terms
        reveal("#field-instruments");
        clickOn(lookup("#field-instruments .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getText() != null
                        && c.getText().startsWith(instrumentName(wizard().passport().instruments().get(0).instrument())))
                .findFirst().orElseThrow());
        assertThat(((TextField) node("#field-instruments-exit-sunsetYear")).getText())
                .isEqualTo(first.exitTerms().sunsetYear() == null ? "" : String.valueOf(first.exitTerms().sunsetYear()));
        assertThat(lookup("#gate-" + firstGates).tryQuery()).isEmpty();

        // undo takes the last gate edit back
        interact(() -> wizard().undo());
        assertThat(wizard().passport().instruments().get(1).gates().get(added).onFail()).isNull();
    }

    @Test
    void governanceToolsAreListedApartAndSuggestionsThatAnswerTheProblemAreMarked() {
        openScenarioAt(WizardStep.INSTRUMENTS);
        Recommendation r = wizard().recommendationProperty().get();
        ListView<Scored<Instrument>> support = node("#suggestion-list");
        ListView<Scored<Instrument>> governance = node("#governance-list");
        assertThat(governance.getItems()).isNotEmpty().allMatch(s -> s.item().governance());
        assertThat(support.getItems()).isNotEmpty().noneMatch(s -> s.item().governance());

        String mark = m.get("wizard.instruments.answers");
        List<ListCell<?>> cells = lookup("#suggestion-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).<ListCell<?>>map(n -> (ListCell<?>) n).toList();
        assertThat(cells).isNotEmpty();
        for (ListCell<?> c : cells) {
            Instrument i = ((Scored<?>) c.getItem()).item() instanceof Instrument x ? x : null;
            assertThat(c.getText().contains(mark)).as(c.getText()).isEqualTo(r.answers(i));
        }
        assertThat(cells).anyMatch(c -> c.getText().contains(mark));

        Scored<Instrument> tool = governance.getItems().stream()
                .filter(s -> wizard().passport().instruments().stream().noneMatch(i -> i.instrument().equals(s.item().id())))
                .findFirst().orElseThrow();
        reveal("#governance-list");
        interact(() -> governance.scrollTo(tool));
        clickOn(lookup("#governance-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() == tool).findFirst().orElseThrow());
        assertThat(text("#governance-reasons")).contains(tool.item().description().en());
        clickOn((Node) reveal("#add-governance"));
        assertThat(wizard().passport().instruments()).anyMatch(i -> i.instrument().equals(tool.item().id()));
    }

    @Test
    void theReviewTypeDecidesIndependence() {
        openScenarioAt(WizardStep.PHASES);
        assertThat(wizard().passport().review().independent()).isTrue();
        pick("#field-review-type", m.get(ReviewType.INTERNAL.messageKey()));
        assertThat(wizard().passport().review().type()).isEqualTo(ReviewType.INTERNAL);
        assertThat(wizard().passport().review().independent()).isFalse();
        CheckBox independent = node("#field-review-independent");
        assertThat(independent.isSelected()).isFalse();
        assertThat(independent.isDisabled()).isTrue();
        // other review edits keep the type
        TextField body = reveal("#field-review-body");
        clickOn(body).write(" (internal audit)");
        assertThat(wizard().passport().review().type()).isEqualTo(ReviewType.INTERNAL);
        pick("#field-review-type", m.get(ReviewType.EXTERNAL_INDEPENDENT.messageKey()));
        assertThat(wizard().passport().review().independent()).isTrue();
        assertThat(independent.isSelected()).isTrue();
    }
}
