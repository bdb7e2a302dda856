package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.monitoring.Revisions;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.Monitoring;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/** Approved revisions in the workspace: frozen, kept across reopening, never overwritten whatever asks. */
class RevisionStoreTest {
    @TempDir
    Path dir;

    private static ProgramPassport draft() {
        return Fixtures.good().withId("program-1").withRevision(Revision.firstDraft());
    }

    @Test
    void approvingStoresTheRevisionFrozenAndTheNextRevisionsDraftAndBothSurviveReopening() {
        ProgramPassport approvedAs;
        try (Workspace ws = Workspace.open(dir)) {
            ws.drafts().save(draft());
            ProgramPassport next = ws.gateway().approve(draft(), "2026-12-15", "Government", "Resolution No. 1024").join();
            assertThat(next.revisionOrFirst()).isEqualTo(new Revision(2, null, null, null));
            assertThat(ws.drafts().load("program-1").orElseThrow().revisionOrFirst().number()).isEqualTo(2);
            approvedAs = ws.revisions().load("program-1", 1).orElseThrow();
            assertThat(approvedAs.revisionOrFirst()).isEqualTo(new Revision(1, "2026-12-15", "Government", "Resolution No. 1024"));
            assertThat(approvedAs.withRevision(null)).isEqualTo(draft().withRevision(null));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.gateway().revisions("program-1").join()).containsExactly(
                    new RevisionStore.RevisionSummary("program-1", 1, "2026-12-15", "Government", "Resolution No. 1024"));
            assertThat(ws.gateway().loadRevision("program-1", 1).join()).contains(approvedAs);
            assertThat(ws.gateway().latestRevision("program-1").join()).contains(approvedAs);
            assertThat(ws.revisions().list("other-program")).isEmpty();
        }
    }

    @Test
    void anApprovedRevisionIsNeverOverwrittenByASecondApprovalOrAChangedPlanAndTheDraftStaysAsItWas() {
        try (Workspace ws = Workspace.open(dir)) {
            ProgramPassport next = ws.revisions().approve(draft(), "2026-12-15", "Government", "No. 1024");
            ProgramPassport stored = ws.revisions().load("program-1", 1).orElseThrow();

            // the same draft approved again (an undo across the approval, a second window): refused
            assertThatThrownBy(() -> ws.revisions().approve(draft(), "2027-01-10", "Someone else", "No. 1"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("revision 1").hasMessageContaining("frozen");
            // a passport that claims to be approved revision 1 with another plan: refused, and the draft row is untouched too
            ProgramPassport forged = Revisions.approve(draft().withTitle("Another plan"), "2026-12-15", "Government", "No. 1024");
            assertThatThrownBy(() -> ws.drafts().save(forged)).isInstanceOf(WorkspaceException.class).hasMessageContaining("frozen");

            assertThat(ws.revisions().load("program-1", 1)).contains(stored);
            assertThat(ws.revisions().list("program-1")).hasSize(1);
            assertThat(ws.drafts().load("program-1")).contains(next);
        }
    }

    @Test
    void theDatabaseItselfRefusesToUpdateReplaceOrDeleteARevision() throws SQLException {
        try (Workspace ws = Workspace.open(dir)) {
            ws.revisions().approve(draft(), "2026-12-15", "Government", "No. 1024");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             Statement st = c.createStatement()) {
            for (String sql : List.of("UPDATE revision SET json = '{}'",
                    "DELETE FROM revision",
                    "INSERT OR REPLACE INTO revision (program_id, number, approved_on, approved_by, json, stored_at)"
                            + " VALUES ('program-1', 1, '2030-01-01', 'x', '{}', 'now')")) {
                assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("frozen");
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.revisions().load("program-1", 1).orElseThrow().revisionOrFirst().approvedOn()).isEqualTo("2026-12-15");
        }
    }

    @Test
    void anApprovedPassportFromOutsideIsKeptAsItsRevisionAndItsMonitoringCarriesOnWithoutChangingIt() {
        ProgramPassport approved = Revisions.approve(draft(), "2026-12-15", "Government", "No. 1024");
        try (Workspace ws = Workspace.open(dir)) {
            ws.drafts().save(approved, "ai-talent-drain");
            Actual actual = new Actual(approved.kpis().get(0).kpi(), Period.year(2027), 12.0, "statistics", null, null);
            ProgramPassport monitored = approved.withMonitoring(Monitoring.empty().withActuals(List.of(actual)));
            ws.drafts().save(monitored);

            assertThat(ws.drafts().load("program-1").orElseThrow().monitoringOrEmpty().actuals()).containsExactly(actual);
            assertThat(ws.revisions().load("program-1", 1)).contains(approved);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.drafts().load("program-1").orElseThrow().monitoringOrEmpty().actuals()).hasSize(1);
            assertThat(ws.revisions().list("program-1")).hasSize(1);
        }
    }

    @Test
    void anOlderWorkspaceGetsTheRevisionTableByItsMigrationAndKeepsItsDrafts() throws SQLException {
        // a workspace as version 3 left it (migrations 1 to 3), with a draft in it
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             Statement st = c.createStatement()) {
            for (int v = 1; v <= 3; v++) {
                for (String sql : Migrations.STEPS.get(v - 1)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 3");
            try (var ps = c.prepareStatement("INSERT INTO draft (id, title, json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, "program-1");
                ps.setString(2, draft().title());
                ps.setString(3, org.policylab.configurator.io.JsonInput.mapper().writeValueAsString(draft()));
                ps.setString(4, "2026-01-01T00:00:00Z");
                ps.setString(5, "2026-01-01T00:00:00Z");
                ps.executeUpdate();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.openedAtVersion()).isEqualTo(3);
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(ws.drafts().load("program-1")).isPresent();
            ws.revisions().approve(draft(), "2026-12-15", "Government", null);
            assertThat(ws.revisions().list("program-1")).hasSize(1);
        }
    }
}
