package org.policylab.configurator.ui.monitoring;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.export.MonitoringReport;
import org.policylab.configurator.export.WriteAhead;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.monitoring.ExitEvaluation;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.monitoring.Status;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.BudgetExecution;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.GateDecision;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.store.RevisionStore;
import org.policylab.configurator.ui.common.Ui;
import org.policylab.configurator.ui.team.Permissions;
import org.policylab.configurator.ui.team.Permissions.Action;
import org.policylab.configurator.ui.wizard.WizardModel;

/**
 * The monitoring of the open program: plan versus fact per KPI (table, chart, status), the actuals, budget execution,
 * gate decisions with the exit evaluation, the monitoring findings, and the revisions with approval and diff. It only
 * binds to {@link MonitoringViewModel}; {@link #dispose()} takes the view model's listeners off the wizard model.
 */
public final class MonitoringView {
    private final MonitoringViewModel vm;
    private final Messages m;
    private final Runnable back;
    private final TabPane tabs = new TabPane();
    private Tab revisionsTab;
    private TextField approveDate;

    private final org.policylab.configurator.ui.common.HelpLink help;
    /** What the login may do here: record monitoring (a planner), approve (a reviewer). */
    private final Permissions can;

    public MonitoringView(WizardModel model, Messages m, Runnable back) {
        this(model, m, back, org.policylab.configurator.ui.common.HelpLink.NONE);
    }

    /** {@code help}: each finding has a "?" to its rule's section of the guide. */
    public MonitoringView(WizardModel model, Messages m, Runnable back, org.policylab.configurator.ui.common.HelpLink help) {
        this.vm = new MonitoringViewModel(model, m);
        this.can = model.services().permissions();
        this.m = m;
        this.back = back;
        this.help = help;
    }

    public MonitoringViewModel viewModel() {
        return vm;
    }

    public void dispose() {
        vm.dispose();
    }

    public Node build() {
        BorderPane pane = new BorderPane();
        pane.setId("monitoring");
        pane.setTop(header());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("monitoring-tabs");
        revisionsTab = tab("monitoring-tab-revisions", m.get("monitor.tab.revisions"), revisionsPane());
        tabs.getTabs().addAll(
                tab("monitoring-tab-kpis", m.get("monitor.tab.kpis"), kpisPane()),
                tab("monitoring-tab-execution", m.get("monitor.tab.execution"), executionPane()),
                tab("monitoring-tab-decisions", m.get("monitor.tab.decisions"), decisionsPane()),
                tab("monitoring-tab-findings", m.get("monitor.tab.findings"), findingsPane()),
                revisionsTab);
        VBox center = new VBox(8, previewPane(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        center.setPadding(new Insets(0, 16, 12, 16));
        pane.setCenter(center);
        return pane;
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab t = new Tab(title, scroll);
        t.setId(id);
        return t;
    }

    // ------------------------------------------------------------------ header: revision, as of, actions

    private Node header() {
        Label title = Ui.heading(m.get("monitor.title", vm.draft.get().title()));
        Label revision = new Label(vm.revisionLine());
        revision.setId("monitoring-revision");
        vm.draft.addListener((o, a, b) -> revision.setText(vm.revisionLine()));
        vm.approvedPlan.addListener((o, a, b) -> revision.setText(vm.revisionLine()));
        Label plan = Ui.hint("");
        Runnable planText = () -> plan.setText(vm.approvedInForce() ? m.get("monitor.plan.approved") : m.get("monitor.plan.draft"));
        planText.run();
        vm.draft.addListener((o, a, b) -> planText.run());
        vm.approvedPlan.addListener((o, a, b) -> planText.run());

        Spinner<Integer> asOf = new Spinner<>(2000, 2100, vm.asOfYear.get());
        asOf.setId("monitoring-as-of");
        Ui.wholeNumbers(asOf);
        asOf.setPrefWidth(100);
        asOf.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.asOfYear.set(b);
            }
        });
        Button backButton = Ui.button(m.get("monitor.back"), back);
        backButton.setId("monitoring-back");
        Button approve = Ui.button(m.get("monitor.approve.open"), () -> {
            tabs.getSelectionModel().select(revisionsTab);
            approveDate.requestFocus();
        });
        approve.setId("monitoring-approve-open");
        approve.disableProperty().bind(vm.approvable.not());
        Ui.offeredIf(approve, can.offers(Action.APPROVE));
        Button importButton = Ui.button(m.get("monitor.import.open"), this::chooseImport);
        importButton.setId("monitoring-import");
        Ui.offeredIf(importButton, can.offers(Action.RECORD_MONITORING));
        ComboBox<MonitoringReport.Format> format = new ComboBox<>(FXCollections.observableArrayList(MonitoringReport.Format.values()));
        format.setId("monitoring-report-format");
        format.getSelectionModel().select(MonitoringReport.Format.PDF);
        Ui.showAs(format, f -> f.name().toLowerCase(java.util.Locale.ROOT));
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("monitoring-report-language");
        language.getSelectionModel().select(m.language());
        Ui.showAs(language, l -> m.get("language." + l.id()));
        Button report = Ui.button(m.get("monitor.report.open"), () -> chooseReport(format.getValue(), language.getValue()));
        report.setId("monitoring-report");
        Label message = new Label();
        message.setId("monitoring-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busy);

        HBox actions = new HBox(8, backButton, approve, importButton, Ui.grow(), Ui.label(m.get("monitor.asOf"), asOf), asOf,
                format, language, report, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, revision, plan, actions, message);
        top.setPadding(new Insets(14, 16, 8, 16));
        return top;
    }

    private javafx.stage.Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    private void chooseImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("monitor.import.open"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("monitor.import.files"), "*.csv", "*.xlsx"));
        var f = fc.showOpenDialog(window());
        if (f != null) {
            vm.previewImport(f.toPath());
        }
    }

    private void chooseReport(MonitoringReport.Format format, Language language) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("monitor.report.open"));
        String ext = format.name().toLowerCase(java.util.Locale.ROOT);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        fc.setInitialFileName(org.policylab.configurator.io.FileNames.forTitle(vm.draft.get().title()) + "-monitoring." + ext);
        WriteAhead report = vm.reportAhead(format, language); // written while the planner chooses the file
        var f = fc.showSaveDialog(window());
        if (f != null) {
            vm.export(report, f.toPath(), p -> { });
        } else {
            report.drop();
        }
    }

    // ------------------------------------------------------------------ import preview

    private Node previewPane() {
        VBox box = new VBox(6);
        box.setId("import-preview");
        box.getStyleClass().add("detail-card");
        box.managedProperty().bind(box.visibleProperty());
        Runnable show = () -> {
            MonitoringViewModel.ImportPreview p = vm.preview.get();
            box.setVisible(p != null);
            box.getChildren().clear();
            if (p == null) {
                return;
            }
            Button take = Ui.button(m.get("monitor.import.take", p.rows().size()), vm::confirmImport);
            take.setId("import-take");
            take.getStyleClass().add("accent");
            take.setDisable(!p.takeable());
            Button cancel = Ui.button(m.get("monitor.import.cancel"), vm::cancelImport);
            cancel.setId("import-cancel");
            if (!p.errors().isEmpty()) {
                Label head = new Label(m.get("monitor.import.refused", p.file().getFileName().toString(), p.errors().size()));
                head.getStyleClass().addAll("text-bold", "finding-error");
                head.setId("import-refused");
                ListView<String> errors = new ListView<>(FXCollections.observableArrayList(p.errors().stream().map(vm::describe).toList()));
                errors.setId("import-errors");
                errors.setPrefHeight(Math.min(200, 28 * p.errors().size() + 8));
                box.getChildren().addAll(head, errors, new HBox(8, cancel));
                return;
            }
            Label head = new Label(m.get("monitor.import.willTake", p.file().getFileName().toString(), p.rows().size()));
            head.getStyleClass().add("text-bold");
            head.setId("import-will-take");
            TableView<Actual> rows = new TableView<>(FXCollections.observableArrayList(p.rows()));
            rows.setId("import-rows");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            rows.getColumns().add(column(m.get("monitor.report.kpi"), a -> vm.kpiName(a.kpi()), 260));
            rows.getColumns().add(column(m.get("monitor.report.period"), a -> a.period().toString(), 90));
            rows.getColumns().add(column(m.get("monitor.report.actual"), a -> vm.number(a.value()), 110));
            rows.getColumns().add(column(m.get("monitor.field.source"), a -> nz(a.source()), 200));
            rows.getColumns().add(column(m.get("monitor.field.note"), a -> nz(a.note()), 200));
            rows.getColumns().add(column(m.get("monitor.field.evidence"), a -> nz(a.evidence()), 160));
            rows.setPrefHeight(Math.min(260, 30 * p.rows().size() + 40));
            box.getChildren().addAll(head, rows, new HBox(8, take, cancel));
        };
        vm.preview.addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    // ------------------------------------------------------------------ plan versus fact

    private Node kpisPane() {
        ListView<String> kpis = new ListView<>();
        kpis.setId("monitoring-kpis");
        kpis.setPrefWidth(300);
        kpis.setMinWidth(240);
        kpis.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String k, boolean empty) {
                super.updateItem(k, empty);
                Ui.fitWidth(this);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                if (empty || k == null) {
                    setText(null);
                    return;
                }
                Status worst = worst(k);
                setText(vm.kpiName(k) + " — " + m.get(worst.messageKey()));
                getStyleClass().add("status-" + worst.id());
            }
        });
        Runnable fillKpis = () -> {
            kpis.getItems().setAll(vm.kpis());
            kpis.getSelectionModel().select(vm.selectedKpi.get());
        };
        fillKpis.run();
        vm.rows.addListener((javafx.collections.ListChangeListener<PlanVsFact.Row>) c -> {
            fillKpis.run();
            kpis.refresh();
        });
        kpis.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedKpi.set(b);
            }
        });

        TableView<PlanVsFact.Row> table = new TableView<>();
        table.setId("plan-vs-fact");
        table.getColumns().add(column(m.get("monitor.report.period"), r -> r.period().toString(), 90));
        table.getColumns().add(column(m.get("monitor.report.target"), r -> vm.number(r.target()), 110));
        table.getColumns().add(column(m.get("monitor.report.actual"), r -> r.actual() == null ? "—" : vm.number(r.actual()), 110));
        TableColumn<PlanVsFact.Row, PlanVsFact.Row> status = new TableColumn<>(m.get("monitor.report.status"));
        status.setPrefWidth(150);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PlanVsFact.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(statusText(r));
                getStyleClass().add("status-" + r.status().id());
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(column(m.get("monitor.field.source"), r -> vm.actual(r.kpi(), r.period()).map(a -> nz(a.source())).orElse(""), 200));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        NumberAxis x = Ui.yearAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return vm.number(n);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("plan-vs-fact-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setLegendVisible(true);

        // the entry form: the period list follows the KPI's frequency
        ComboBox<Period> period = new ComboBox<>();
        period.setId("actual-period");
        Ui.showAs(period, Period::toString);
        TextField value = field("actual-value");
        TextField source = field("actual-source");
        TextField note = field("actual-note");
        TextField evidence = field("actual-evidence");
        Label error = errorLabel("actual-error");
        Runnable fillForm = () -> {
            Period p = period.getValue();
            var a = p == null ? java.util.Optional.<Actual>empty() : vm.actual(vm.selectedKpi.get(), p);
            value.setText(a.map(x1 -> vm.editableNumber(x1.value())).orElse(""));
            source.setText(a.map(x1 -> nz(x1.source())).orElse(""));
            note.setText(a.map(x1 -> nz(x1.note())).orElse(""));
            evidence.setText(a.map(x1 -> nz(x1.evidence())).orElse(""));
            error.setText("");
        };
        period.valueProperty().addListener((o, a, b) -> fillForm.run());
        Button save = Ui.button(m.get("monitor.actual.save"), () -> {
            String key = vm.saveActual(vm.selectedKpi.get(), period.getValue(), value.getText(), source.getText(), note.getText(),
                    evidence.getText());
            error.setText(key == null ? "" : m.get(key));
        });
        save.setId("actual-save");
        save.getStyleClass().add("accent");
        Button remove = Ui.button(m.get("monitor.actual.remove"), () -> {
            if (period.getValue() != null) {
                vm.removeActual(vm.selectedKpi.get(), period.getValue());
                fillForm.run();
            }
        });
        remove.setId("actual-remove");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && period.getItems().contains(b.period())) {
                period.setValue(b.period());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Ui.label(m.get("monitor.report.period"), period), period, Ui.label(m.get("monitor.field.value"), value), value);
        form.addRow(1, Ui.label(m.get("monitor.field.source"), source), source, Ui.label(m.get("monitor.field.note"), note), note);
        form.addRow(2, Ui.label(m.get("monitor.field.evidence"), evidence), evidence, new HBox(8, save, remove), error);
        recordsOffered(form);

        Label kpiTitle = new Label();
        kpiTitle.getStyleClass().add("title-4");
        kpiTitle.setId("monitoring-kpi-title");
        Label rule = Ui.hint(m.get("monitor.rule", Math.round(PlanVsFact.ON_TRACK_SHARE * 100), Math.round(PlanVsFact.AT_RISK_SHARE * 100)));

        Runnable showKpi = () -> {
            String k = vm.selectedKpi.get();
            List<PlanVsFact.Row> rows = k == null ? List.of() : vm.rowsOf(k);
            table.getItems().setAll(rows);
            kpiTitle.setText(k == null ? "" : vm.kpiName(k) + (vm.kpiUnit(k).isEmpty() ? "" : ", " + vm.kpiUnit(k)));
            chart.getData().clear();
            XYChart.Series<Number, Number> plan = new XYChart.Series<>();
            plan.setName(m.get("monitor.chart.target"));
            XYChart.Series<Number, Number> fact = new XYChart.Series<>();
            fact.setName(m.get("monitor.chart.actual"));
            if (!rows.isEmpty()) {
                PlanVsFact.Row first = rows.get(0);
                plan.getData().add(new XYChart.Data<>(first.period().year() - (first.period().quarterly() ? 0.75 : 1), first.baseline()));
            }
            for (PlanVsFact.Row r : rows) {
                double at = position(r.period());
                plan.getData().add(new XYChart.Data<>(at, r.target()));
                if (r.actual() != null) {
                    fact.getData().add(new XYChart.Data<>(at, r.actual()));
                }
            }
            chart.getData().add(plan);
            chart.getData().add(fact);
            // each actual's point in the colour of its status, its status in the tooltip too
            int i = 0;
            for (PlanVsFact.Row r : rows) {
                if (r.actual() != null && i < fact.getData().size()) {
                    Node dot = fact.getData().get(i++).getNode();
                    if (dot != null) {
                        dot.getStyleClass().add("status-" + r.status().id());
                        javafx.scene.control.Tooltip.install(dot, Ui.tip(r.period() + ": " + vm.number(r.actual()) + " — "
                                + m.get(r.status().messageKey())));
                    }
                }
            }
            Period chosen = period.getValue();
            List<Period> periods = k == null ? List.of() : vm.periodsOf(k);
            period.getItems().setAll(periods);
            period.setValue(chosen != null && periods.contains(chosen) ? chosen : periods.isEmpty() ? null : periods.get(periods.size() - 1));
            fillForm.run();
        };
        vm.selectedKpi.addListener((o, a, b) -> {
            kpis.getSelectionModel().select(b);
            showKpi.run();
        });
        vm.rows.addListener((javafx.collections.ListChangeListener<PlanVsFact.Row>) c -> showKpi.run());
        showKpi.run();

        VBox right = new VBox(10, kpiTitle, rule, table, chart, Ui.heading(m.get("monitor.actual.title")), form);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(14, kpis, right);
        box.setPadding(new Insets(12));
        return box;
    }

    private Status worst(String kpi) {
        return vm.rowsOf(kpi).stream().filter(PlanVsFact.Row::due).map(PlanVsFact.Row::status).filter(s -> s != Status.NO_DATA)
                .max(java.util.Comparator.comparingInt(Enum::ordinal)).orElse(Status.NO_DATA);
    }

    private String statusText(PlanVsFact.Row r) {
        String s = m.get(r.status().messageKey());
        return r.due() || r.actual() != null ? s : s + " (" + m.get("monitor.report.notDue") + ")";
    }

    private static double position(Period p) {
        return p.quarterly() ? p.year() - 1 + p.quarter() / 4.0 : p.year();
    }

    // ------------------------------------------------------------------ budget execution

    private Node executionPane() {
        TableView<BudgetExecution> table = new TableView<>();
        table.setId("execution-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("monitor.report.instrument"), e -> vm.instrumentName(e.instrument()), 260));
        table.getColumns().add(column(m.get("monitor.report.year"), e -> String.valueOf(e.year()), 70));
        table.getColumns().add(column(m.get("monitor.report.allocated"), e -> vm.money(e.allocated()), 170));
        table.getColumns().add(column(m.get("monitor.report.disbursed"), e -> vm.money(e.disbursed()), 170));
        table.getColumns().add(column(m.get("monitor.report.private"), e -> vm.money(e.privateMobilised()), 170));
        table.setPrefHeight(300);
        Runnable fill = () -> table.getItems().setAll(vm.execution());
        vm.draft.addListener((o, a, b) -> fill.run());
        fill.run();

        ComboBox<String> instrument = new ComboBox<>(FXCollections.observableArrayList(vm.instruments()));
        instrument.setId("execution-instrument");
        Ui.showAs(instrument, vm::instrumentName);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("execution-year");
        year.setPrefWidth(110);
        TextField allocated = field("execution-allocated");
        TextField disbursed = field("execution-disbursed");
        TextField mobilised = field("execution-private");
        Label error = errorLabel("execution-error");
        Runnable fillForm = () -> {
            var e = vm.execution().stream().filter(x -> java.util.Objects.equals(x.instrument(), instrument.getValue())
                    && java.util.Objects.equals(x.year(), year.getValue())).findFirst();
            allocated.setText(e.map(x -> vm.editableMoney(x.allocated())).orElse(""));
            disbursed.setText(e.map(x -> vm.editableMoney(x.disbursed())).orElse(""));
            mobilised.setText(e.map(x -> vm.editableMoney(x.privateMobilised())).orElse(""));
            error.setText("");
        };
        instrument.valueProperty().addListener((o, a, b) -> {
            year.getItems().setAll(b == null ? List.of() : vm.yearsOf(b));
            fillForm.run();
        });
        year.valueProperty().addListener((o, a, b) -> fillForm.run());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                instrument.setValue(b.instrument());
                year.setValue(b.year());
            }
        });
        Button save = Ui.button(m.get("monitor.execution.save"), () -> {
            String key = vm.saveExecution(instrument.getValue(), year.getValue(), allocated.getText(), disbursed.getText(), mobilised.getText());
            error.setText(key == null ? "" : m.get(key));
        });
        save.setId("execution-save");
        save.getStyleClass().add("accent");
        Button remove = Ui.button(m.get("monitor.execution.remove"), () -> {
            BudgetExecution e = table.getSelectionModel().getSelectedItem();
            if (e != null) {
                vm.removeExecution(e);
            }
        });
        remove.setId("execution-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Ui.label(m.get("monitor.report.instrument"), instrument), instrument, Ui.label(m.get("monitor.report.year"), year), year);
        form.addRow(1, Ui.label(m.get("monitor.report.allocated"), allocated), allocated, Ui.label(m.get("monitor.report.disbursed"), disbursed), disbursed);
        form.addRow(2, Ui.label(m.get("monitor.report.private"), mobilised), mobilised, new HBox(8, save, remove), error);
        recordsOffered(form);
        VBox box = new VBox(10, Ui.hint(m.get("monitor.execution.hint")), table, form);
        box.setPadding(new Insets(12));
        return box;
    }

    // ------------------------------------------------------------------ gate decisions and exit evaluation

    private Node decisionsPane() {
        TableView<GateDecision> table = new TableView<>();
        table.setId("decisions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("monitor.report.date"), d -> nz(d.date()), 100));
        table.getColumns().add(column(m.get("monitor.report.gate"), d -> vm.gateName(MonitoringViewModel.GateRef.of(d)), 300));
        table.getColumns().add(column(m.get("monitor.report.decision"), d -> d.decision() == null ? "" : m.get(d.decision().messageKey()), 110));
        table.getColumns().add(column(m.get("monitor.field.rationale"), d -> nz(d.rationale()), 300));
        table.getColumns().add(column(m.get("monitor.field.evidence"), d -> nz(d.evidence()), 200));
        table.setPrefHeight(200);
        Runnable fill = () -> table.getItems().setAll(vm.decisions());
        vm.draft.addListener((o, a, b) -> fill.run());
        fill.run();

        ComboBox<MonitoringViewModel.GateRef> gate = new ComboBox<>(FXCollections.observableArrayList(vm.gates()));
        gate.setId("decision-gate");
        gate.setPrefWidth(420);
        Ui.showAs(gate, vm::gateName);
        TextField date = field("decision-date");
        date.setPromptText("2029-02-15");
        ComboBox<Decision> decision = new ComboBox<>(FXCollections.observableArrayList(Decision.values()));
        decision.setId("decision-kind");
        Ui.showAs(decision, d -> m.get(d.messageKey()));
        TextField rationale = field("decision-rationale");
        TextField evidence = field("decision-evidence");
        Label error = errorLabel("decision-error");
        Button record = Ui.button(m.get("monitor.decision.record"), () -> {
            String key = vm.recordDecision(gate.getValue(), date.getText(), decision.getValue(), rationale.getText(), evidence.getText());
            error.setText(key == null ? "" : m.get(key));
            if (key == null) {
                rationale.clear();
                evidence.clear();
            }
        });
        record.setId("decision-record");
        record.getStyleClass().add("accent");
        Button remove = Ui.button(m.get("monitor.decision.remove"), () -> {
            GateDecision d = table.getSelectionModel().getSelectedItem();
            if (d != null) {
                vm.removeDecision(d);
            }
        });
        remove.setId("decision-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Ui.label(m.get("monitor.report.gate"), gate), gate, Ui.label(m.get("monitor.report.date"), date), date);
        form.addRow(1, Ui.label(m.get("monitor.report.decision"), decision), decision, Ui.label(m.get("monitor.field.rationale"), rationale), rationale);
        form.addRow(2, Ui.label(m.get("monitor.field.evidence"), evidence), evidence, new HBox(8, record, remove), error);
        recordsOffered(form);

        TableView<ExitEvaluation.GateResult> exits = new TableView<>();
        exits.setId("exit-evaluation");
        exits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exits.getColumns().add(column(m.get("monitor.report.instrument"), r -> vm.instrumentName(r.instrumentId()), 260));
        exits.getColumns().add(column(m.get("monitor.exit.criterion"), r -> m.get("monitor.gate.criterion", String.valueOf(r.criterion().year()),
                vm.kpiName(r.criterion().kpi()), vm.number(r.criterion().threshold())), 340));
        exits.getColumns().add(column(m.get("monitor.report.actual"), r -> vm.number(r.actual()), 110));
        TableColumn<ExitEvaluation.GateResult, ExitEvaluation.GateResult> result = new TableColumn<>(m.get("monitor.exit.result"));
        result.setPrefWidth(140);
        result.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        result.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ExitEvaluation.GateResult r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeIf(c -> c.startsWith("status-"));
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(m.get(switch (r.result()) {
                    case MET -> "monitor.exit.met";
                    case MISSED -> "monitor.exit.missed";
                    case NO_DATA -> "monitor.exit.noData";
                }));
                getStyleClass().add(switch (r.result()) {
                    case MET -> "status-on-track";
                    case MISSED -> "status-off-track";
                    case NO_DATA -> "status-no-data";
                });
            }
        });
        exits.getColumns().add(result);
        exits.setItems(vm.exits);
        exits.setPrefHeight(160);

        VBox box = new VBox(10, Ui.hint(m.get("monitor.decision.hint")), table, form, Ui.heading(m.get("monitor.exit.title")), exits);
        box.setPadding(new Insets(12));
        return box;
    }

    // ------------------------------------------------------------------ findings, in the style of the review step

    private Node findingsPane() {
        VBox box = new VBox(8);
        box.setId("monitoring-findings");
        box.setPadding(new Insets(12));
        Runnable show = () -> {
            box.getChildren().setAll(Ui.hint(m.get("monitor.findings.hint", String.valueOf(vm.asOfYear.get()))));
            box.getChildren().addAll(org.policylab.configurator.ui.common.FindingList.nodes(List.copyOf(vm.findings), m,
                    m.get("monitor.report.noFindings"), "monitoring-clean", null,
                    f -> tabs.getSelectionModel().select(f.target().startsWith("/monitoring") ? 2 : 0), help));
        };
        vm.findings.addListener((javafx.collections.ListChangeListener<Finding>) c -> show.run());
        show.run();
        return box;
    }

    // ------------------------------------------------------------------ revisions: approve, compare, export

    private Node revisionsPane() {
        ListView<RevisionStore.RevisionSummary> list = new ListView<>(vm.revisions);
        list.setId("revisions-list");
        list.setPrefHeight(140);
        list.setCellFactory(lv -> Ui.textCell(r -> m.get("monitor.revision.row", r.number(), r.approvedOn(), r.approvedBy(),
                r.document() == null ? "—" : r.document())));

        approveDate = field("approve-date");
        approveDate.setText(java.time.LocalDate.now().toString());
        TextField approver = field("approve-by");
        TextField document = field("approve-document");
        Label error = errorLabel("approve-error");
        Button approve = Ui.button(m.get("monitor.approve.do"), () -> {
            String key = vm.approve(approveDate.getText(), approver.getText(), document.getText());
            error.setText(key == null ? "" : m.get(key));
        });
        approve.setId("approve-do");
        approve.getStyleClass().add("accent");
        approve.disableProperty().bind(vm.approvable.not().or(vm.busy));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Ui.label(m.get("monitor.approve.date"), approveDate), approveDate);
        form.addRow(1, Ui.label(m.get("monitor.approve.by"), approver), approver);
        form.addRow(2, Ui.label(m.get("monitor.approve.document"), document), document);
        form.addRow(3, new Label(), new HBox(8, approve, error));
        Label frozen = Ui.hint(m.get("monitor.approve.frozen"));
        frozen.visibleProperty().bind(vm.approvable.not());
        frozen.managedProperty().bind(frozen.visibleProperty());
        // approving is a reviewer's act: anyone else reads the revisions and compares them
        Ui.offeredIf(form, can.offers(Action.APPROVE));
        Ui.offeredIf(approve, can.offers(Action.APPROVE));
        Label reviewersOnly = Ui.hint(m.get("monitor.approve.reviewersOnly", can.roleName(m)));
        reviewersOnly.setId("approve-reviewers-only");
        reviewersOnly.setWrapText(true);
        Ui.offeredIf(reviewersOnly, !can.offers(Action.APPROVE));

        ComboBox<MonitoringViewModel.Version> from = new ComboBox<>();
        from.setId("compare-from");
        ComboBox<MonitoringViewModel.Version> to = new ComboBox<>();
        to.setId("compare-to");
        Ui.showAs(from, MonitoringViewModel.Version::label);
        Ui.showAs(to, MonitoringViewModel.Version::label);
        Runnable versions = () -> {
            List<MonitoringViewModel.Version> v = vm.versions();
            from.getItems().setAll(v);
            to.getItems().setAll(v);
            if (v.size() >= 2) {
                from.setValue(v.get(v.size() - 2));
                to.setValue(v.get(v.size() - 1));
            }
        };
        vm.revisions.addListener((javafx.collections.ListChangeListener<RevisionStore.RevisionSummary>) c -> versions.run());
        vm.approvable.addListener((o, a, b) -> versions.run());
        versions.run();
        Button compare = Ui.button(m.get("monitor.compare"), () -> vm.compare(from.getValue(), to.getValue()));
        compare.setId("compare-do");
        compare.disableProperty().bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        Button pdf = Ui.button(m.get("monitor.compare.pdf"), this::chooseDiffPdf);
        pdf.setId("compare-pdf");
        pdf.disableProperty().bind(vm.compared.isNull());

        TableView<PassportDiff.Change> changes = new TableView<>(vm.changes);
        changes.setId("diff-table");
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(m.get("diff.none")));
        changes.getColumns().add(column(m.get("diff.where"), PassportDiff.Change::pointer, 260));
        changes.getColumns().add(column(m.get("diff.before"), c -> nz(c.before()), 330));
        changes.getColumns().add(column(m.get("diff.after"), c -> nz(c.after()), 330));
        changes.setPrefHeight(300);

        VBox box = new VBox(10, Ui.heading(m.get("monitor.revisions")), list, Ui.heading(m.get("monitor.approve.title")), reviewersOnly, frozen, form,
                Ui.heading(m.get("monitor.compare.title")), new HBox(8, from, new Label("→"), to, compare, pdf), changes);
        box.setPadding(new Insets(12));
        return box;
    }

    /** A form that records monitoring in the draft: only for a login that may change drafts (not a reviewer alone). */
    private void recordsOffered(GridPane form) {
        if (!can.offers(Action.RECORD_MONITORING)) {
            Ui.offeredIf(form, false);
            form.lookupAll(".button").forEach(b -> Ui.offeredIf(b, false));
        }
    }

    private void chooseDiffPdf() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("monitor.compare.pdf"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        fc.setInitialFileName(org.policylab.configurator.io.FileNames.forTitle(vm.draft.get().title()) + "-changes.pdf");
        WriteAhead pdf = vm.diffAhead(); // written while the planner chooses the file
        if (pdf == null) {
            return;
        }
        var f = fc.showSaveDialog(window());
        if (f != null) {
            vm.export(pdf, f.toPath(), p -> { });
        } else {
            pdf.drop();
        }
    }

    /** For the window's tests and for a file dropped in: preview the import of this file. */
    public void importFile(Path file) {
        vm.previewImport(file);
    }

    // ------------------------------------------------------------------ plumbing

    private static <S> TableColumn<S, String> column(String title, Function<S, String> text, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(18);
        return f;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("finding-error");
        l.setWrapText(true);
        return l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
