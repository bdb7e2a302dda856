package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.passport.WizardStep;

/** Issue 2: the main window opens headless, and the planner can move through the step list. */
class MainWindowTest extends UiTestBase {
    @Test
    void startScreenThenEveryStepOfTheWizard() {
        assertThat(lookup("#start-screen").tryQuery()).isPresent();
        clickOn("#new-draft");
        ListView<WizardStep> steps = node("#step-list");
        assertThat(steps.getItems()).containsExactly(WizardStep.values());
        for (WizardStep s : WizardStep.values()) {
            clickOn("#step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(s);
            String title = org.policylab.configurator.i18n.Messages.of(org.policylab.configurator.i18n.Language.EN).get(s.titleKey());
            assertThat(lookup(".step-heading").queryAllAs(javafx.scene.control.Label.class))
                    .anyMatch(n -> n.getText().equals(title) && n.getScene() != null);
        }
    }

    @Test
    void nextIsDisabledUntilTheStepIsValid() {
        clickOn("#new-draft");
        javafx.scene.control.Button next = node("#wizard-next");
        // a new draft has a title but no problem yet
        assertThat(next.isDisabled()).isTrue();
        assertThat(text("#wizard-why")).contains("problem");
        // the problem list carries a ControlsFX error decoration until a problem is chosen
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent root = stage.getScene().getRoot();
        assertThat(root.getClass().getSimpleName()).isEqualTo("DecorationPane");
        int decorated = root.lookupAll(".image-view").size();
        assertThat(decorated).isPositive();
        clickOn("#problem-search").write("talent");
        clickOn("Talent drain");
        assertThat(next.isDisabled()).isFalse();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.lookupAll(".image-view").size()).isLessThan(decorated);
        clickOn("#wizard-next");
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(WizardStep.CONTEXT);
        assertThat(next.isDisabled()).isTrue();
    }
}
