package org.policylab.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.io.JsonInput;

/** The shipped catalog validates; deliberately broken copies are reported with file, JSON pointer and reason. */
class CatalogValidatorTest {
    static JsonNode shipped() {
        return JsonInput.mapper().valueToTree(Fixtures.catalog().toDocument());
    }

    @Test
    void theShippedCatalogIsValid() throws Exception {
        CatalogValidator.Result r = CatalogValidator.validate("shipped.json", shipped(), null);
        assertThat(r.issues()).isEmpty();
    }

    static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("unknown category", "/instruments/0/category",
                        (Consumer<JsonNode>) r -> obj(r, "/instruments/0").put("category", "magic")),
                Arguments.of("unknown stage", "/instruments/1/stages/0",
                        (Consumer<JsonNode>) r -> ((ArrayNode) r.at("/instruments/1/stages")).set(0, "teenage")),
                Arguments.of("missing Kazakh name", "/instruments/2/name",
                        (Consumer<JsonNode>) r -> obj(r, "/instruments/2/name").remove("kk")),
                Arguments.of("empty Russian description", "/kpis/3/description/ru",
                        (Consumer<JsonNode>) r -> obj(r, "/kpis/3/description").put("ru", "")),
                Arguments.of("instrument names an unknown KPI", "/instruments/4/kpis/0",
                        (Consumer<JsonNode>) r -> ((ArrayNode) r.at("/instruments/4/kpis")).set(0, "happiness-index")),
                Arguments.of("problem answered by an unknown instrument", "/problems/0/answers/0/instrument",
                        (Consumer<JsonNode>) r -> obj(r, "/problems/0/answers/0").put("instrument", "magic-wand")),
                Arguments.of("an older file's problem names an unknown instrument", "/problems/0/instruments/0",
                        (Consumer<JsonNode>) r -> {
                            obj(r, "/problems/0").remove("answers");
                            obj(r, "/problems/0").putArray("instruments").add("magic-wand");
                        }),
                Arguments.of("duplicate id", "/kpis/5/id",
                        (Consumer<JsonNode>) r -> obj(r, "/kpis/5").put("id", r.at("/kpis/4/id").asText())),
                Arguments.of("co-financing above 100 %", "/instruments/6/design/typicalCoFinancingShare",
                        (Consumer<JsonNode>) r -> obj(r, "/instruments/6/design").put("typicalCoFinancingShare", 1.7)),
                Arguments.of("bad id spelling", "/sectors/0/id",
                        (Consumer<JsonNode>) r -> obj(r, "/sectors/0").put("id", "Bio Tech!")),
                Arguments.of("unknown region level", "/regions/3/talent",
                        (Consumer<JsonNode>) r -> obj(r, "/regions/3").put("talent", "excellent")),
                Arguments.of("KPI kind outside the vocabulary", "/kpis/7/kind",
                        (Consumer<JsonNode>) r -> obj(r, "/kpis/7").put("kind", "impact")),
                Arguments.of("sector sensitivity to an unknown lever", "/sectors/1/sensitivity",
                        (Consumer<JsonNode>) r -> obj(r, "/sectors/1/sensitivity").put("prayer", "high")),
                Arguments.of("key stage not among stages", "/instruments/0/keyStages/0",
                        (Consumer<JsonNode>) r -> {
                            ((ArrayNode) r.at("/instruments/0/stages")).removeAll().add("decline");
                            ((ArrayNode) r.at("/instruments/0/keyStages")).removeAll().add("emerging");
                        }),
                Arguments.of("wrong type", "/instruments/8/segments",
                        (Consumer<JsonNode>) r -> obj(r, "/instruments/8").put("segments", "sme")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("broken")
    void eachBreakIsReportedWithItsPointer(String what, String pointer, Consumer<JsonNode> breakIt) throws Exception {
        JsonNode copy = shipped();
        breakIt.accept(copy);
        CatalogValidator.Result r = CatalogValidator.validate("broken.json", copy, null);
        assertThat(r.valid()).isFalse();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.pointer()).startsWith(pointer);
            assertThat(i.describe()).startsWith("broken.json: at " + pointer);
        });
    }
}
