package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.store.TeamAddress;
import org.policylab.configurator.store.TeamServer;

/** {@code team init}, {@code team grant} and the draft commands on a team workspace (a real PostgreSQL server). */
@ExtendWith(TeamServer.class)
class TeamCliTest {
    static TeamAddress db;
    static String url;
    @TempDir
    Path tmp;

    @BeforeAll
    static void database() throws SQLException {
        db = TeamServer.freshDatabase();
        url = db.url() + "?user=" + db.user();
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            TeamServer.dropDatabase(db);
        }
    }

    @Test
    void teamInitTwiceThenTheDraftCommandsWorkOnTheServer() throws Exception {
        CliTest.Run first = CliTest.run("team", "init", "--workspace", url);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains(db.where(), "policy_planner", "policy_reviewer", "policy_catalog_editor");
        CliTest.Run second = CliTest.run("team", "init", "--workspace", url);
        assertThat(second.code()).as("idempotent: " + second.err()).isZero();

        Path file = tmp.resolve("ai.json");
        CliTest.run("scenario", "export", "ai-talent-drain", "--out", file.toString());
        CliTest.Run imported = CliTest.run("draft", "import", file.toString(), "--workspace", url);
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip();

        CliTest.Run list = CliTest.run("draft", "list", "--format", "json", "--workspace", url);
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode d = list.json().get(0);
        assertThat(d.path("id").asText()).isEqualTo(id);
        assertThat(d.path("updatedBy").asText()).as("stamped by the server").isEqualTo(db.user());
        assertThat(d.path("revision").asInt()).isEqualTo(PassportJson.read(file).revisionOrFirst().number());

        Path out = tmp.resolve("back.json");
        assertThat(CliTest.run("draft", "export", id, "--out", out.toString(), "--workspace", url).code()).isZero();
        assertThat(PassportJson.read(out).title()).isEqualTo(PassportJson.read(file).title());

        CliTest.Run badRole = CliTest.run("team", "grant", "somebody", "admin", "--workspace", url);
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("planner, reviewer, catalog-editor");
    }

    @Test
    void draftCommentThenCommentsAsJsonWithTheServersLoginAsAuthor() throws Exception {
        assertThat(CliTest.run("team", "init", "--workspace", url).code()).isZero();
        Path file = tmp.resolve("c.json");
        CliTest.run("scenario", "export", "ai-talent-drain", "--out", file.toString());
        String id = CliTest.run("draft", "import", file.toString(), "--workspace", url).out().strip();

        CliTest.Run first = CliTest.run("draft", "comment", id, "Check the year-2 budget", "--workspace", url);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).matches("\\d+");
        assertThat(CliTest.run("draft", "comment", id, "Done — raised by 10%", "--workspace", url).code()).isZero();

        CliTest.Run list = CliTest.run("draft", "comments", id, "--format", "json", "--workspace", url);
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode arr = list.json();
        assertThat(arr).hasSize(2);
        assertThat(arr.get(0).path("body").asText()).isEqualTo("Check the year-2 budget");
        assertThat(arr.get(1).path("body").asText()).isEqualTo("Done — raised by 10%");
        assertThat(arr.get(0).path("author").asText()).as("the server's login").isEqualTo(db.user());
        assertThat(java.time.Instant.parse(arr.get(0).path("at").asText())).isBeforeOrEqualTo(java.time.Instant.parse(arr.get(1).path("at").asText()));

        CliTest.Run empty = CliTest.run("draft", "comment", id, "  ", "--workspace", url);
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err().strip()).doesNotContain("\n").contains("empty");
        CliTest.Run missing = CliTest.run("draft", "comments", "no-such-draft", "--workspace", url);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-draft");
    }

    @Test
    void commentsOnAPlannersOwnWorkspaceAreRefusedInOneLine() {
        for (String[] args : new String[][] {{"draft", "comment", "x", "hello"}, {"draft", "comments", "x", "--format", "json"}}) {
            String[] withWs = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--workspace", tmp.resolve("own").toString())).toArray(String[]::new);
            CliTest.Run r = CliTest.run(withWs);
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\n").contains("team workspace only");
            assertThat(r.out()).isEmpty();
        }
    }
}
