package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 in the real window: the FX thread is refused the database (every UI test checks it
 * made no such call); a new program is not stored until it is changed and has its title field
 * focused; the catalog editor asks before dropping an unsaved edit.
 */
class StoreGatewayUiTest extends UiTestBase {
    private final Messages m = Messages.of(org.policylab.configurator.i18n.Language.EN);

    @Test
    void theDatabaseRefusesTheFxThreadWithAClearMessage() {
        expectedRefusals = 1;
        interact(() -> assertThatThrownBy(() -> workspace.drafts().list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("window's thread")
                .hasMessageContaining("gateway"));
        // off the FX thread the same call is fine
        assertThat(workspace.drafts().list()).isEmpty();
    }

    @Test
    void newProgramTwiceStoresNoEmptyDraftsAndFocusesTheTitle() {
        clickOn("#new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        // the wizard opens once the catalog snapshot is in (read while the start screen was built), then focuses
        assertThatCode(() -> WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#field-title").tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n).orElse(false)))
                .as("the title field has the focus").doesNotThrowAnyException();
        interact(window::showStart);
        clickOn("#new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        interact(window::showStart);
        assertThat(workspace.drafts().list()).as("untouched new programs are not stored").isEmpty();
        ListView<?> drafts = node("#drafts-list");
        assertThat(drafts.getItems()).isEmpty();
        // once changed, the new program is a draft (the window's own last save, as on close)
        clickOn("#new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#field-title");
        type(javafx.scene.input.KeyCode.END);
        write(" 2027");
        interact(() -> window.wizard().orElseThrow().saveNow());
        assertThat(workspace.drafts().list()).extracting(d -> d.title()).containsExactly(m.get("start.untitled") + " 2027");
    }

    private void select(String id) {
        clickOn(lookup("#catalog-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof CatalogEntry e && e.id().equals(id)).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(String key) {
        Button b = lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(x -> m.get(key).equals(x.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + m.get(key) + "' button: the editor did not ask"));
        clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownName() {
        return ((TextField) node("#catalog-edit-name")).getText();
    }

    @Test
    void theCatalogEditorAsksBeforeDroppingAnUnsavedEdit() {
        clickOn("#open-catalog");
        ListView<CatalogEntry> list = node("#catalog-list");
        String first = list.getItems().get(0).id();
        String second = list.getItems().get(1).id();
        select(first);
        TextField name = node("#catalog-edit-name");
        interact(name::clear);
        clickOn("#catalog-edit-name").write("Edited name");

        // keep editing: the edited entry stays selected and the edit stays in the field
        select(second);
        answer("catalog.unsaved.keep");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(first);
        assertThat(shownName()).isEqualTo("Edited name");

        // save: the edit is stored and the other entry is shown
        select(second);
        answer("catalog.unsaved.save");
        assertThat(services.catalog().entry(first).orElseThrow().name().en()).isEqualTo("Edited name");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(second);
        try (Workspace again = Workspace.open(home)) {
            assertThat(again.catalog().entry(first).orElseThrow().name().en()).isEqualTo("Edited name");
        }

        // discard: nothing stored, the next entry shown as it is
        String before = services.catalog().entry(second).orElseThrow().name().en();
        interact(() -> ((TextField) node("#catalog-edit-name")).clear());
        clickOn("#catalog-edit-name").write("Dropped");
        select(first);
        answer("catalog.unsaved.discard");
        assertThat(services.catalog().entry(second).orElseThrow().name().en()).isEqualTo(before);
        assertThat(shownName()).isEqualTo("Edited name");

        // no edit, no question
        select(second);
        assertThat(Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)).isEmpty();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(second);
    }
}
