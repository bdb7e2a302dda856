package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.passport.WizardStep;

/** Issue 5: the wizard works from the keyboard alone — Tab between fields, arrows in lists, Alt+N for Next. */
class KeyboardTest extends UiTestBase {
    @Test
    void aStepCanBeCompletedWithTheKeyboard() {
        clickOn("#new-draft");
        clickOn("#problem-search");
        write("talent");
        type(KeyCode.TAB);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("field-diagnosis-problem");
        clickOn("#problem-search");
        type(KeyCode.ENTER);
        assertThat(window.wizard().orElseThrow().passport().diagnosis().problem()).isEqualTo("talent-drain");
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("field-diagnosis-problem");
        press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(WizardStep.CONTEXT);
        press(KeyCode.ALT).press(KeyCode.B).release(KeyCode.B).release(KeyCode.ALT);
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(WizardStep.PROBLEM);
    }

    @Test
    void theStartScreenOpensADraftWithEnter() {
        clickOn("#new-draft");
        // a new program is stored once the planner changes it (issue 13): give it a title and let it save
        type(KeyCode.END);
        write(" 2027");
        interact(() -> window.wizard().orElseThrow().saveNow());
        String id = window.wizard().orElseThrow().passport().id();
        // the title field has the focus, and a text field keeps Ctrl+H for itself: leave it for the step list
        interact(() -> lookup("#step-list").query().requestFocus());
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("step-list");
        press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(lookup("#start-screen").tryQuery()).isPresent();
        clickOn("#drafts-list");
        type(KeyCode.HOME);
        type(KeyCode.ENTER);
        assertThat(window.wizard().orElseThrow().passport().id()).isEqualTo(id);
        assertThat(lookup("#wizard").tryQuery()).isPresent();
    }
}
