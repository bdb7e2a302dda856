package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.WizardStep;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 5: a planner completes a passport by clicking and typing only, and exports it. */
class WizardFlowTest extends UiTestBase {
    private void next() {
        clickOn("#wizard-next");
    }

    private void pick(String comboQuery, String item) {
        clickOn(comboQuery);
        clickOn(item);
    }

    private void selectInList(String listQuery, String textStart) {
        ListView<?> list = node(listQuery);
        Object item = list.getItems().stream().filter(i -> cellText(list, i).startsWith(textStart)).findFirst().orElseThrow();
        reveal(listQuery);
        interact(() -> list.scrollTo(list.getItems().indexOf(item)));
        clickOn(lookup(listQuery + " .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().replace("✓ ", "").startsWith(textStart))
                .findFirst().orElseThrow());
    }

    private String cellText(ListView<?> list, Object item) {
        if (item instanceof org.policylab.configurator.engine.Scored<?> s && s.item() instanceof org.policylab.configurator.catalog.CatalogEntry e) {
            return e.name().en();
        }
        if (item instanceof org.policylab.configurator.passport.KpiTarget k) {
            return services.catalog().kpi(k.kpi()).map(x -> x.name().en()).orElse(k.kpi());
        }
        return String.valueOf(item);
    }

    @Test
    void fromTheStartScreenToAnExportedPassport() throws Exception {
        int first = Year.now().getValue() + 1;
        clickOn("#new-draft");

        // Problem
        TextField title = node("#field-title");
        interact(title::clear);
        clickOn("#field-title").write("AI talent retention program");
        clickOn("#problem-search").write("talent");
        clickOn("Talent drain");
        reveal("#field-diagnosis-targetChange");
        clickOn("#field-diagnosis-targetChange").write("Double AI graduates hired at home");
        next();

        // Context
        pick("#field-context-sector", "Artificial intelligence");
        clickOn("#stage-emerging");
        pick("#field-context-goal", "technology leadership");
        next();

        // Segments
        clickOn("#segment-startup");
        next();
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(WizardStep.INSTRUMENTS);

        // Instruments: two, with budgets (years come from the instrument's typical duration)
        selectInList("#suggestion-list", "Joint university–industry campuses");
        clickOn("#add-instrument");
        clickOn((javafx.scene.Node) reveal("#field-instruments-budget")).write("1500000000");
        clickOn((javafx.scene.Node) reveal("#field-instruments-exitRule")).write("ends with the program; extension only if targets are met");
        selectInList("#suggestion-list", "Tax breaks for startups");
        clickOn("#add-instrument");
        clickOn((javafx.scene.Node) reveal("#field-instruments-budget")).write("400000000");
        clickOn((javafx.scene.Node) reveal("#field-instruments-conditions")).write("only for firms hiring AI graduates");
        next();

        // KPIs: baseline and a target for every year of the first KPI
        selectInList("#field-kpis", "AI graduates hired");
        clickOn((javafx.scene.Node) reveal("#field-kpis-baseline")).write("120");
        clickOn((javafx.scene.Node) reveal("#target-" + first)).write("180");
        clickOn((javafx.scene.Node) reveal("#target-" + (first + 1))).write("260");
        next();

        // Phases & review
        clickOn("#add-phase");
        clickOn((javafx.scene.Node) reveal("#field-phases-gate")).write("continue if AI graduates hired reach 180");
        clickOn((javafx.scene.Node) reveal("#field-review-body")).write("Independent expert panel");
        clickOn((javafx.scene.Node) reveal("#field-review-independent"));
        next();

        // Review: findings are listed and one click jumps to the field
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        assertThat(lookup("#review-findings .finding-link").queryAll()).isNotEmpty();
        assertThat(lookup("#results-chain").tryQuery()).isPresent();
        // budget money: the campus's 1.5 bn; the startup tax breaks are revenue forgone, not budget money (issue 14)
        assertThat(text("#metric-public")).contains("1").contains("500").contains("₸").doesNotContain("900");
        Hyperlink link = lookup("#review-findings .finding-link").queryAllAs(Hyperlink.class).iterator().next();
        clickOn(link);
        assertThat(window.wizard().orElseThrow().stepProperty().get()).isNotEqualTo(WizardStep.REVIEW);
        clickOn("#step-export");

        // Export JSON
        Path out = home.resolve("exported.json");
        TextField path = node("#export-path");
        interact(() -> path.setText(""));
        clickOn((javafx.scene.Node) reveal("#export-path")).write(out.toString());
        ComboBox<?> format = node("#export-format");
        assertThat(format.getValue().toString()).isEqualTo("JSON");
        clickOn((javafx.scene.Node) reveal("#export-run"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(out)).isTrue();
        assertThat(text("#export-result")).contains(out.toString());

        JsonNode j = JsonInput.mapper().readTree(out.toFile());
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(org.policylab.configurator.passport.ProgramPassport.SCHEMA_VERSION);
        assertThat(j.path("title").asText()).isEqualTo("AI talent retention program");
        assertThat(j.path("diagnosis").path("problem").asText()).isEqualTo("talent-drain");
        assertThat(j.path("diagnosis").path("targetChange").asText()).isEqualTo("Double AI graduates hired at home");
        assertThat(j.path("context").path("sector").asText()).isEqualTo("ai");
        assertThat(j.path("context").path("stage").asText()).isEqualTo("emerging");
        assertThat(j.path("context").path("goal").asText()).isEqualTo("tech-leadership");
        assertThat(j.path("context").path("segments").toString()).contains("startup");
        assertThat(j.path("instruments").findValuesAsText("instrument")).containsExactly("university-industry-campus", "startup-tax-breaks");
        assertThat(j.at("/instruments/0/budget/amount").asLong()).isEqualTo(1_500_000_000L);
        assertThat(j.at("/instruments/1/budget/amount").asLong()).isEqualTo(400_000_000L);
        assertThat(j.at("/instruments/0/startYear").asInt()).isEqualTo(first);
        assertThat(j.at("/instruments/0/endYear").asInt()).isGreaterThanOrEqualTo(first);
        assertThat(j.at("/instruments/0/exitRule").asText()).startsWith("ends with the program");
        assertThat(j.at("/instruments/1/conditions/0").asText()).isEqualTo("only for firms hiring AI graduates");
        JsonNode kpi = null;
        for (JsonNode k : j.path("kpis")) {
            if (k.path("kpi").asText().equals("ai-graduates-hired")) {
                kpi = k;
            }
        }
        assertThat(kpi).isNotNull();
        assertThat(kpi.at("/baseline/value").asDouble()).isEqualTo(120.0);
        assertThat(kpi.path("targets").toString()).contains("\"year\":" + first).contains("180.0").contains("260.0");
        assertThat(j.at("/phases/0/gate").asText()).isEqualTo("continue if AI graduates hired reach 180");
        assertThat(j.at("/review/body").asText()).isEqualTo("Independent expert panel");
        assertThat(j.at("/review/independent").asBoolean()).isTrue();
        assertThat(j.path("catalogVersion").asText()).isEqualTo("2026.2");
    }

    @Test
    void undoTakesBackTheLastEdit() {
        clickOn("#new-draft");
        clickOn("#problem-search").write("talent");
        clickOn("Talent drain");
        assertThat(window.wizard().orElseThrow().passport().diagnosis().problem()).isEqualTo("talent-drain");
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.wizard().orElseThrow().passport().diagnosis().problem()).isNull();
    }
}
