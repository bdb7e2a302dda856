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
        for (JsonNode s : arr) {
            Path f = tmp.resolve(s.path("id").asText() + ".json");
            assertThat(CliTest.run("scenario", "export", s.path("id").asText(), "--out", f.toString()).code()).isZero();
            int code = CliTest.run("check", f.toString()).code();
            assertThat(code).as(s.path("id").asText()).isEqualTo(s.path("id").asText().equals("flawed-program") ? 1 : 0);
        }
        assertThat(CliTest.run("scenario", "show", "ai-talent-drain").out()).contains("\"schemaVersion\"");
        CliTest.Run unknown = CliTest.run("scenario", "show", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("nope", "ai-talent-drain");
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
