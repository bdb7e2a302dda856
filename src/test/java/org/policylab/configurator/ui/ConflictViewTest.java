package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: the window and another client (a command line, a colleague) save one draft; the window's save is refused
 * and a bar above the wizard offers to compare; the conflict view shows both sides, field by field; the planner keeps
 * mine, takes theirs, or ticks the fields where mine stays and merges.
 */
class ConflictViewTest extends UiTestBase {
    private String openDraftChangedElsewhere() throws Exception {
        ProgramPassport p = Fixtures.good().withId("shared-draft").withTitle("Original").withRevision(Revision.firstDraft());
        interact(() -> window.openDraft(p));
        WaitForAsyncUtils.waitForFxEvents();
        // meanwhile another process on the same workspace saves the draft
        try (Workspace other = Workspace.open(home)) {
            ProgramPassport theirs = other.drafts().load("shared-draft").orElseThrow();
            other.drafts().save(theirs.withTitle("From the command line").withResponsibleBody("Their ministry"));
        }
        TextField title = node("#field-title");
        // the cursor goes into the field before anything is edited, while the form stands still: the clear starts the
        // autosave timer, that save is refused, and the bar then comes above the wizard and moves the form down — a
        // click aimed at the field just then would land above it (on the step's intro) and the typing go nowhere
        clickOn("#field-title");
        assertThat(title.isFocused()).isTrue();
        interact(title::clear);
        write("Typed in the window");
        interact(() -> window.wizard().orElseThrow().saveNow());
        // the refused save is a bar above the wizard, not a window over the field being typed in
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#live-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(this.<Label>node("#live-newer").getText()).contains(System.getProperty("user.name"));
        assertThat(lookup("#conflict-keep-mine").tryQuery()).isEmpty();
        assertThat(title.getText()).isEqualTo("Typed in the window");
        clickOn("#live-compare");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#conflict-keep-mine").tryQuery().isPresent());
        return "shared-draft";
    }

    private ProgramPassport stored(String id) {
        try (Workspace other = Workspace.open(home)) {
            return other.drafts().load(id).orElseThrow();
        }
    }

    @Test
    void keepMineWritesMineOverTheirsOnlyWhenThePlannerSaysSo() throws Exception {
        String id = openDraftChangedElsewhere();
        Label message = node("#conflict-message");
        assertThat(message.getText()).contains(System.getProperty("user.name")).contains("version 2");
        assertThat(lookup("#conflict-row-title").tryQuery()).isPresent();
        assertThat(lookup("#conflict-row-responsibleBody").tryQuery()).isPresent();
        // until the planner chooses, theirs is what is stored
        assertThat(stored(id).title()).isEqualTo("From the command line");
        clickOn("#conflict-keep-mine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id).title()).isEqualTo("Typed in the window");
        assertThat(window.wizard().orElseThrow().conflictProperty().get()).isNull();
        assertThat(lookup("#live-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).as("the bar goes").isFalse();
    }

    @Test
    void eachDifferingFieldIsARowAndTickingOneChangesTheMerge() throws Exception {
        String id = openDraftChangedElsewhere();
        // the title both changed (marked, mine to start with); the responsible body only they changed (theirs)
        javafx.scene.control.CheckBox title = node("#conflict-row-title");
        javafx.scene.control.CheckBox body = node("#conflict-row-responsibleBody");
        assertThat(title.isSelected()).isTrue();
        assertThat(lookup("#conflict-row-title-both").tryQuery()).isPresent();
        assertThat(body.isSelected()).isFalse();
        assertThat(body.getText()).as("the wizard's label, and who changed it").contains("Responsible body").contains("changed by them");
        Label result = node("#conflict-result");
        String before = result.getText();
        assertThat(before).contains("1").doesNotContain("2");
        clickOn("#conflict-row-responsibleBody");
        assertThat(body.isSelected()).isTrue();
        assertThat(result.getText()).as("ticking a row changes what the merge takes").isNotEqualTo(before).contains("2");
        clickOn("#conflict-merge");
        WaitForAsyncUtils.waitForFxEvents();
        ProgramPassport merged = stored(id);
        assertThat(merged.title()).isEqualTo("Typed in the window");
        assertThat(merged.responsibleBody()).as("ticked: mine").isEqualTo(Fixtures.good().responsibleBody());
    }

    @Test
    void mergingTakesTheTickedFieldsFromMineAndTheRestFromTheirs() throws Exception {
        String id = openDraftChangedElsewhere();
        clickOn("#conflict-merge");
        WaitForAsyncUtils.waitForFxEvents();
        ProgramPassport merged = stored(id);
        assertThat(merged.title()).isEqualTo("Typed in the window");
        assertThat(merged.responsibleBody()).isEqualTo("Their ministry");
        // the window shows the merge, and the next edit saves without another conflict
        assertThat(window.wizard().orElseThrow().passport().responsibleBody()).isEqualTo("Their ministry");
        TextField title = node("#field-title");
        clickOn("#field-title");
        interact(title::end);
        write("!");
        interact(() -> window.wizard().orElseThrow().saveNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id).title()).isEqualTo("Typed in the window!");
        assertThat(lookup("#conflict-keep-mine").tryQuery()).isEmpty();
    }

    @Test
    void aSaveRefusedWhileThePlannerTypesLeavesTheFieldAndItsTypingAlone() throws Exception {
        ProgramPassport p = Fixtures.good().withId("typed-draft").withTitle("Original").withRevision(Revision.firstDraft());
        interact(() -> window.openDraft(p));
        WaitForAsyncUtils.waitForFxEvents();
        try (Workspace other = Workspace.open(home)) {
            ProgramPassport theirs = other.drafts().load("typed-draft").orElseThrow();
            other.drafts().save(theirs.withTitle("From the command line"));
        }
        TextField title = node("#field-title");
        clickOn("#field-title");
        interact(title::clear);
        write("Typed in ");
        // mid-word the save of what is typed so far is refused: the bar comes above the wizard
        interact(() -> window.wizard().orElseThrow().saveNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#live-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).isTrue();
        write("the window");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<TextField>node("#field-title")).as("the same field, not a rebuilt one").isSameAs(title);
        assertThat(title.isFocused()).as("the bar takes no focus from the field").isTrue();
        assertThat(title.getText()).isEqualTo("Typed in the window");
        assertThat(window.wizard().orElseThrow().passport().title()).isEqualTo("Typed in the window");
        // nothing replaced theirs unasked, and nothing of theirs replaced the typing
        assertThat(stored("typed-draft").title()).isEqualTo("From the command line");
    }

    @Test
    void takeTheirsPutsTheirDraftInTheWindow() throws Exception {
        String id = openDraftChangedElsewhere();
        clickOn("#conflict-take-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = node("#field-title");
        assertThat(title.getText()).isEqualTo("From the command line");
        assertThat(stored(id).title()).isEqualTo("From the command line");
    }
}
