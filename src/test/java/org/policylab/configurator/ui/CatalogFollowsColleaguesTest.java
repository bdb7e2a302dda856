package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, point 3: an open catalog browser follows a colleague's catalog edit. The colleague is a second workspace
 * object on the same folder (as a command line would be); a planner's own workspace announces nothing, so the test
 * gives the window the announcement a team server would send ({@link MainWindow#catalogChanged}, what the window's
 * listener calls; {@code TeamWindowTest} hears a real one from PostgreSQL).
 */
class CatalogFollowsColleaguesTest extends UiTestBase {
    private static final String ID = "regional-venture-funds";

    private void openAndSelect(String search) {
        clickOn("#open-catalog");
        clickOn("#catalog-search").write(search);
        clickOn(lookup("#catalog-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof CatalogEntry e && e.id().equals(ID)).findFirst().orElseThrow());
    }

    /** A colleague renames the entry in English, on their own workspace object, and the window hears of it. */
    private void colleagueRenames(String name) {
        try (Workspace colleague = Workspace.open(home)) {
            Instrument i = colleague.catalog().instrument(ID).orElseThrow();
            colleague.catalogRepository().save(i.withName(LocalizedText.of(name, i.name().ru(), i.name().kk())));
        }
        interact(window::catalogChanged);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String stored() {
        try (Workspace again = Workspace.open(home)) {
            return again.catalog().instrument(ID).orElseThrow().name().en();
        }
    }

    @Test
    void theListAndTheEntryShownFollowAColleaguesEditKeepingSearchAndSelection() {
        openAndSelect("venture");
        colleagueRenames("Regional venture funds (renamed by a colleague)");
        ListView<CatalogEntry> list = node("#catalog-list");
        assertThat(this.<TextField>node("#catalog-search").getText()).isEqualTo("venture");
        assertThat(list.getItems()).extracting(e -> e.name().en()).contains("Regional venture funds (renamed by a colleague)");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(ID);
        assertThat(this.<TextField>node("#catalog-edit-name").getText()).isEqualTo("Regional venture funds (renamed by a colleague)");
        assertThat(text("#catalog-status")).isEqualTo("A colleague changed the catalog — shown now");
        // no dialog asked anything: only the main window is showing
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)).hasSize(1);
        // an announcement that changed nothing of what is listed (a reconnect reads everything again) says nothing
        interact(() -> ((javafx.scene.control.Label) node("#catalog-status")).setText(""));
        interact(window::catalogChanged);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#catalog-status")).isEmpty();
        assertThat(this.<TextField>node("#catalog-edit-name").getText()).isEqualTo("Regional venture funds (renamed by a colleague)");
    }

    @Test
    void unsavedEditsAreNotReplacedAndTheirSaveIsCheckedAgainstTheColleaguesVersion() {
        openAndSelect("venture");
        TextField name = node("#catalog-edit-name");
        interact(name::clear);
        clickOn(name).write("Mine: regional venture funds");
        colleagueRenames("Theirs: regional venture funds");
        assertThat(this.<TextField>node("#catalog-edit-name").getText()).as("what the planner typed").isEqualTo("Mine: regional venture funds");
        assertThat(text("#catalog-status")).startsWith("A colleague saved").contains("your unsaved changes are kept");
        ListView<CatalogEntry> list = node("#catalog-list");
        assertThat(list.getItems()).extracting(e -> e.name().en()).contains("Theirs: regional venture funds");
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)).hasSize(1);

        // saving is refused: the colleague's version is not overwritten silently
        clickOn("#catalog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#catalog-status")).contains("Not saved").contains("save again to keep them");
        assertThat(stored()).isEqualTo("Theirs: regional venture funds");
        assertThat(this.<TextField>node("#catalog-edit-name").getText()).isEqualTo("Mine: regional venture funds");
        // saving again, told so, keeps mine
        clickOn("#catalog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#catalog-status")).startsWith("Saved");
        assertThat(stored()).isEqualTo("Mine: regional venture funds");
    }

    @Test
    void anEditOfAnotherEntryKeepsTheUnsavedOneAndSavesIt() {
        openAndSelect("venture");
        TextField name = node("#catalog-edit-name");
        interact(name::clear);
        clickOn(name).write("Mine only");
        try (Workspace colleague = Workspace.open(home)) {
            Instrument other = colleague.catalog().instrument("rd-grants").orElseThrow();
            colleague.catalogRepository().save(other.withName(LocalizedText.of("R&D grants (colleague)", other.name().ru(), other.name().kk())));
        }
        interact(window::catalogChanged);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#catalog-status")).isEqualTo("A colleague changed the catalog — your unsaved changes here are kept");
        assertThat(this.<TextField>node("#catalog-edit-name").getText()).isEqualTo("Mine only");
        clickOn("#catalog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEqualTo("Mine only");
        try (Workspace again = Workspace.open(home)) {
            assertThat(again.catalog().instrument("rd-grants").orElseThrow().name().en()).isEqualTo("R&D grants (colleague)");
        }
    }
}
