package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/** The command-line contract of ARCHITECTURE.md: outputs, exit codes, one-line errors. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JsonInput.mapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandAndAMistypedOneIsNamedWithTheRight() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        for (String name : Cli.COMMANDS) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
            // each name builds the command that carries it
            assertThat(((picocli.CommandLine.Command) Cli.command(name).getClass().getAnnotation(picocli.CommandLine.Command.class))
                    .name()).isEqualTo(name);
        }
        Run typo = run("exprot", "x.json");
        assertThat(typo.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(typo.err()).contains("exprot").contains("export");
        assertThat(run("export", "--help").out()).contains("--format");
    }

    @Test
    void recommendPrintsTheJsonContract() throws Exception {
        Run r = run("recommend", "--problem", "talent-drain", "--stage", "emerging", "--segment", "startup", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.path("instruments").size()).isEqualTo(10);
        for (JsonNode i : j.path("instruments")) {
            assertThat(i.path("id").asText()).isNotBlank();
            assertThat(i.path("name").asText()).isNotBlank();
            assertThat(i.path("category").asText()).isIn("financial", "regulatory", "institutional", "infrastructure");
            assertThat(i.path("score").isInt()).isTrue();
            assertThat(i.path("reasons").isArray()).isTrue();
            assertThat(i.path("reasons").size()).isPositive();
        }
        for (JsonNode k : j.path("kpis")) {
            assertThat(k.path("id").asText()).isNotBlank();
            assertThat(k.path("unit").asText()).isNotBlank();
            assertThat(k.path("kind").asText()).isIn("input", "output", "outcome");
            assertThat(k.path("level").asText()).isIn("firm", "program", "government");
        }
        assertThat(j.path("instruments").get(0).path("score").asInt())
                .isGreaterThanOrEqualTo(j.path("instruments").get(9).path("score").asInt());
    }

    @Test
    void recommendSpeaksTheAskedLanguage() throws Exception {
        Run r = run("recommend", "--problem", "talent-drain", "--stage", "emerging", "--segment", "startup", "--format", "json", "--lang", "kk");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("[әғқңөұүі]");
        assertThat(r.json().path("language").asText()).isEqualTo("kk");
    }

    @Test
    void aBadStageIsOneLineNamingItAndTheAllowedStages() {
        Run r = run("recommend", "--problem", "talent-drain", "--stage", "nonsense", "--segment", "startup");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nonsense", "emerging", "growth", "maturity", "decline").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandOptionAndIdsAreOneLineWithExitTwo() {
        Run cmd = run("recommnd");
        assertThat(cmd.code()).isEqualTo(2);
        assertThat(cmd.err().strip().lines()).hasSize(1);
        assertThat(cmd.err()).contains("recommnd", "recommend", "check", "export", "catalog");
        Run opt = run("check", "x.json", "--bogus");
        assertThat(opt.code()).isEqualTo(2);
        assertThat(opt.err()).contains("--bogus", "--format");
        Run problem = run("recommend", "--problem", "nope", "--stage", "growth", "--segment", "sme");
        assertThat(problem.code()).isEqualTo(2);
        assertThat(problem.err()).contains("nope", "talent-drain");
        Run format = run("recommend", "--problem", "talent-drain", "--stage", "growth", "--segment", "sme", "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("xml", "json", "text");
    }

    @Test
    void anUnknownIdListsEveryAllowedIdWhileWhatWasTypedIsShortened() throws Exception {
        java.util.List<String> problems = run("catalog", "list", "problems", "--format", "json").json().findValuesAsText("id");
        assertThat(problems).contains("weak-system-ecosystem", "logistics-bottleneck");
        for (String lang : java.util.List.of("en", "ru", "kk")) {
            Run r = run("recommend", "--problem", "nosuch", "--stage", "emerging", "--segment", "startup", "--lang", lang);
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err().strip().lines()).hasSize(1);
            String line = r.err().strip();
            assertThat(line).startsWith("policy-configurator recommend: --problem: ").doesNotContain("...")
                    .endsWith(String.join(", ", problems));
        }
        // the length cap is for what the user typed: a huge value is cut, the allowed ids after it are not
        String huge = "x".repeat(5000);
        Run r = run("recommend", "--problem", huge, "--stage", "emerging", "--segment", "startup");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err().strip()).doesNotContain(huge).contains("xxx...").endsWith(String.join(", ", problems))
                .hasSizeLessThan(1000);
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("recommend", "check", "export", "catalog");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Policy Configurator ");
    }

    @Test
    void checkExitCodesFollowTheFindings() throws Exception {
        Path good = tmp.resolve("good.json");
        PassportJson.write(Fixtures.good(), good);
        Run ok = run("check", good.toString(), "--format", "json");
        assertThat(ok.code()).isZero();
        assertThat(ok.json().path("findings").size()).isZero();

        Path bad = tmp.resolve("bad.json");
        ProgramPassport p = Fixtures.good();
        PassportJson.write(p.replaceInstrument(0, p.instruments().get(0).withYears(2027, null).withExit(null)), bad);
        Run flagged = run("check", bad.toString(), "--format", "json");
        assertThat(flagged.code()).isEqualTo(1);
        JsonNode f = flagged.json().path("findings").get(0);
        assertThat(f.path("rule").asText()).isEqualTo("no-end-year");
        assertThat(f.path("severity").asText()).isEqualTo("error");
        assertThat(f.path("target").asText()).isEqualTo("/instruments/0/endYear");
        assertThat(f.path("message").asText()).isNotBlank();

        Run missing = run("check", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json", "not found");
    }

    @Test
    void exportJsonReadsAndWritesTheSamePassport() throws Exception {
        Path in = tmp.resolve("in.json");
        PassportJson.write(Fixtures.good(), in);
        Path out = tmp.resolve("out.json");
        Run r = run("export", in.toString(), "--format", "json", "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(PassportJson.read(out)).isEqualTo(Fixtures.good());
        assertThat(Files.readString(out)).contains("\"schemaVersion\" : 2", "\"catalogVersion\" : \"2026.1\"");
    }

    @Test
    void exportRejectsAnUnknownFormatNamingTheAllowedOnes() {
        Run r = run("export", "x.json", "--format", "odt", "--out", tmp.resolve("x.odt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("odt", "json", "pdf", "docx", "md");
    }

    @Test
    void catalogStatsListShowValidateExport() throws Exception {
        Run stats = run("catalog", "stats", "--format", "json");
        assertThat(stats.code()).isZero();
        assertThat(stats.json().path("instruments").asInt()).isGreaterThanOrEqualTo(45);
        Run list = run("catalog", "list", "sectors", "--format", "json");
        assertThat(list.json().findValuesAsText("id")).contains("biotech", "metallurgy", "ai", "new-materials");
        Run show = run("catalog", "show", "rd-grants");
        assertThat(show.json().path("category").asText()).isEqualTo("financial");
        Path file = tmp.resolve("catalog.json");
        assertThat(run("catalog", "export", "--out", file.toString()).code()).isZero();
        Run valid = run("catalog", "validate", file.toString(), "--standalone");
        assertThat(valid.code()).isZero();
        Run badKind = run("catalog", "list", "widgets");
        assertThat(badKind.code()).isEqualTo(2);
        assertThat(badKind.err()).contains("widgets", "instruments", "kpis");
    }
}
