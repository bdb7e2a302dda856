package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.engine.Comparison;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;

/** Issue 7: scenarios open as drafts; two designs side by side with the differences marked; presentation by keyboard. */
class WorkshopTest extends UiTestBase {
    @Test
    void compareTwoScenariosMarksTheDifferingInstruments() throws Exception {
        clickOn("#open-compare");
        pickChoice("#compare-pick-a", "AI Talent");
        pickChoice("#compare-pick-b", "deliberately flawed");
        clickOn("#compare-run");
        var lib = ScenarioLibrary.shipped();
        Comparison expected = Comparison.of(java.util.List.of(lib.load("ai-talent-drain", Language.EN),
                lib.load("flawed-program", Language.EN)), services.catalog());
        assertThat(expected.differingInstruments()).isNotEmpty();
        for (Comparison.Row r : expected.instruments()) {
            Label l = node("#compare-instrument-" + r.id());
            if (r.shared()) {
                assertThat(l.getStyleClass()).contains("compare-shared");
            } else {
                assertThat(l.getStyleClass()).contains("compare-diff");
                assertThat(l.getText()).startsWith("≠ ");
            }
        }
        assertThat(lookup("#compare-pdf").tryQuery()).isPresent();
    }

    private void pickChoice(String combo, String containing) {
        clickOn(combo);
        clickOn(lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains(containing)).findFirst().orElseThrow());
    }

    @Test
    void aScenarioOpensAsADraftAndPresentsByKeyboard() {
        clickOn(lookup("#scenario-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "biotech-startups".equals(c.getItem())).findFirst().orElseThrow());
        clickOn("#scenario-open");
        assertThat(window.wizard().orElseThrow().passport().context().sector()).isEqualTo("biotech");
        assertThat(workspace.drafts().scenarioOf(window.wizard().orElseThrow().passport().id())).contains("biotech-startups");
        press(KeyCode.F5).release(KeyCode.F5);
        assertThat(lookup("#presentation").tryQuery()).isPresent();
        Label footer = node("#presentation-footer");
        assertThat(footer.getText()).startsWith("Section 1 of 7");
        type(KeyCode.RIGHT);
        type(KeyCode.RIGHT);
        assertThat(footer.getText()).startsWith("Section 3 of 7");
        type(KeyCode.LEFT);
        assertThat(footer.getText()).startsWith("Section 2 of 7");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#presentation").tryQuery()).isEmpty();
        assertThat(lookup("#wizard").tryQuery()).isPresent();
    }
}
