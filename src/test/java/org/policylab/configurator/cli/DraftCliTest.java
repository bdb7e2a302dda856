package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.passport.ProgramPassport;

/** {@code draft list|import|export} on a planner's own workspace, and the one line when a team server is unreachable. */
class DraftCliTest {
    @TempDir
    Path tmp;

    @Test
    void importListAndExportADraftOnTheOwnWorkspace() throws Exception {
        String ws = tmp.resolve("ws").toString();
        Path file = tmp.resolve("ai.json");
        assertThat(CliTest.run("scenario", "export", "ai-talent-drain", "--out", file.toString()).code()).isZero();

        CliTest.Run imported = CliTest.run("draft", "import", file.toString(), "--workspace", ws);
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");
        CliTest.Run again = CliTest.run("draft", "import", file.toString(), "--workspace", ws);
        assertThat(again.out().strip()).as("every import is a new draft").isNotEqualTo(id);

        CliTest.Run list = CliTest.run("draft", "list", "--format", "json", "--workspace", ws);
        assertThat(list.code()).isZero();
        JsonNode mine = null;
        for (JsonNode d : list.json()) {
            if (d.path("id").asText().equals(id)) {
                mine = d;
            }
        }
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(mine).isNotNull();
        ProgramPassport original = PassportJson.read(file);
        assertThat(mine.path("title").asText()).isEqualTo(original.title());
        assertThat(mine.path("revision").asInt()).isEqualTo(original.revisionOrFirst().number());
        assertThat(mine.path("updatedBy").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(Instant.parse(mine.path("updatedAt").asText())).isBefore(Instant.now().plusSeconds(1));

        Path out = tmp.resolve("exported.json");
        CliTest.Run exported = CliTest.run("draft", "export", id, "--out", out.toString(), "--workspace", ws);
        assertThat(exported.code()).as(exported.err()).isZero();
        ProgramPassport back = PassportJson.read(out);
        assertThat(back.id()).isEqualTo(id);
        assertThat(back.withId(original.id())).isEqualTo(original);
        assertThat(Files.list(tmp).filter(p -> p.getFileName().toString().contains(".tmp"))).isEmpty();
    }

    @Test
    void anUnknownDraftIsOneLineAndExitTwo() {
        CliTest.Run r = CliTest.run("draft", "export", "no-such-draft", "--out", tmp.resolve("x.json").toString(),
                "--workspace", tmp.resolve("ws").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("no-such-draft").doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.exists(tmp.resolve("x.json"))).isFalse();
    }

    @Test
    void anUnreachableTeamServerIsOneLineNamingHostAndPortAndWhatToDo() {
        CliTest.Run r = CliTest.run("draft", "list", "--workspace", "jdbc:postgresql://127.0.0.1:1/policy?user=nobody");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).contains("127.0.0.1:1").contains("server is running").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void teamInitNeedsATeamWorkspace() {
        CliTest.Run r = CliTest.run("team", "init", "--workspace", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("jdbc:postgresql://").doesNotContain("\n");
    }
}
