package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * The planner's own workspace behaves as the team one does: a save based on an old version (the window and a command
 * line on one file) is refused with both sides, never written over the other.
 */
class VersionsTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesOnOneFileCannotOverwriteEachOthersDraft() {
        ProgramPassport p = Fixtures.good().withId("p1").withRevision(Revision.firstDraft());
        try (Workspace window = Workspace.open(dir); Workspace cli = Workspace.open(dir)) {
            window.drafts().save(p.withTitle("One"));
            ProgramPassport w = window.drafts().load("p1").orElseThrow();
            ProgramPassport c = cli.drafts().load("p1").orElseThrow();
            cli.drafts().save(c.withTitle("From the command line"));
            assertThatThrownBy(() -> window.drafts().save(w.withTitle("From the window")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.currentVersion()).isEqualTo(2);
                        assertThat(e.theirs().orElseThrow().title()).isEqualTo("From the command line");
                        assertThat(e.mine().title()).isEqualTo("From the window");
                        assertThat(e.by()).isEqualTo(System.getProperty("user.name"));
                    });
            assertThat(cli.drafts().load("p1").orElseThrow().title()).isEqualTo("From the command line");
            // keep mine: saved over their version
            window.drafts().saveOver(w.withTitle("From the window"), 2);
            assertThat(cli.drafts().list()).singleElement().satisfies(d -> {
                assertThat(d.title()).isEqualTo("From the window");
                assertThat(d.version()).isEqualTo(3);
            });
            // a deletion based on an old version is refused too
            assertThatThrownBy(() -> cli.drafts().delete("p1")).isInstanceOf(ConflictException.class);
            assertThat(window.drafts().load("p1")).isPresent();
        }
    }

    @Test
    void successiveSavesOfOneClientNeverConflictAndCountVersions() {
        ProgramPassport p = Fixtures.good().withId("p2").withRevision(Revision.firstDraft());
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 5; i++) {
                ws.drafts().save(p.withTitle("Edit " + i));
            }
            assertThat(ws.drafts().versionSeen("p2")).contains(5);
            assertThat(ws.drafts().list()).singleElement().satisfies(d -> assertThat(d.version()).isEqualTo(5));
        }
    }

    @Test
    void aCatalogEntryEditedInTwoPlacesIsAConflictNotAnOverwrite() {
        try (Workspace a = Workspace.open(dir); Workspace b = Workspace.open(dir)) {
            Instrument first = a.catalog().instruments().get(0);
            b.catalog();
            a.catalogRepository().save(first);
            assertThatThrownBy(() -> b.catalogRepository().save(first))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.subject()).isEqualTo(ConflictException.Subject.CATALOG_ENTRY);
                        assertThat(e.id()).isEqualTo(EntryKind.INSTRUMENTS.id() + "/" + first.id());
                    });
        }
    }

    @Test
    void migrationFiveGivesEveryExistingDraftAVersionAndItsRevisionNumber() throws Exception {
        ProgramPassport p = Fixtures.good().withId("old").withRevision(new Revision(3, null, null, null));
        // a workspace as version 4 left it, with a draft at revision 3
        java.nio.file.Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             Statement st = c.createStatement()) {
            for (int v = 1; v <= 4; v++) {
                for (String sql : Migrations.STEPS.get(v - 1)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 4");
            try (var ps = c.prepareStatement("INSERT INTO draft (id, title, json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, "old");
                ps.setString(2, p.title());
                ps.setString(3, org.policylab.configurator.io.JsonInput.mapper().writeValueAsString(p));
                ps.setString(4, "2026-01-01T00:00:00Z");
                ps.setString(5, "2026-01-01T00:00:00Z");
                ps.executeUpdate();
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.openedAtVersion()).isEqualTo(4);
            assertThat(ws.drafts().list()).singleElement().satisfies(d -> {
                assertThat(d.version()).isEqualTo(1);
                assertThat(d.revision()).isEqualTo(3);
                assertThat(d.updatedBy()).isEmpty();
            });
            ProgramPassport open = ws.drafts().load("old").orElseThrow();
            ws.drafts().save(open.withTitle("Saved after the upgrade"));
            assertThat(ws.drafts().list()).singleElement().satisfies(d -> assertThat(d.version()).isEqualTo(2));
        }
    }
}
