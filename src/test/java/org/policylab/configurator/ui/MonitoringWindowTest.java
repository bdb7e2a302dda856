package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Monitoring in the real window, as a planner at a workshop: the demo opens approved as revision 1 with two years of
 * actuals; the planner enters an actual and records a gate decision, and both are in the passport and the workspace;
 * an import shows its rows (or its errors) before anything is taken.
 */
class MonitoringWindowTest extends UiTestBase {
    private WizardModel wizard() {
        return window.wizard().orElseThrow();
    }

    /** Scrolls the node's tab so it is on screen, as a planner would with the wheel. */
    private <T extends Node> T show(String query) {
        T n = node(query);
        interact(() -> {
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                double content = sp.getContent().getBoundsInLocal().getHeight();
                double viewport = sp.getViewportBounds().getHeight();
                var b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                if (content > viewport) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / (content - viewport))));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    private void fill(String query, String text) {
        TextField f = show(query);
        interact(f::clear);
        clickOn(f);
        write(text);
    }

    private void pick(String comboQuery, String text) {
        clickOn((Node) show(comboQuery));
        Node cell = lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + text + "' in " + comboQuery));
        clickOn(cell);
    }

    private void tab(String title) {
        clickOn((Node) lookup(".tab-label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText())).findFirst().orElseThrow());
    }

    /** The text the plan-versus-fact table shows in the status column for a period. */
    private String statusShown(Period period) {
        TableView<PlanVsFact.Row> table = node("#plan-vs-fact");
        return lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableView() == table && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof PlanVsFact.Row r && r.period().equals(period)
                        && c.getStyleClass().stream().anyMatch(s -> s.startsWith("status-")))
                .map(n -> ((TableCell<?, ?>) n).getText() + " [" + ((TableCell<?, ?>) n).getStyleClass().stream()
                        .filter(s -> s.startsWith("status-")).findFirst().orElse("") + "]")
                .findFirst().orElse("(no status cell)");
    }

    @Test
    void aPlannerEntersAnActualAndRecordsAGateDecisionAndBothAreInThePassportAndTheWorkspace() throws Exception {
        interact(() -> window.openScenario("ai-talent-drain"));
        clickOn("View");
        clickOn("Monitoring");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#monitoring-revision")).startsWith("Revision 1 · approved 2026-12-15");
        ListView<String> kpis = node("#monitoring-kpis");
        assertThat(kpis.getSelectionModel().getSelectedItem()).isEqualTo("ai-graduates-hired");
        assertThat(statusShown(Period.year(2027))).isEqualTo("off track [status-off-track]");
        assertThat(statusShown(Period.year(2028))).isEqualTo("off track [status-off-track]");
        assertThat(statusShown(Period.year(2029))).isEqualTo("no data [status-no-data]");

        // the actual of 2029: the period list offers the KPI's years up to the as-of year, the latest chosen
        assertThat(((javafx.scene.control.ComboBox<?>) node("#actual-period")).getValue()).isEqualTo(Period.year(2029));
        fill("#actual-value", "1,600");
        fill("#actual-source", "UAPF pension contributions");
        fill("#actual-evidence", "UAPF extract 17-0501");
        clickOn((Node) show("#actual-save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#actual-error")).isEmpty();
        assertThat(statusShown(Period.year(2029))).isEqualTo("on track [status-on-track]");

        // a decision at the phase 1 gate
        tab("Gate decisions");
        pick("#decision-gate", "Phase 1 gate: Phase 1: launch and pilot cohorts");
        fill("#decision-date", "2029-03-01");
        pick("#decision-kind", "continue");
        fill("#decision-rationale", "Firms and survival on track; graduates handled by the campus adjustment");
        fill("#decision-evidence", "Panel minutes of 2029-02-28");
        clickOn((Node) show("#decision-record"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#decision-error")).isEmpty();
        TableView<?> decisions = node("#decisions-table");
        assertThat(decisions.getItems()).hasSize(2);

        ProgramPassport p = wizard().passport();
        assertThat(p.monitoringOrEmpty().actuals()).anySatisfy(a -> {
            assertThat(a.kpi()).isEqualTo("ai-graduates-hired");
            assertThat(a.period()).isEqualTo(Period.year(2029));
            assertThat(a.value()).isEqualTo(1600.0);
            assertThat(a.evidence()).isEqualTo("UAPF extract 17-0501");
        });
        assertThat(p.monitoringOrEmpty().decisions()).anySatisfy(d -> {
            assertThat(d.phase()).isZero();
            assertThat(d.decision()).isEqualTo(Decision.CONTINUE);
            assertThat(d.date()).isEqualTo("2029-03-01");
        });
        assertThat(p.revisionOrFirst().approved()).as("monitoring does not change the approved plan").isTrue();

        interact(() -> wizard().saveNow());
        ProgramPassport stored = workspace.drafts().load(p.id()).orElseThrow();
        assertThat(stored.monitoringOrEmpty()).isEqualTo(p.monitoringOrEmpty());
        assertThat(workspace.revisions().load(p.id(), 1).orElseThrow().monitoringOrEmpty().decisions())
                .as("the approved revision as it was approved").hasSize(1);
    }

    @Test
    void anImportFromTheReviewStepShowsItsRowsBeforeTakingThemAndABadFileTakesNothing() throws Exception {
        interact(() -> window.openScenario("ai-talent-drain"));
        interact(() -> wizard().stepProperty().set(WizardStep.REVIEW));
        clickOn("#review-monitoring");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.monitoring()).isPresent();

        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "kpi,period,value\nai-graduates-hired,2029,12abc\n", StandardCharsets.UTF_8);
        ProgramPassport before = wizard().passport();
        interact(() -> window.monitoring().orElseThrow().importFile(bad));
        assertThat(text("#import-refused")).contains("bad.csv", "Nothing was taken");
        ListView<String> errors = node("#import-errors");
        assertThat(errors.getItems()).containsExactly("row 2, column value: “12abc” is not a number; write it plainly, e.g. 1234.5");
        assertThat(lookup("#import-take").tryQuery()).isEmpty();
        clickOn("#import-cancel");
        assertThat(node("#import-preview").isVisible()).isFalse();
        assertThat(wizard().passport()).isSameAs(before);

        Path good = home.resolve("actuals.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(good)) {
            var sheet = wb.createSheet("actuals");
            String[][] rows = {{"kpi", "period", "value", "source"}, {"ai-graduates-hired", "2029", "1600", "UAPF"},
                    {"service-exports", "2029", "98", "National Bank"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        interact(() -> window.monitoring().orElseThrow().importFile(good));
        assertThat(text("#import-will-take")).contains("actuals.xlsx", "2 rows");
        TableView<?> rows = node("#import-rows");
        assertThat(rows.getItems()).hasSize(2);
        assertThat(wizard().passport()).as("nothing taken before the planner takes it").isSameAs(before);
        Button take = node("#import-take");
        assertThat(take.getText()).isEqualTo("Take 2 rows");
        clickOn(take);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node("#import-preview").isVisible()).isFalse();
        assertThat(wizard().passport().monitoringOrEmpty().actuals())
                .filteredOn(a -> a.period().equals(Period.year(2029))).extracting(a -> a.kpi() + "=" + a.value())
                .containsExactlyInAnyOrder("ai-graduates-hired=1600.0", "service-exports=98.0");
        assertThat(text("#monitoring-message")).isEqualTo("2 actuals taken.");
    }
}
