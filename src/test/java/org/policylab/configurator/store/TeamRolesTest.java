package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.monitoring.Revisions;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * Issue 17, point 4, against a real PostgreSQL server ({@link TeamServer}): approving is a reviewer's act, enforced by
 * the server whatever the client tries; the client learns the login's roles on connecting; {@code team init} upgrades
 * a database made by schema step 1.
 */
class TeamRolesTest extends TeamStoreTestBase {
    private static ProgramPassport draft(String id) {
        return Fixtures.good().withId(id).withRevision(Revision.firstDraft());
    }

    @Test
    void aPlannerCannotApproveThroughTheAppAndTheMessageIsOneLineInTheWindowsLanguage() throws SQLException {
        TeamAddress planner = TeamServer.login(db, "planner");
        Workspace p = client(planner, "planner");
        String id = TeamServer.random("plan-");
        p.drafts().save(draft(id));
        ProgramPassport open = p.drafts().load(id).orElseThrow();

        assertThatThrownBy(() -> p.revisions().approve(open, "2026-12-15", "Government", "Resolution No. 1"))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    String en = e.message(Messages.of(Language.EN));
                    assertThat(en).contains("only a reviewer approves").contains(planner.user()).doesNotContain("\n");
                    assertThat(e.message(Messages.of(Language.RU))).contains("только проверяющий").contains(planner.user());
                    assertThat(e.message(Messages.of(Language.KK))).contains("тек сарапшы").contains(planner.user());
                });
        // nothing of the approval happened: no revision, the draft still revision 1 at its version
        assertThat(p.revisions().list(id)).isEmpty();
        DraftStore.DraftSummary d = summary(p, id);
        assertThat(d.revision()).isEqualTo(1);
        assertThat(d.version()).isEqualTo(1);

        // nor by saving the draft as its next revision without an approval
        assertThatThrownBy(() -> p.drafts().save(open.withRevision(new Revision(2, null, null, null))))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.message(Messages.of(Language.EN))).contains("only a reviewer approves"));
        assertThat(summary(p, id).revision()).isEqualTo(1);
        // an ordinary edit is still the planner's
        p.drafts().save(open.withTitle("Edited by the planner"));
        assertThat(summary(p, id).title()).isEqualTo("Edited by the planner");
    }

    @Test
    void thePlannersOwnSqlIsRefusedTooNotOnlyTheAppsRestraint() throws SQLException {
        TeamAddress planner = TeamServer.login(db, "planner");
        String id = TeamServer.random("sql-");
        client(planner, "planner").drafts().save(draft(id));
        try (Connection c = TeamServer.adminConnection(planner); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO revision (program_id, number, approved_on, approved_by, json,"
                    + " stored_at) VALUES ('" + id + "', 1, '2026-12-15', 'me', '{}', 'now')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> st.executeUpdate("UPDATE draft SET revision = 2 WHERE id = '" + id + "'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501");
                        assertThat(e.getMessage()).contains(TeamSchema.ONLY_REVIEWER);
                    });
            // the number in the passport itself counts as much as the column
            assertThatThrownBy(() -> st.executeUpdate("UPDATE draft SET json = jsonb_set(json::jsonb, '{revision}',"
                    + " '{\"number\": 5}')::text WHERE id = '" + id + "'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(revisionCount(id)).isZero();
    }

    @Test
    void aReviewerApprovesAndThePlannerThenEditsTheNextRevision() throws SQLException {
        TeamAddress planner = TeamServer.login(db, "planner");
        TeamAddress reviewer = TeamServer.login(db, "reviewer");
        Workspace p = client(planner, "planner");
        Workspace r = client(reviewer, "reviewer");
        String id = TeamServer.random("approve-");
        p.drafts().save(draft(id));

        ProgramPassport next = r.revisions().approve(r.drafts().load(id).orElseThrow(), "2026-12-15", "Government", "Resolution No. 1");
        assertThat(next.revisionOrFirst().number()).isEqualTo(2);
        assertThat(revisionCount(id)).isEqualTo(1);
        assertThat(summary(p, id).revision()).isEqualTo(2);
        // revision 2's draft is the planner's to edit
        ProgramPassport two = p.drafts().load(id).orElseThrow();
        p.drafts().save(two.withTitle("Revision 2, edited"));
        assertThat(summary(p, id).title()).isEqualTo("Revision 2, edited");
    }

    @Test
    void editingADraftWhoseRevisionIsApprovedStartsTheNextOneForAPlannerToo() throws SQLException {
        // a passport that arrived approved (a file, a demo) kept by IT's login as its frozen revision 1
        String id = TeamServer.random("arrived-");
        ProgramPassport approved = Revisions.approve(draft(id), "2026-12-15", "Government", "Resolution No. 7");
        try (Workspace admin = Workspace.openTeam(db, dir.resolve("admin"), false)) {
            admin.drafts().save(approved);
        }
        assertThat(revisionCount(id)).isEqualTo(1);
        TeamAddress planner = TeamServer.login(db, "planner");
        Workspace p = client(planner, "planner");
        ProgramPassport open = p.drafts().load(id).orElseThrow();
        // the planner's edit lands in revision 2 (revision 1 is approved and stays frozen): no approval, allowed
        p.drafts().save(Revisions.edit(open, x -> x.withTitle("Revision 2 of an approved program")));
        assertThat(summary(p, id).revision()).isEqualTo(2);
        // but not a jump past it: revision 3 needs revision 2 approved
        ProgramPassport two = p.drafts().load(id).orElseThrow();
        assertThatThrownBy(() -> p.drafts().save(two.withRevision(new Revision(3, null, null, null))))
                .isInstanceOf(WorkspaceException.class);
    }

    @Test
    void aLoginThatPlansAndReviewsMayEditAndApprove() throws SQLException {
        TeamAddress both = TeamServer.login(db, "planner");
        try (Connection c = TeamServer.adminConnection(db)) {
            TeamSchema.grantRole(c, both.user(), "reviewer");
        }
        Workspace w = client(both, "both");
        assertThat(w.role().canEditDrafts()).isTrue();
        assertThat(w.role().canApprove()).isTrue();
        assertThat(w.role().canEditCatalog()).isFalse();
        String id = TeamServer.random("both-");
        w.drafts().save(draft(id));
        ProgramPassport open = w.drafts().load(id).orElseThrow();
        w.drafts().save(open.withTitle("Planned and reviewed by one"));
        ProgramPassport next = w.revisions().approve(w.drafts().load(id).orElseThrow(), "2026-12-15", "Government", null);
        assertThat(next.revisionOrFirst().number()).isEqualTo(2);
        assertThat(revisionCount(id)).isEqualTo(1);
        assertThat(w.revisions().list(id)).singleElement().satisfies(s -> assertThat(s.number()).isEqualTo(1));
    }

    @Test
    void theClientKnowsTheRolesOfItsLogin() throws SQLException {
        TeamRole planner = client(TeamServer.login(db, "planner"), "p").role();
        assertThat(planner.planner()).isTrue();
        assertThat(planner.canEditDrafts()).isTrue();
        assertThat(planner.canApprove()).isFalse();
        assertThat(planner.canEditCatalog()).isFalse();
        assertThat(planner.canComment()).isTrue();

        TeamRole reviewer = client(TeamServer.login(db, "reviewer"), "r").role();
        assertThat(reviewer.canApprove()).isTrue();
        assertThat(reviewer.canComment()).isTrue();
        assertThat(reviewer.canEditDrafts()).isFalse();
        assertThat(reviewer.canEditCatalog()).isFalse();

        TeamAddress editorLogin = TeamServer.login(db, "catalog-editor");
        TeamRole editor = client(editorLogin, "e").role();
        assertThat(editor.login()).isEqualTo(editorLogin.user());
        assertThat(editor.canEditCatalog()).isTrue();
        assertThat(editor.canEditDrafts()).as("a catalog editor is a planner too").isTrue();
        assertThat(editor.canApprove()).isFalse();

        assertThat(client(db, "admin").role().administrator()).as("IT's login that ran team init").isTrue();
    }

    @Test
    void aWindowOpenedOfflineOffersWhatTheServerSaidLastTime() throws Exception {
        TeamAddress reviewer = TeamServer.login(db, "reviewer");
        String id = TeamServer.random("offline-");
        try (Workspace admin = Workspace.openTeam(db, dir.resolve("admin"), false)) {
            admin.drafts().save(draft(id));
        }
        try (TcpProxy proxy = new TcpProxy(db.host(), db.port())) {
            TeamAddress via = TeamServer.via(reviewer, proxy.port());
            try (Workspace first = Workspace.openTeam(via, dir.resolve("copy"), true)) {
                first.drafts().load(id);
                assertThat(first.role().canApprove()).isTrue();
            }
            proxy.cut();
            try (Workspace offline = Workspace.openTeam(via, dir.resolve("copy"), true)) {
                assertThat(offline.isOffline()).isTrue();
                assertThat(offline.role().reviewer()).isTrue();
                assertThat(offline.role().canEditDrafts()).as("not a planner's rights by default").isFalse();
            }
        }
    }

    @Test
    void teamInitUpgradesAStepOneDatabaseAndTakesTheApprovalFromPlanners() throws SQLException {
        TeamAddress old = TeamServer.freshDatabase();
        try {
            String id = TeamServer.random("kept-");
            TeamAddress planner;
            try (Connection c = TeamServer.adminConnection(old)) {
                stepOne(c);
                planner = TeamServer.login(old, "planner");
            }
            // under step 1 a planner could store a revision: what this release takes back
            try (Connection c = TeamServer.adminConnection(planner); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO draft (id, title, json, created_at, updated_at) VALUES ('" + id + "', 'Kept',"
                        + " '{\"revision\": {\"number\": 1}}', 'then', 'then')");
                st.executeUpdate("INSERT INTO revision (program_id, number, approved_on, approved_by, json, stored_at)"
                        + " VALUES ('" + id + "', 1, '2026-01-01', 'planner', '{}', 'then')");
            }
            // this release's client does not work on it, and says what to do
            assertThatThrownBy(() -> Workspace.openTeam(planner, dir.resolve("too-old"), false))
                    .isInstanceOfSatisfying(WorkspaceException.class,
                            e -> assertThat(e.message(Messages.of(Language.EN))).contains("older").contains("team init"));

            try (Workspace admin = Workspace.initTeam(old, dir.resolve("upgrade"))) {
                assertThat(admin.openedAtVersion()).isEqualTo(1);
                assertThat(admin.schemaVersion()).isEqualTo(TeamSchema.LATEST);
            }
            try (Workspace again = Workspace.initTeam(old, dir.resolve("again"))) {
                assertThat(again.openedAtVersion()).as("idempotent").isEqualTo(TeamSchema.LATEST);
            }
            try (Connection c = TeamServer.adminConnection(planner); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT title FROM draft WHERE id = '" + id + "'")) {
                    assertThat(rs.next()).as("the data is kept").isTrue();
                    assertThat(rs.getString(1)).isEqualTo("Kept");
                }
                assertThatThrownBy(() -> st.executeUpdate("INSERT INTO revision (program_id, number, approved_on, approved_by,"
                        + " json, stored_at) VALUES ('" + id + "', 2, '2026-12-15', 'me', '{}', 'now')"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                assertThatThrownBy(() -> st.executeUpdate("UPDATE draft SET revision = 3 WHERE id = '" + id + "'"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            Workspace p = client(planner, "upgraded");
            assertThat(p.role().canApprove()).isFalse();
            assertThat(p.drafts().list()).extracting(DraftStore.DraftSummary::id).contains(id);
        } finally {
            TeamServer.dropDatabase(old);
        }
    }

    /** What {@code team init} of the release with schema step 1 only left: its tables, triggers, roles and grants. */
    private static void stepOne(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE policy_schema (version integer NOT NULL)");
            for (String role : List.of(TeamSchema.PLANNER, TeamSchema.REVIEWER, TeamSchema.EDITOR)) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
                        + " CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            for (String sql : TeamSchema.STEPS.get(0)) {
                st.execute(sql);
            }
            st.execute("INSERT INTO policy_schema (version) VALUES (1)");
            String all = "draft, catalog_entry, catalog_meta, revision, comment, audit, presence, policy_schema";
            String planner = TeamSchema.PLANNER;
            String reviewer = TeamSchema.REVIEWER;
            st.execute("GRANT " + planner + " TO " + TeamSchema.EDITOR);
            st.execute("REVOKE ALL ON " + all + " FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + planner + ", " + reviewer);
            st.execute("GRANT SELECT ON " + all + " TO " + planner + ", " + reviewer);
            st.execute("GRANT INSERT, UPDATE, DELETE ON draft TO " + planner);
            st.execute("GRANT UPDATE ON draft TO " + reviewer);
            st.execute("GRANT INSERT ON revision TO " + planner + ", " + reviewer);
            st.execute("GRANT INSERT ON comment TO " + planner + ", " + reviewer);
            st.execute("GRANT USAGE ON SEQUENCE comment_id_seq TO " + planner + ", " + reviewer);
            st.execute("GRANT INSERT, UPDATE, DELETE ON presence TO " + planner + ", " + reviewer);
            st.execute("GRANT INSERT, UPDATE, DELETE ON catalog_entry, catalog_meta TO " + TeamSchema.EDITOR);
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static DraftStore.DraftSummary summary(Workspace ws, String id) {
        return ws.drafts().list().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static int revisionCount(String id) throws SQLException {
        try (Connection c = TeamServer.adminConnection(db);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM revision WHERE program_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
