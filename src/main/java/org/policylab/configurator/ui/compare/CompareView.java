package org.policylab.configurator.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.policylab.configurator.engine.Comparison;
import org.policylab.configurator.export.ComparisonReport;
import org.policylab.configurator.export.WriteAhead;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.FileNames;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.DraftStore;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.Formats;
import org.policylab.configurator.ui.common.Ui;

/**
 * Compare two or three designs (drafts or demo scenarios) side by side; instruments and KPIs
 * that not every design uses are marked; the comparison exports to PDF for the handout.
 */
public final class CompareView {
    private final AppServices services;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private final Label status = new Label();
    private Comparison current;

    /** Something that can be compared: a draft of the workspace or a shipped scenario. */
    public record Choice(String label, String draftId, String scenarioId) {
        @Override
        public String toString() {
            return label;
        }
    }

    public CompareView(AppServices services, Messages m) {
        this.services = services;
        this.m = m;
    }

    /** The drafts (as the workspace's writer read them) and then the shipped scenarios. */
    List<Choice> choices(List<DraftStore.DraftSummary> drafts) {
        List<Choice> out = new ArrayList<>();
        for (DraftStore.DraftSummary d : drafts) {
            out.add(new Choice(d.title(), d.id(), null));
        }
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        for (ScenarioLibrary.Scenario s : lib.list()) {
            out.add(new Choice("◆ " + lib.title(s.id(), m.language()), null, s.id()));
        }
        return out;
    }

    /** A draft is read on the workspace's writer, a scenario from the shipped library; neither on the FX thread. */
    java.util.concurrent.CompletableFuture<ProgramPassport> load(Choice c) {
        if (c.draftId() != null) {
            return services.gateway().loadDraft(c.draftId()).thenApply(p -> p.orElseThrow(
                    () -> new java.util.NoSuchElementException(m.get("store.draftGone", c.label()))));
        }
        try {
            return java.util.concurrent.CompletableFuture.completedFuture(ScenarioLibrary.shipped().load(c.scenarioId(), m.language()));
        } catch (org.policylab.configurator.io.InputException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    public Node build() {
        List<ComboBox<Choice>> pickers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(choices(List.of())));
            box.setId("compare-pick-" + (char) ('a' + i));
            box.setPromptText((char) ('A' + i) + (i == 2 ? " (" + m.get("compare.optional") + ")" : ""));
            box.setPrefWidth(300);
            box.setCellFactory(lv -> new ListCell<>() {
                @Override
                protected void updateItem(Choice c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : c.label());
                }
            });
            pickers.add(box);
        }
        services.runner().whenDone(services.gateway().drafts(), drafts -> {
            List<Choice> all = choices(drafts);
            for (ComboBox<Choice> box : pickers) {
                Choice picked = box.getValue();
                box.getItems().setAll(all);
                box.setValue(picked);
            }
        }, err -> status.setText(m.get("store.failed", org.policylab.configurator.ui.common.ErrorText.of(err, m))));
        Button run = Ui.button(m.get("compare.run"), () -> {
            List<java.util.concurrent.CompletableFuture<ProgramPassport>> loading = new ArrayList<>();
            for (ComboBox<Choice> p : pickers) {
                if (p.getValue() != null) {
                    loading.add(load(p.getValue()));
                }
            }
            if (loading.size() < 2) {
                status.setText(m.get("compare.pick"));
                return;
            }
            var all = java.util.concurrent.CompletableFuture.allOf(loading.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .thenApply(v -> loading.stream().map(java.util.concurrent.CompletableFuture::join).toList());
            services.runner().whenDone(all, chosen -> {
                current = Comparison.of(chosen, services.catalog());
                show(current);
                status.setText("");
            }, err -> status.setText(org.policylab.configurator.ui.common.ErrorText.of(err, m)));
        });
        run.setId("compare-run");
        run.getStyleClass().add("accent");
        Button pdf = Ui.button(m.get("compare.exportPdf"), this::exportPdf);
        pdf.setId("compare-pdf");
        status.setId("compare-status");
        status.setWrapText(true);
        // buttons keep their full label in every language; the row wraps on narrow screens
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pdf.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pick = new javafx.scene.layout.FlowPane(10, 10, pickers.get(0), pickers.get(1), pickers.get(2), run, pdf);
        grid.setId("compare-grid");
        grid.setHgap(0);
        grid.setVgap(0);
        grid.getStyleClass().add("compare-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(12, Ui.heading(m.get("compare.title")), Ui.hint(m.get("compare.pick")), pick, status, scroll,
                Ui.hint(m.get("compare.legend")));
        root.setPadding(new Insets(20));
        root.setId("compare-view");
        return root;
    }

    private void show(Comparison c) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints first = new ColumnConstraints();
        first.setPercentWidth(24);
        grid.getColumnConstraints().add(first);
        ComparisonReport report = new ComparisonReport(c, services.catalog(), m);
        for (int i = 0; i < c.columns().size(); i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(76.0 / c.columns().size());
            grid.getColumnConstraints().add(cc);
            grid.add(cell((char) ('A' + i) + ". " + c.columns().get(i).passport().title(), "compare-head"), i + 1, 0);
        }
        int r = 1;
        r = row(r, m.get("compare.context"), c.columns().stream().map(x -> report.context(x.passport().context())).toList(), null);
        r = row(r, m.get("metrics.public"), c.columns().stream().map(x -> Formats.tenge(m.language(), x.publicBudget())).toList(), null);
        r = row(r, m.get("metrics.perTenge"), c.columns().stream().map(x -> x.hasBudgetMoney() ? Formats.number(m.language(), x.privatePerTenge()) : "—").toList(), null);
        r = row(r, m.get("compare.findings"), c.columns().stream().map(report::findings).toList(), null);
        grid.add(cell(m.get("compare.instruments"), "compare-section"), 0, r++, c.columns().size() + 1, 1);
        for (Comparison.Row row : c.instruments()) {
            r = presence(r, row, "instrument");
        }
        grid.add(cell(m.get("compare.kpis"), "compare-section"), 0, r++, c.columns().size() + 1, 1);
        for (Comparison.Row row : c.kpis()) {
            r = presence(r, row, "kpi");
        }
    }

    private int row(int r, String label, List<String> values, String style) {
        grid.add(cell(label, "compare-label"), 0, r);
        for (int i = 0; i < values.size(); i++) {
            grid.add(cell(values.get(i), style), i + 1, r);
        }
        return r + 1;
    }

    private int presence(int r, Comparison.Row row, String kind) {
        String name = services.catalog().entry(row.id()).map(e -> e.name().in(m.language())).orElse(row.id());
        Label l = cell((row.shared() ? "" : "≠ ") + name, row.shared() ? "compare-shared" : "compare-diff");
        l.setId("compare-" + kind + "-" + row.id());
        l.setUserData(row.shared());
        grid.add(l, 0, r);
        for (int i = 0; i < row.present().size(); i++) {
            boolean in = row.present().get(i);
            grid.add(cell(in ? "✓" : "—", row.shared() ? "compare-shared" : "compare-diff"), i + 1, r);
        }
        return r + 1;
    }

    private static Label cell(String text, String style) {
        Label l = new Label(Objects.requireNonNullElse(text, ""));
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.getStyleClass().add("compare-cell");
        if (style != null) {
            l.getStyleClass().add(style);
        }
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }

    private void exportPdf() {
        if (current == null) {
            status.setText(m.get("compare.pick"));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(FileNames.forTitle(m.get("compare.title")) + ".pdf");
        WriteAhead pdf = pdfAhead(); // written while the planner chooses the file
        var f = fc.showSaveDialog(grid.getScene().getWindow());
        if (f != null) {
            exportPdf(pdf, f.toPath());
        } else {
            pdf.drop();
        }
    }

    /** Writes the comparison in the background; the status line says where, or why not. */
    public void exportPdf(Path file) {
        exportPdf(pdfAhead(), file);
    }

    /** The comparison on screen as a PDF, begun in memory at once (issue 16). */
    private WriteAhead pdfAhead() {
        ComparisonReport report = new ComparisonReport(current, services.catalog(), m);
        return WriteAhead.start(report::writePdf);
    }

    private void exportPdf(WriteAhead pdf, Path file) {
        status.setText(m.get("export.running"));
        services.runner().run(() -> {
            pdf.writeTo(file);
            return file;
        }, done -> status.setText(m.get("export.done", done.toString())), err -> status.setText(org.policylab.configurator.ui.common.ErrorText.of(err, m)));
    }
}
