package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.FxTaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New program pressed in the first moments of a start, while the first catalog snapshot is still being read (issue
 * 16's start: the window is shown before it): the wizard opens once the snapshot is in, with its title field
 * focused, as when the catalog was already there. The workspace's writer is held back here until the planner has
 * pressed the button.
 */
class EarlyNewProgramTest extends UiTestBase {
    private final CountDownLatch snapshot = new CountDownLatch(1);

    @Override
    AppServices services(Workspace workspace) {
        workspace.write(() -> snapshot.await(30, TimeUnit.SECONDS)); // the writer is busy: the snapshot waits
        return AppServices.starting(workspace, new FxTaskRunner());
    }

    @AfterEach
    void letTheWriterGo() {
        snapshot.countDown();
    }

    /**
     * The node is its window's focus owner: what the planner types goes to it once the window is active.
     * ({@code Node.isFocused} also needs the window itself focused, which under Monocle depends on the test
     * classes that ran before.)
     */
    static boolean ownsFocus(Node n) {
        return n.getScene() != null && n.getScene().getFocusOwner() == n;
    }

    @Test
    void newProgramBeforeTheCatalogIsInOpensTheWizardWithTheTitleFocused() {
        assertThat(services.firstCatalog()).as("the snapshot is still being read").isNotDone();
        // pressed as the keyboard or a click does (Button.fire), not by moving the robot's pointer: under Monocle a
        // pointer click lands on whatever window an earlier test class left on top, which made this test depend on
        // the order of the classes
        javafx.scene.control.Button newProgram = node("#new-draft");
        interact(newProgram::fire);
        WaitForAsyncUtils.waitForFxEvents();
        // pressed again while nothing seems to happen, as an impatient planner does: one program opens, once
        interact(newProgram::fire);
        interact(newProgram::fire);
        int[] screens = {0};
        interact(() -> ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).centerProperty()
                .addListener((o, was, now) -> screens[0]++));
        assertThat(lookup("#field-title").tryQuery()).as("no wizard before the catalog is in").isEmpty();

        snapshot.countDown();
        assertThatCode(() -> WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#field-title").tryQuery().map(EarlyNewProgramTest::ownsFocus).orElse(false)))
                .as("the title field has the focus once the wizard opened").doesNotThrowAnyException();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screens[0]).as("times the window's content was replaced after the catalog came in").isEqualTo(1);
    }
}
