package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 6: the JSON contract — schema, round trip, migration, one line per problem. */
class PassportJsonTest {
    @TempDir
    Path tmp;

    @Test
    void anExportedPassportValidatesAgainstThePublishedSchemaAndReadsBackTheSame() throws Exception {
        Path f = tmp.resolve("p.json");
        new Exporter().export(Fixtures.good(), Fixtures.catalog(), org.policylab.configurator.i18n.Language.KK, ExportFormat.JSON, f);
        JsonNode tree = JsonInput.mapper().readTree(f.toFile());
        try (InputStream schema = Files.newInputStream(Path.of("templates/passport/passport.schema.json"))) {
            var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            assertThat(s.validate(tree)).isEmpty();
        }
        assertThat(tree.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(tree.at("/instruments/1/exit/trigger").asText()).isEqualTo("performance");
        assertThat(tree.at("/instruments/0/gates/0/kpi").asText()).isEqualTo("ai-graduates-hired");
        assertThat(tree.at("/review/type").asText()).isEqualTo("external-independent");
        assertThat(PassportJson.read(f)).isEqualTo(Fixtures.good());
    }

    @Test
    void everyScenarioRoundTrips() throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        for (ScenarioLibrary.Scenario s : lib.list()) {
            ProgramPassport p = lib.load(s.id(), org.policylab.configurator.i18n.Language.RU);
            assertThat(PassportJson.parse("x", PassportJson.toJson(p))).isEqualTo(p);
        }
    }

    @Test
    void aVersionZeroDraftIsMigrated() throws Exception {
        String v0 = """
                {"title": "Old draft", "diagnosis": {"problem": "talent-drain"},
                 "instruments": [{"instrument": "rd-grants", "budget": 250000000, "coFinancingPercent": 30}]}
                """;
        ProgramPassport p = PassportJson.parse("old.json", v0);
        assertThat(p.schemaVersion()).isEqualTo(2);
        assertThat(p.instruments().get(0).budget().amount()).isEqualByComparingTo("250000000");
        assertThat(p.instruments().get(0).budget().currency()).isEqualTo("KZT");
        assertThat(p.instruments().get(0).coFinancingShare()).isEqualTo(0.3);
    }

    @Test
    void aVersionOnePassportOpensChecksAndExports() throws Exception {
        // the v1 fixture file of the fuzz corpus: text-only exit rules, an "independent" flag, no structured terms
        Path v1 = Path.of("src/test/resources/org/policylab/configurator/fuzz/ReaderFuzzTestInputs/checkPath/good-passport.json");
        assertThat(JsonInput.mapper().readTree(v1.toFile()).path("schemaVersion").asInt()).isEqualTo(1);
        ProgramPassport p = PassportJson.read(v1);
        assertThat(p.schemaVersion()).isEqualTo(2);
        assertThat(p.instruments().get(0).exit()).isNull();
        // what v1 cannot say becomes a finding that tells the planner what to add - a warning, not an error
        var findings = new org.policylab.configurator.engine.DesignChecks(Fixtures.catalog()).check(p);
        assertThat(findings).extracting(org.policylab.configurator.engine.Finding::rule)
                .contains("exit-terms-missing", "review-type-missing", "selection-missing");
        assertThat(org.policylab.configurator.engine.DesignChecks.hasErrors(findings)).isFalse();
        for (ExportFormat format : ExportFormat.values()) {
            Path out = tmp.resolve("v1." + format.name().toLowerCase(java.util.Locale.ROOT));
            new Exporter().export(p, Fixtures.catalog(), org.policylab.configurator.i18n.Language.RU, format, out);
            assertThat(Files.size(out)).as(format.name()).isGreaterThan(500);
        }
    }

    @Test
    void schemaProblemsAreOneLineEachWithTheirPointer() {
        String bad = """
                {"schemaVersion": 1, "title": "x",
                 "context": {"stage": "teenage"},
                 "instruments": [{"instrument": "rd-grants", "coFinancingShare": 1.5, "budget": {"amount": -5}}]}
                """;
        assertThatThrownBy(() -> PassportJson.parse("bad.json", bad)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    String[] lines = e.getMessage().split("\n");
                    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(lines).allMatch(l -> l.startsWith("bad.json: at /"));
                    assertThat(e.getMessage()).contains("/context/stage", "/instruments/0/coFinancingShare", "/instruments/0/budget/amount");
                });
    }

    @Test
    void aPassportFromANewerAppIsRefusedClearly() {
        assertThatThrownBy(() -> PassportJson.parse("new.json", "{\"schemaVersion\": 7, \"title\": \"x\"}"))
                .hasMessageContaining("new.json").hasMessageContaining("/schemaVersion").hasMessageContaining("newer");
    }
}
