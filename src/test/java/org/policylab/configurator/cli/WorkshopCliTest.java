package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopCliTest {
    @TempDir
    Path tmp;

    @Test
    void scenarioListShowExportAndCheck() throws Exception {
        CliTest.Run list = CliTest.run("scenario", "list", "--format", "json");
        assertThat(list.code()).isZero();
        JsonNode arr = list.json();
        assertThat(arr.size()).isGreaterThanOrEqualTo(7);
        assertThat(arr.get(0).path("id").asText()).isNotBlank();
        assertThat(arr.get(0).path("title").asText()).isNotBlank();
        String catalogVersion = org.policylab.configurator.catalog.ShippedCatalog.version();
        for (JsonNode s : arr) {
            Path f = tmp.resolve(s.path("id").asText() + ".json");
            assertThat(CliTest.run("scenario", "export", s.path("id").asText(), "--out", f.toString()).code()).isZero();
            // an exported demo names the catalog the app ships, not an earlier one (ScenariosTest checks its ids)
            assertThat(org.policylab.configurator.io.JsonInput.mapper().readTree(f.toFile()).path("catalogVersion").asText())
                    .as(s.path("id").asText()).isEqualTo(catalogVersion);
            int code = CliTest.run("check", f.toString()).code();
            assertThat(code).as(s.path("id").asText()).isEqualTo(s.path("id").asText().equals("flawed-program") ? 1 : 0);
        }
        assertThat(CliTest.run("scenario", "show", "ai-talent-drain").out()).contains("\"schemaVersion\"");
        CliTest.Run unknown = CliTest.run("scenario", "show", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("nope", "ai-talent-drain");
    }

    @Test
    void anUnknownScenarioIsOneLineNamingTheCommandLikeEveryOtherError() throws Exception {
        String ids = String.join(", ", CliTest.run("scenario", "list", "--format", "json").json().findValuesAsText("id"));
        Path out = tmp.resolve("x.json");
        for (String[] command : new String[][] {{"show", "nosuch"}, {"export", "nosuch", "--out", out.toString()}}) {
            String name = "policy-configurator scenario " + command[0] + ": ";
            CliTest.Run en = CliTest.run(concat(command, "--lang", "en"));
            assertThat(en.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(en.err().strip()).isEqualTo(name + "unknown value 'nosuch'; allowed: " + ids);
            assertThat(en.out()).isEmpty();
            CliTest.Run ru = CliTest.run(concat(command, "--lang", "ru"));
            assertThat(ru.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(ru.err().strip()).isEqualTo(name + "неизвестное значение «nosuch»; допустимые значения: " + ids);
            CliTest.Run kk = CliTest.run(concat(command, "--lang", "kk"));
            assertThat(kk.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(kk.err().strip()).isEqualTo(name + "белгісіз «nosuch» мәні; рұқсат етілген мәндер: " + ids);
        }
        assertThat(out).doesNotExist();
        // an option's bad value says the same, with the command first
        assertThat(CliTest.run("scenario", "list", "--format", "xml", "--lang", "en").err().strip())
                .isEqualTo("policy-configurator scenario list: --format: unknown value 'xml'; allowed: json, text");
    }

    private static String[] concat(String[] command, String... more) {
        String[] args = new String[command.length + 1 + more.length];
        args[0] = "scenario";
        System.arraycopy(command, 0, args, 1, command.length);
        System.arraycopy(more, 0, args, 1 + command.length, more.length);
        return args;
    }

    @Test
    void compareListsTheDifferingInstrumentsAndWritesAPdf() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        CliTest.run("scenario", "export", "ai-talent-drain", "--out", a.toString());
        CliTest.run("scenario", "export", "flawed-program", "--out", b.toString());
        CliTest.Run r = CliTest.run("compare", a.toString(), b.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.path("passports").size()).isEqualTo(2);
        assertThat(j.path("differingInstruments").toString()).contains("direct-subsidies", "university-industry-campus");
        assertThat(j.path("passports").get(1).path("findings").path("error").asInt()).isPositive();
        Path pdf = tmp.resolve("cmp.pdf");
        assertThat(CliTest.run("compare", a.toString(), b.toString(), "--format", "pdf", "--out", pdf.toString()).code()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Direct subsidies", "≠");
        }
        CliTest.Run one = CliTest.run("compare", a.toString());
        assertThat(one.code()).isEqualTo(2);
        CliTest.Run txt = CliTest.run("compare", a.toString(), b.toString());
        assertThat(txt.out()).contains("A. ", "B. ", "≠");
        assertThat(Files.exists(pdf)).isTrue();
    }
}
