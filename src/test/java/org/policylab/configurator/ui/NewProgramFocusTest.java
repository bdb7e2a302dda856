package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

/**
 * New program leaves the title field with the focus before the window draws its next frame, so the planner's next
 * keystroke goes to the title. It used to look the field up in a task queued for later: in the real window that task
 * often ran before the frame that makes the wizard's scroll pane put its content into the scene, found no title,
 * and the focus went to the step list — typing went nowhere (seen under Xvfb; tests under Monocle usually had the
 * frame first, so they passed).
 */
class NewProgramFocusTest extends UiTestBase {
    @Test
    void theTitleHasTheFocusAsSoonAsNewProgramReturns() {
        Button newProgram = node("#new-draft");
        Node[] owner = new Node[1];
        // pressed and read in one task on the FX thread: no frame, and no task queued by the press, runs in between
        interact(() -> {
            newProgram.fire();
            owner[0] = stage.getScene().getFocusOwner();
        });
        assertThat(owner[0]).as("the window's focus owner right after New program").isNotNull();
        assertThat(owner[0].getId()).isEqualTo("field-title");
        // and it stays there once the wizard is drawn
        assertThat(stage.getScene().getFocusOwner()).isSameAs(owner[0]);
    }
}
