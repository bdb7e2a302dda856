package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * The team workspace against a real PostgreSQL server ({@link TeamServer}): two planners editing one draft, live
 * announcements, the server's roles, a server gone in the middle of a save, and changes made offline sent later.
 */
class TeamWorkspaceTest extends TeamStoreTestBase {
    private static ProgramPassport draft(String id) {
        return Fixtures.good().withId(id).withRevision(Revision.firstDraft());
    }

    @Test
    void teamInitRunsAgainWithoutHarmAndKeepsTheData() {
        String id = TeamServer.random("again-");
        try (Workspace admin = Workspace.initTeam(db, dir.resolve("admin"))) {
            admin.drafts().save(draft(id));
        }
        try (Workspace admin = Workspace.initTeam(db, dir.resolve("admin2"))) {
            assertThat(admin.openedAtVersion()).isEqualTo(TeamSchema.LATEST);
            assertThat(admin.drafts().load(id)).isPresent();
        }
    }

    @Test
    void twoPlannersEditingOneDraftGetOneConflictAndNothingIsLost() throws SQLException {
        TeamAddress alice = TeamServer.login(db, "planner");
        TeamAddress bob = TeamServer.login(db, "planner");
        Workspace a = client(alice, "alice", false);
        Workspace b = client(bob, "bob", false);
        String id = TeamServer.random("shared-");
        a.drafts().save(draft(id).withTitle("First"));
        ProgramPassport aOpen = a.drafts().load(id).orElseThrow();
        ProgramPassport bOpen = b.drafts().load(id).orElseThrow();

        a.drafts().save(aOpen.withTitle("Alice's title"));
        ConflictException c = catchConflict(() -> b.drafts().save(bOpen.withTitle("Bob's title")));
        assertThat(c.baseVersion()).isEqualTo(1);
        assertThat(c.currentVersion()).isEqualTo(2);
        assertThat(c.by()).isEqualTo(alice.user());
        assertThat(c.theirs().orElseThrow().title()).isEqualTo("Alice's title");
        assertThat(c.mine().title()).isEqualTo("Bob's title");
        assertThat(c.changes()).extracting(PassportDiff.Change::pointer).contains("/title");
        assertThat(c.message(Messages.of(Language.EN))).contains(alice.user()).doesNotContain("\n");
        // the refused save changed nothing: Alice's edit is what is stored
        assertThat(a.drafts().list()).filteredOn(d -> d.id().equals(id)).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Alice's title"));

        // Bob keeps his after seeing both: saved over Alice's version, and Alice's next save is refused in turn
        b.drafts().saveOver(c.mine(), c.currentVersion());
        catchConflict(() -> a.drafts().save(aOpen.withTitle("Alice again, not having reloaded")));
        assertThat(a.drafts().load(id).orElseThrow().title()).isEqualTo("Bob's title");
        assertThat(b.drafts().list()).filteredOn(d -> d.id().equals(id)).singleElement()
                .satisfies(d -> {
                    assertThat(d.version()).isEqualTo(3);
                    assertThat(d.updatedBy()).isEqualTo(bob.user());
                });
        // the audit trail has every save, with who made it
        assertThat(audit(id)).containsExactly("insert " + alice.user(), "update " + alice.user(), "update " + bob.user());
    }

    @Test
    void twoClientsRacingOnOneVersionNeverBothWin() throws Exception {
        TeamAddress alice = TeamServer.login(db, "planner");
        String id = TeamServer.random("race-");
        Workspace setup = client(alice, "setup", false);
        setup.drafts().save(draft(id));
        List<Workspace> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Workspace w = client(alice, "racer" + i, false);
            w.drafts().load(id);
            clients.add(w);
        }
        List<CompletableFuture<Boolean>> saves = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < clients.size(); i++) {
            Workspace w = clients.get(i);
            String title = "racer " + i;
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    w.drafts().save(draft(id).withTitle(title));
                    return true;
                } catch (ConflictException e) {
                    return false;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        long won = saves.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
        assertThat(won).as("exactly one of the clients based on version 1 wins").isEqualTo(1);
        assertThat(setup.drafts().list()).filteredOn(d -> d.id().equals(id)).singleElement()
                .satisfies(d -> assertThat(d.version()).isEqualTo(2));
    }

    @Test
    void anotherWindowHearsASaveAndWhoMadeIt() throws Exception {
        TeamAddress alice = TeamServer.login(db, "planner");
        TeamAddress bob = TeamServer.login(db, "planner");
        Workspace a = client(alice, "alice", false);
        Workspace b = client(bob, "bob", false);
        String id = TeamServer.random("live-");
        List<WorkspaceListener.Change> heard = new CopyOnWriteArrayList<>();
        CountDownLatch got = new CountDownLatch(1);
        b.subscribe(new WorkspaceListener() {
            @Override
            public void changed(Change change) {
                if (change.kind() == Kind.DRAFT && change.item().equals(id)) {
                    heard.add(change);
                    got.countDown();
                }
            }
        });
        b.presence().open(id);
        waitUntilListening(b);
        a.drafts().save(draft(id));
        // a liveness bound, not a timing assertion (the bench measures the delay: README, Team workspace)
        assertThat(got.await(10, TimeUnit.SECONDS)).as("the change was announced").isTrue();
        assertThat(heard.get(0).by()).isEqualTo(alice.user());
        assertThat(heard.get(0).version()).isEqualTo(1);
        assertThat(heard.get(0).mine()).isFalse();
        // and Alice sees that Bob has the draft open
        assertThat(a.presence().others(id)).containsExactly(bob.user());
        b.presence().close(id);
        assertThat(a.presence().others(id)).isEmpty();
    }

    @Test
    void aPlannerCannotWriteTheCatalogEvenIfItTries() throws SQLException {
        TeamAddress planner = TeamServer.login(db, "planner");
        TeamAddress editor = TeamServer.login(db, "catalog-editor");
        Workspace p = client(planner, "planner", false);
        Catalog catalog = p.catalog();
        Instrument first = catalog.instruments().get(0);
        assertThatThrownBy(() -> p.catalogRepository().save(first))
                .isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).message(Messages.of(Language.EN)))
                        .contains(planner.user()).contains("permission"));
        // not the app's restraint: the server's. The planner's own SQL is refused too.
        try (Connection c = TeamServer.adminConnection(planner); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE catalog_entry SET json = '{}'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        // a catalog editor may, and it is audited
        Workspace e = client(editor, "editor", false);
        Instrument mine = e.catalog().instruments().get(0);
        e.catalogRepository().save(mine);
        assertThat(e.catalogRepository().versionSeen(EntryKind.INSTRUMENTS, mine.id())).isPresent();
        assertThat(audit(EntryKind.INSTRUMENTS.id() + "/" + mine.id())).contains("update " + editor.user());
    }

    @Test
    void aReviewerApprovesButDoesNotEditAndAPlannerCannotEditTheCatalogInTheWindowEither() throws SQLException {
        TeamAddress planner = TeamServer.login(db, "planner");
        TeamAddress reviewer = TeamServer.login(db, "reviewer");
        Workspace p = client(planner, "planner", false);
        Workspace r = client(reviewer, "reviewer", false);
        String id = TeamServer.random("review-");
        p.drafts().save(draft(id));
        ProgramPassport open = r.drafts().load(id).orElseThrow();
        assertThatThrownBy(() -> r.drafts().save(open.withTitle("edited by the reviewer")))
                .isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).message(Messages.of(Language.EN))).contains(reviewer.user()));
        ProgramPassport next = r.revisions().approve(open, "2026-12-15", "Government", "Resolution No. 1");
        assertThat(next.revisionOrFirst().number()).isEqualTo(2);
        assertThat(p.revisions().list(id)).hasSize(1);
        assertThat(audit(id + "#1")).containsExactly("insert " + reviewer.user());
    }

    @Test
    void aServerGoneInTheMiddleOfASaveLosesNothingThatWasConfirmed() throws Exception {
        TeamAddress direct = TeamServer.login(db, "planner");
        try (TcpProxy proxy = new TcpProxy(db.host(), db.port())) {
            TeamAddress viaProxy = TeamAddress.parse("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.database())
                    .asUser(direct.user(), password(direct));
            String id = TeamServer.random("midsave-");
            Workspace setup = client(direct, "setup", false);
            setup.drafts().save(draft(id).withTitle("Before"));

            // the window (works offline): its save is under way — waiting on a row lock — when the server goes
            Workspace window = client(viaProxy, "window", true);
            ProgramPassport open = window.drafts().load(id).orElseThrow();
            try (Connection lock = TeamServer.adminConnection(db)) {
                lock.setAutoCommit(false);
                try (PreparedStatement ps = lock.prepareStatement("SELECT 1 FROM draft WHERE id = ? FOR UPDATE")) {
                    ps.setString(1, id);
                    ps.executeQuery().close();
                }
                CompletableFuture<Void> save = window.gateway().saveDraft(open.withTitle("Typed just before"), null).thenApply(x -> null);
                waitUntilWaitingOnLock(id);
                proxy.cut();
                save.get(30, TimeUnit.SECONDS); // confirmed: on the local copy, queued with its base version
                lock.rollback();
            }
            assertThat(window.isOffline()).isTrue();
            assertThat(window.pendingChanges()).isEqualTo(1);
            assertThat(window.drafts().load(id).orElseThrow().title()).isEqualTo("Typed just before");
            assertThat(setup.drafts().load(id).orElseThrow().title()).as("not on the server yet").isEqualTo("Before");

            // the command line (no offline mode): the same cut is one line naming the server, and nothing is claimed
            assertThatThrownBy(() -> client(viaProxy, "cli-unreachable", false))
                    .isInstanceOf(WorkspaceException.class)
                    .satisfies(e -> assertThat(((WorkspaceException) e).message(Messages.of(Language.EN)))
                            .contains("127.0.0.1:" + proxy.port()).doesNotContain("\n"));
            proxy.restore();
            Workspace cli = client(viaProxy, "cli", false);
            ProgramPassport cliOpen = cli.drafts().load(id).orElseThrow();
            proxy.cut();
            assertThatThrownBy(() -> cli.drafts().save(cliOpen.withTitle("never confirmed")))
                    .isInstanceOf(WorkspaceException.class)
                    .satisfies(e -> assertThat(((WorkspaceException) e).message(Messages.of(Language.EN)))
                            .contains("127.0.0.1:" + proxy.port()).doesNotContain("\n"));

            proxy.restore();
            reconnectWhenPossible(window);
            assertThat(window.isOffline()).isFalse();
            assertThat(window.pendingChanges()).isZero();
            assertThat(setup.drafts().load(id).orElseThrow().title()).isEqualTo("Typed just before");
        }
    }

    @Test
    void changesMadeOfflineAreSentWithTheirBaseVersionAndAColleaguesEditIsNeverOverwritten() throws Exception {
        TeamAddress alice = TeamServer.login(db, "planner");
        TeamAddress bob = TeamServer.login(db, "planner");
        try (TcpProxy proxy = new TcpProxy(db.host(), db.port())) {
            TeamAddress aliceViaProxy = TeamAddress.parse("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.database())
                    .asUser(alice.user(), password(alice));
            String quiet = TeamServer.random("quiet-");
            String contested = TeamServer.random("contested-");
            Workspace b = client(bob, "bob", false);
            b.drafts().save(draft(quiet).withTitle("Quiet"));
            b.drafts().save(draft(contested).withTitle("Contested"));

            Workspace a = client(aliceViaProxy, "alice", true);
            ProgramPassport q = a.drafts().load(quiet).orElseThrow();
            ProgramPassport c = a.drafts().load(contested).orElseThrow();
            List<ConflictException> reported = new CopyOnWriteArrayList<>();
            a.subscribe(new WorkspaceListener() {
                @Override
                public void conflict(ConflictException conflict) {
                    reported.add(conflict);
                }
            });
            proxy.cut();
            a.drafts().save(q.withTitle("Quiet, edited offline"));
            a.drafts().save(c.withTitle("Contested, Alice offline"));
            a.drafts().save(c.withTitle("Contested, Alice offline twice"));
            assertThat(a.isOffline()).isTrue();
            assertThat(a.pendingChanges()).isEqualTo(2);
            // the offline copy lists and opens what was opened before
            assertThat(a.drafts().list()).extracting(DraftStore.DraftSummary::id).contains(quiet, contested);

            ProgramPassport bc = b.drafts().load(contested).orElseThrow();
            b.drafts().save(bc.withTitle("Contested, Bob online"));

            proxy.restore();
            // whoever reconnects first (the listener, or this call) sends the queue and reports the conflict
            reconnectWhenPossible(a);
            assertThat(a.pendingChanges()).isZero();
            assertThat(reported).singleElement().satisfies(x -> {
                assertThat(x.id()).isEqualTo(contested);
                assertThat(x.mine().title()).isEqualTo("Contested, Alice offline twice");
                assertThat(x.theirs().orElseThrow().title()).isEqualTo("Contested, Bob online");
                assertThat(x.by()).isEqualTo(bob.user());
            });
            assertThat(b.drafts().load(quiet).orElseThrow().title()).isEqualTo("Quiet, edited offline");
            assertThat(b.drafts().load(contested).orElseThrow().title()).as("Bob's edit stands").isEqualTo("Contested, Bob online");
            // Alice's is kept until she decides; taking a field-by-field merge resolves it
            ConflictException open = a.drafts().conflicts().get(0);
            assertThat(open.mine().title()).isEqualTo("Contested, Alice offline twice");
            a.drafts().resolve(open, open.theirs().orElseThrow().withTitle("Contested, merged"));
            assertThat(a.drafts().conflicts()).isEmpty();
            assertThat(b.drafts().load(contested).orElseThrow().title()).isEqualTo("Contested, merged");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void reconnectWhenPossible(Workspace ws) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                ws.reconnect();
                return;
            } catch (WorkspaceException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the workspace did not reconnect");
    }

    private static char[] password(TeamAddress a) {
        return a.password();
    }

    private static ConflictException catchConflict(Runnable r) {
        try {
            r.run();
        } catch (ConflictException e) {
            return e;
        }
        throw new AssertionError("no conflict");
    }

    private static List<String> audit(String item) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TeamServer.adminConnection(db);
             PreparedStatement ps = c.prepareStatement("SELECT action, who FROM audit WHERE item = ? ORDER BY id")) {
            ps.setString(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void waitUntilWaitingOnLock(String id) throws Exception {
        try (Connection c = TeamServer.adminConnection(db);
             Statement st = c.createStatement()) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the save never reached the server");
    }

    private static void waitUntilListening(Workspace ws) throws Exception {
        try (Connection c = TeamServer.adminConnection(db);
             Statement st = c.createStatement()) {
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name ="
                        + " 'policy-configurator-listener' AND usename = '" + ws.user() + "' AND state = 'idle'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the listener never connected");
    }
}
