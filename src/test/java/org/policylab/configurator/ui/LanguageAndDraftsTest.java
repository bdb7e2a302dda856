package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.DraftStore;
import org.policylab.configurator.store.Settings;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 5: the whole window follows the language menu; drafts come back after the app is killed. */
class LanguageAndDraftsTest extends UiTestBase {
    @Test
    void switchingToKazakhTranslatesTheWindowAndIsRemembered() {
        clickOn("#new-draft");
        clickOn("Language");
        clickOn("#language-kk");
        Messages kk = Messages.of(Language.KK);
        Button next = node("#wizard-next");
        assertThat(next.getText().replace("_", "")).isEqualTo(kk.get("wizard.next").replace("_", ""));
        assertThat(lookup(".step-heading").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().equals(kk.get("wizard.step.problem")));
        assertThat(lookup("#step-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anyMatch(c -> c.getText() != null && c.getText().endsWith(kk.get("wizard.step.context")));
        assertThat(kk.get("wizard.step.problem")).isNotEqualTo(Messages.of(Language.EN).get("wizard.step.problem"));
        // catalog content follows too
        clickOn("#problem-search").write("кадр");
        ListView<?> problems = node("#field-diagnosis-problem");
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(workspace.settings().get(Settings.LANGUAGE)).contains("kk");
        assertThat(DesktopApp.initialLanguage(workspace)).isEqualTo(Language.KK);
    }

    @Test
    void aKilledAppComesBackWithTheLastAutosavedDraft() throws Exception {
        clickOn("#new-draft");
        TextField title = node("#field-title");
        interact(title::clear);
        clickOn("#field-title").write("Metallurgy retraining 2027");
        clickOn("#problem-search").write("decline");
        clickOn(lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof org.policylab.configurator.catalog.Problem p && p.id().equals("industry-decline"))
                .findFirst().orElseThrow());
        // autosave lands within 2 s of the last change
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.wizard().orElseThrow().passport().id();
        // no orderly shutdown: a second process opens the same workspace as after a crash
        try (Workspace after = Workspace.open(home)) {
            assertThat(after.drafts().list()).extracting(DraftStore.DraftSummary::title).contains("Metallurgy retraining 2027");
            ProgramPassport p = after.drafts().load(id).orElseThrow();
            assertThat(p.diagnosis().problem()).isEqualTo("industry-decline");
        }
        // and the start screen lists it
        clickOn("File");
        clickOn(Messages.of(Language.EN).get("menu.file.start"));
        ListView<DraftStore.DraftSummary> drafts = node("#drafts-list");
        assertThat(drafts.getItems()).extracting(DraftStore.DraftSummary::title).contains("Metallurgy retraining 2027");
        clickOn(lookup("#drafts-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Metallurgy retraining 2027")).findFirst().orElseThrow());
        clickOn("#draft-open");
        assertThat(window.wizard().orElseThrow().passport().title()).isEqualTo("Metallurgy retraining 2027");
    }
}
