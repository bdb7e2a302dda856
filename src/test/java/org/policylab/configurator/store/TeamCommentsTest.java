package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Revision;

/**
 * Issue 17, point 4: reviewers comment. Against a real PostgreSQL server ({@link TeamServer}): a reviewer's comment is
 * read by a planner with the reviewer's login as its author (the server's session_user); a client cannot sign a comment
 * with another name; a login without a role is refused; a planner's own workspace has no comments.
 */
class TeamCommentsTest extends TeamStoreTestBase {
    private String draftOf(Workspace planner) {
        String id = TeamServer.random("com-");
        planner.drafts().save(Fixtures.good().withId(id).withRevision(Revision.firstDraft()));
        return id;
    }

    @Test
    void aReviewersCommentIsReadByThePlannerWithTheReviewersLoginOldestFirst() throws Exception {
        TeamAddress plannerLogin = TeamServer.login(db, "planner");
        TeamAddress reviewerLogin = TeamServer.login(db, "reviewer");
        Workspace planner = client(plannerLogin, "planner");
        Workspace reviewer = client(reviewerLogin, "reviewer");
        String id = draftOf(planner);
        List<WorkspaceListener.Change> heard = new CopyOnWriteArrayList<>();
        toClose.add(planner.subscribe(new WorkspaceListener() {
            @Override
            public void changed(Change change) {
                heard.add(change);
            }
        }));

        long first = reviewer.gateway().addComment(id, "  The budget for year 2 looks too low.  ").get(10, TimeUnit.SECONDS);
        long second = planner.gateway().addComment(id, "Raised it in the phases step.").get(10, TimeUnit.SECONDS);
        assertThat(second).isGreaterThan(first);

        List<Comments.Comment> read = planner.gateway().comments(id).get(10, TimeUnit.SECONDS);
        assertThat(read).extracting(Comments.Comment::body)
                .containsExactly("The budget for year 2 looks too low.", "Raised it in the phases step.");
        assertThat(read).extracting(Comments.Comment::author).containsExactly(reviewerLogin.user(), plannerLogin.user());
        assertThat(read.get(0).at()).isBeforeOrEqualTo(read.get(1).at());
        assertThat(reviewer.comments().list(id)).isEqualTo(read);
        assertThat(planner.comments().list("no-such-draft")).isEmpty();

        // the planner's window hears the reviewer's comment as a change of the draft (the review step reads the list again)
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heard.stream().noneMatch(c -> c.kind() == WorkspaceListener.Kind.DRAFT && c.item().equals(id) && !c.mine())
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(heard).anyMatch(c -> c.kind() == WorkspaceListener.Kind.DRAFT && c.item().equals(id) && !c.mine());
    }

    @Test
    void aClientCannotSignACommentWithAnotherName() throws Exception {
        TeamAddress reviewerLogin = TeamServer.login(db, "reviewer");
        Workspace reviewer = client(reviewerLogin, "reviewer");
        String id = draftOf(client(TeamServer.login(db, "planner"), "planner"));
        // what a modified client would send: the server grants INSERT on the draft and the text only
        try (Connection c = java.sql.DriverManager.getConnection(reviewerLogin.url(), reviewerLogin.user(),
                new String(reviewerLogin.password())); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("INSERT INTO comment (draft_id, author, body) VALUES ('" + id + "', 'minister', 'approved!')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(reviewer.comments().list(id)).isEmpty();
    }

    @Test
    void aLoginWithoutARoleIsRefusedInOneLine() throws Exception {
        String id = draftOf(client(TeamServer.login(db, "planner"), "planner"));
        String name = TeamServer.random("nobody_");
        String pw = TeamServer.random("pw");
        try (Connection c = TeamServer.adminConnection(db); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + pw + "'");
        }
        TeamAddress nobody = TeamAddress.parse("jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + db.database()
                + "?user=" + name).asUser(name, pw.toCharArray());
        // the app does not open the workspace for a login IT has given no role (one line, no stack trace) ...
        assertThatThrownBy(() -> client(nobody, "nobody")).isInstanceOfSatisfying(WorkspaceException.class,
                e -> assertThat(e.message(Messages.of(Language.EN))).doesNotContain("\n").contains("permission denied"));
        // ... and the server refuses its comment whatever a client sends
        try (Connection c = java.sql.DriverManager.getConnection(nobody.url(), name, pw); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("INSERT INTO comment (draft_id, body) VALUES ('" + id + "', 'let me in')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(client(TeamServer.login(db, "reviewer"), "r").comments().list(id)).isEmpty();
    }

    @Test
    void aPlannersOwnWorkspaceHasNoCommentsAndSaysSo() {
        Workspace own = Workspace.open(dir.resolve("own"));
        toClose.add(own);
        assertThat(own.comments().available()).isFalse();
        assertThatThrownBy(() -> own.comments().list("x")).isInstanceOfSatisfying(WorkspaceException.class,
                e -> assertThat(e.message(Messages.of(Language.EN))).isEqualTo("comments are kept on a team workspace only, not in your own workspace"));
        assertThatThrownBy(() -> own.comments().add("x", " ")).isInstanceOf(WorkspaceException.class);
    }

    @Test
    void anEmptyCommentIsRefused() throws SQLException {
        Workspace planner = client(TeamServer.login(db, "planner"), "planner");
        assertThatThrownBy(() -> planner.comments().add("x", "   \n")).isInstanceOf(IllegalArgumentException.class);
    }
}
