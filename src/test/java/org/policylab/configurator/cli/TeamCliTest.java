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
}
