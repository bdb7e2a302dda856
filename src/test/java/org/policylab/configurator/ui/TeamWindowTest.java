package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;
import org.policylab.configurator.store.TcpProxy;
import org.policylab.configurator.store.TeamAddress;
import org.policylab.configurator.store.TeamServer;
import org.policylab.configurator.store.Workspace;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a team workspace (a real PostgreSQL): its connection line, who else has the draft open, offline. */
@ExtendWith(TeamServer.class)
class TeamWindowTest extends UiTestBase {
    static TeamAddress db;
    static TeamAddress planner;
    static TeamAddress colleague;
    private TcpProxy proxy;

    @BeforeAll
    static void server() throws Exception {
        db = TeamServer.freshDatabase();
        try (Workspace admin = Workspace.initTeam(db, Files.createTempDirectory("pc-team-admin"))) {
            admin.schemaVersion();
        }
        planner = TeamServer.login(db, "planner");
        colleague = TeamServer.login(db, "planner");
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            TeamServer.dropDatabase(db);
        }
    }

    @Override
    Workspace openWorkspace(java.nio.file.Path home) throws java.io.IOException {
        proxy = new TcpProxy(db.host(), db.port());
        return Workspace.openTeam(TeamServer.via(planner, proxy.port()), home, true);
    }

    @AfterEach
    void closeProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    private String status() {
        return this.<Label>node("#team-status").getText();
    }

    @Test
    void aDraftAColleagueSavesAppearsOnTheStartScreen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        String id = TeamServer.random("colleagues-");
        try (Workspace other = Workspace.openTeam(colleague, home.resolve("colleague"), false)) {
            other.drafts().save(Fixtures.good().withId(id).withTitle("A colleague's program").withRevision(Revision.firstDraft()));
        }
        // the start screen is built again when the save is announced (the list may be absent while it is)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#drafts-list").tryQuery()
                .map(n -> ((javafx.scene.control.ListView<?>) n).getItems().stream()
                        .map(org.policylab.configurator.store.DraftStore.DraftSummary.class::cast)
                        .anyMatch(d -> d.id().equals(id) && d.updatedBy().equals(colleague.user())))
                .orElse(false));
    }

    @Test
    void theConnectionLineSaysWhereAndWhoElseHasTheDraftOpenAndWhenTheServerIsGone() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        assertThat(status()).contains(db.database());
        // the role the server gives the login, named beside it
        assertThat(status()).contains(planner.user() + " — planner");
        String id = TeamServer.random("window-");
        ProgramPassport p = Fixtures.good().withId(id).withRevision(Revision.firstDraft());
        interact(() -> window.openDraft(p));
        try (Workspace other = Workspace.openTeam(colleague, home.resolve("colleague"), false)) {
            other.presence().open(id);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(colleague.user()));
            other.presence().close(id);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status().contains(colleague.user()));
        }
        // the server goes away: the line says so, and an edit is kept on the local copy, waiting
        proxy.cut();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, workspace::isOffline);
        interact(() -> window.wizard().orElseThrow().edit(x -> x.withTitle("Edited while offline")));
        interact(() -> window.wizard().orElseThrow().saveNow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains("1"));
        assertThat(status()).contains("offline");
        // back: the listener reconnects, the save reaches the server, the line says connected
        proxy.restore();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workspace.isOffline() && status().contains(planner.user()));
        try (Workspace other = Workspace.openTeam(colleague, home.resolve("colleague2"), false)) {
            assertThat(other.drafts().load(id).orElseThrow().title()).isEqualTo("Edited while offline");
        }
    }

    private boolean barShown() {
        return lookup("#live-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false);
    }

    private String fieldTitle() {
        return lookup("#field-title").tryQuery().map(n -> ((javafx.scene.control.TextField) n).getText()).orElse("");
    }

    @Test
    void anOpenDraftFollowsAColleaguesSaveOrOffersToCompareWhenItHoldsUnsavedEdits() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        String id = TeamServer.random("follow-");
        interact(() -> window.openDraft(Fixtures.good().withId(id).withTitle("Original").withRevision(Revision.firstDraft())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.drafts().versionSeen(id).isPresent());
        try (Workspace other = Workspace.openTeam(colleague, home.resolve("colleague"), false)) {
            // no unsaved edits: the colleague's version is shown, with one line saying whose and when
            other.drafts().save(other.drafts().load(id).orElseThrow().withTitle("The colleague's title"));
            long saved = System.nanoTime();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fieldTitle().equals("The colleague's title"));
            WaitForAsyncUtils.waitForFxEvents();
            System.out.printf("live: a colleague's save shown in the open wizard after %d ms%n", (System.nanoTime() - saved) / 1_000_000);
            assertThat(this.<Label>node("#live-notice").getText()).contains(colleague.user()).contains("shown now");
            assertThat(barShown()).isFalse();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains("saved last by " + colleague.user()));

            // unsaved edits: nothing replaced, a bar offers to compare
            interact(() -> {
                window.wizard().orElseThrow().edit(x -> x.withResponsibleBody("My ministry"));
                window.wizard().orElseThrow().cancelAutosave();
            });
            other.drafts().save(other.drafts().load(id).orElseThrow().withTitle("The colleague again"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::barShown);
            assertThat(this.<Label>node("#live-newer").getText()).contains(colleague.user());
            assertThat(fieldTitle()).isEqualTo("The colleague's title");
            clickOn("#live-compare");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#conflict-row-title").tryQuery().isPresent());
            // the title only they changed stays theirs, the body only I changed stays mine
            assertThat(this.<javafx.scene.control.CheckBox>node("#conflict-row-title").isSelected()).isFalse();
            assertThat(this.<javafx.scene.control.CheckBox>node("#conflict-row-responsibleBody").isSelected()).isTrue();
            clickOn("#conflict-merge");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !barShown());
            ProgramPassport merged = other.drafts().load(id).orElseThrow();
            assertThat(merged.title()).isEqualTo("The colleague again");
            assertThat(merged.responsibleBody()).isEqualTo("My ministry");
            assertThat(fieldTitle()).isEqualTo("The colleague again");
        }
    }

    @Test
    void aColleaguesCatalogEditReachesTheOpenWizardsSuggestions() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        String id = TeamServer.random("catalog-");
        interact(() -> window.openDraft(Fixtures.good().withId(id).withRevision(Revision.firstDraft())));
        var wizard = window.wizard().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.recommendationProperty().get() != null);
        var top = wizard.recommendationProperty().get().instruments().get(0).item();
        TeamAddress editor = TeamServer.login(db, "catalog-editor");
        try (Workspace other = Workspace.openTeam(editor, home.resolve("editor"), false)) {
            var entry = other.catalog().instrument(top.id()).orElseThrow();
            other.catalogRepository().save(entry.withName(org.policylab.configurator.catalog.LocalizedText.of(
                    "Renamed by the catalog editor", entry.name().ru(), entry.name().kk())));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.recommendationProperty().get().instruments().stream()
                .anyMatch(s -> s.item().id().equals(top.id()) && s.item().name().en().equals("Renamed by the catalog editor")));
        assertThat(services.catalog().instrument(top.id()).orElseThrow().name().en()).isEqualTo("Renamed by the catalog editor");
    }

    @Test
    void anOpenCatalogBrowserFollowsAColleaguesCatalogEdit() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        interact(window::showCatalog);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#catalog-search").write("venture");
        javafx.scene.control.ListView<org.policylab.configurator.catalog.CatalogEntry> list = node("#catalog-list");
        var entry = list.getItems().get(0);
        interact(() -> list.getSelectionModel().select(entry));
        String renamed = "Renamed venture entry " + TeamServer.random("");
        TeamAddress editor = TeamServer.login(db, "catalog-editor");
        long saved;
        try (Workspace other = Workspace.openTeam(editor, home.resolve("catalog-editor"), false)) {
            var i = other.catalog().instrument(entry.id()).orElseThrow();
            other.catalogRepository().save(i.withName(org.policylab.configurator.catalog.LocalizedText.of(
                    renamed + " (venture)", i.name().ru(), i.name().kk())));
            saved = System.nanoTime();
        }
        // the announcement reaches the open browser: the list and the entry shown, search and selection kept
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(e -> e.name().en().startsWith(renamed)));
        System.out.printf("catalog edit on the colleague's screen after %.2f s%n", (System.nanoTime() - saved) / 1e9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<javafx.scene.control.TextField>node("#catalog-search").getText()).isEqualTo("venture");
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(entry.id());
        assertThat(this.<javafx.scene.control.TextField>node("#catalog-edit-name").getText()).startsWith(renamed);
        assertThat(this.<Label>node("#catalog-status").getText()).isEqualTo("A colleague changed the catalog — shown now");
    }

    private String commentsShown() {
        return lookup("#review-comments-list").tryQuery().map(n -> ((javafx.scene.layout.VBox) n).getChildren().stream()
                .map(c -> ((Label) c).getText()).collect(java.util.stream.Collectors.joining("\n"))).orElse("");
    }

    @Test
    void theReviewStepShowsTheDraftsCommentsAddsOneAndShowsAColleaguesAsItArrives() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().contains(planner.user()));
        String id = TeamServer.random("comments-");
        interact(() -> window.openDraft(Fixtures.good().withId(id).withRevision(Revision.firstDraft())));
        clickOn("#step-review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#review-comments").tryQuery().isPresent());
        assertThat(commentsShown()).contains("No comments yet");

        clickOn("#review-comment-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<Label>node("#review-comments-status").getText()).contains("empty comment is not added");

        interact(() -> this.<javafx.scene.control.TextArea>node("#review-comment-text").setText("Please check year 2"));
        clickOn("#review-comment-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commentsShown().contains(planner.user() + " · "));
        assertThat(commentsShown()).contains("Please check year 2").doesNotContain("No comments yet");
        assertThat(this.<javafx.scene.control.TextArea>node("#review-comment-text").getText()).isEmpty();
        assertThat(this.<Label>node("#review-comments-status").getText()).isEmpty();

        try (Workspace other = Workspace.openTeam(colleague, home.resolve("colleague"), false)) {
            other.comments().add(id, "Checked, fine");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commentsShown().contains("Checked, fine"));
        String[] lines = commentsShown().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith(planner.user() + " · ").endsWith(" · Please check year 2");
        assertThat(lines[1]).startsWith(colleague.user() + " · ").endsWith(" · Checked, fine");
    }
}
