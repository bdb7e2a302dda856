package org.policylab.configurator.ui.wizard;

import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.ui.common.Formats;
import org.policylab.configurator.ui.common.Ui;

/**
 * The planning-system part of Phases &amp; review, in collapsible panes: financing by source and year with tax
 * expenditures apart and the totals as the documents compute them; the action plan (drafted, then edited); risks with
 * mitigation; the ex-post evaluation method. Every control binds to a field of {@link PlanViewModel}.
 */
final class PlanEditor {
    private final Messages m;
    private final PlanViewModel vm;
    private final StepView step;
    private final GridPane financingRows = table("financing-rows");
    private final GridPane taxRows = table("tax-rows");
    private final GridPane actionRows = table("action-rows");
    private final GridPane riskRows = table("risk-rows");
    private final VBox root;

    PlanEditor(Messages m, PlanViewModel vm, StepView step) {
        this.m = m;
        this.vm = vm;
        this.step = step;

        actionRows.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        // ---- financing
        financing();
        vm.financing.addListener((ListChangeListener<PlanViewModel.FinancingRow>) c -> financing());
        taxes();
        vm.taxes.addListener((ListChangeListener<PlanViewModel.TaxRow>) c -> taxes());
        Button addLine = Ui.button(m.get("wizard.plan.addFinancing"), vm::addFinancing);
        addLine.setId("add-financing");
        Button addTax = Ui.button(m.get("wizard.plan.addTax"), vm::addTax);
        addTax.setId("add-tax");
        Label totals = new Label();
        totals.setId("financing-totals");
        totals.setWrapText(true);
        totals.getStyleClass().add("text-bold");
        totals.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> totalsText(vm.totals.get()), vm.totals));
        Label taxTitle = new Label(m.get("wizard.plan.taxTitle"));
        taxTitle.getStyleClass().add("text-bold");
        TitledPane money = new TitledPane(m.get("wizard.plan.financingTitle"), new VBox(8,
                Ui.hint(m.get("wizard.plan.financingHint")), financingRows, addLine,
                taxTitle, Ui.hint(m.get("wizard.plan.taxHint")), taxRows, addTax, totals));
        money.setId("financing-section");

        // ---- action plan
        actions();
        vm.actions.addListener((ListChangeListener<PlanViewModel.ActionRow>) c -> actions());
        Button draft = Ui.button(m.get("wizard.plan.draftActions"), vm::draftActions);
        draft.setId("draft-actions");
        draft.disableProperty().bind(vm.draftable.not());
        draft.setTooltip(Ui.tip(m.get("wizard.plan.draftActionsHint")));
        Button addAction = Ui.button(m.get("wizard.plan.addAction"), vm::addAction);
        addAction.setId("add-action");
        TitledPane plan = new TitledPane(m.get("wizard.plan.actionsTitle"), new VBox(8,
                Ui.hint(m.get("wizard.plan.actionsHint")), actionRows, new HBox(8, draft, addAction)));
        plan.setId("actions-section");

        // ---- risks and evaluation
        risks();
        vm.risks.addListener((ListChangeListener<PlanViewModel.RiskRow>) c -> risks());
        Button addRisk = Ui.button(m.get("wizard.plan.addRisk"), vm::addRisk);
        addRisk.setId("add-risk");
        TextArea evaluation = ProblemStep.area("field-evaluationMethod", 3);
        evaluation.setPromptText(m.get("wizard.plan.evaluationPrompt"));
        StepView.bind(evaluation, vm.evaluationMethod);
        Label evaluationTitle = new Label(m.get("wizard.plan.evaluation"));
        evaluationTitle.getStyleClass().add("text-bold");
        TitledPane risksPane = new TitledPane(m.get("wizard.plan.risksTitle"), new VBox(8, riskRows, addRisk,
                evaluationTitle, evaluation));
        risksPane.setId("risks-section");

        root = new VBox(10, money, plan, risksPane);
    }

    Node node() {
        return root;
    }

    private String totalsText(Financing f) {
        if (f == null) {
            return "";
        }
        return m.get("wizard.plan.totals", Formats.tenge(m.language(), f.budgetTotal()), Formats.tenge(m.language(), f.total()),
                Formats.tenge(m.language(), f.taxTotal()));
    }

    // ---- the tables

    private void financing() {
        financingRows.getChildren().clear();
        if (vm.financing.isEmpty()) {
            financingRows.add(Ui.hint(m.get("wizard.plan.noFinancing")), 0, 0, 6, 1);
            return;
        }
        headers(financingRows, "wizard.plan.col.source", "wizard.plan.col.year", "wizard.plan.col.amount",
                "wizard.plan.col.administrator", "wizard.plan.col.instrument");
        for (PlanViewModel.FinancingRow row : vm.financing) {
            int i = row.index();
            String id = "financing-" + i;
            ComboBox<FundingSource> source = sourceChoice(id + "-source");
            StepView.bind(source, row.source());
            TextField year = yearField(id + "-year");
            StepView.bind(year, row.year());
            TextField amount = amountField(id + "-amount");
            step.bindNumber(amount, row.amount());
            TextField admin = new TextField();
            admin.setId(id + "-administrator");
            admin.setPromptText(m.get("wizard.plan.administratorPrompt"));
            StepView.bind(admin, row.administrator());
            GridPane.setHgrow(admin, Priority.ALWAYS);
            ComboBox<String> instrument = instrumentChoice(id + "-instrument");
            StepView.bind(instrument, row.instrument());
            financingRows.addRow(i + 1, source, year, amount, admin, instrument, remove(id + "-remove", () -> vm.removeFinancing(i)));
        }
    }

    private void taxes() {
        taxRows.getChildren().clear();
        if (vm.taxes.isEmpty()) {
            return;
        }
        headers(taxRows, "wizard.plan.col.instrument", "wizard.plan.col.year", "wizard.plan.col.forgone");
        for (PlanViewModel.TaxRow row : vm.taxes) {
            int i = row.index();
            String id = "tax-" + i;
            ComboBox<String> instrument = instrumentChoice(id + "-instrument");
            StepView.bind(instrument, row.instrument());
            TextField year = yearField(id + "-year");
            StepView.bind(year, row.year());
            TextField amount = amountField(id + "-amount");
            step.bindNumber(amount, row.amount());
            taxRows.addRow(i + 1, instrument, year, amount, remove(id + "-remove", () -> vm.removeTax(i)));
        }
    }

    /** Two lines per action, so the plan fits a 1366-pixel screen: what and when above, who, money and instrument below. */
    private void actions() {
        actionRows.getChildren().clear();
        if (vm.actions.isEmpty()) {
            actionRows.add(Ui.hint(m.get("wizard.plan.noActions")), 0, 0, 4, 1);
            return;
        }
        int r = 0;
        for (PlanViewModel.ActionRow row : vm.actions) {
            int i = row.index();
            String id = "action-" + i;
            TextField measure = new TextField();
            measure.setId(id + "-measure");
            measure.setPromptText(m.get("wizard.plan.col.measure"));
            StepView.bind(measure, row.measure());
            TextField form = new TextField();
            form.setId(id + "-completionForm");
            form.setPromptText(m.get("wizard.plan.col.completionForm"));
            StepView.bind(form, row.completionForm());
            TextField deadline = new TextField();
            deadline.setId(id + "-deadline");
            deadline.setPromptText(m.get("wizard.plan.col.deadline"));
            StepView.bind(deadline, row.deadline());
            TextField executors = new TextField();
            executors.setId(id + "-executors");
            executors.setPromptText(m.get("wizard.plan.col.executors"));
            executors.setTooltip(Ui.tip(m.get("wizard.plan.executorsHint")));
            StepView.bind(executors, row.executors());
            ComboBox<FundingSource> source = sourceChoice(id + "-source");
            StepView.bind(source, row.source());
            TextField amount = amountField(id + "-amount");
            amount.setPromptText(m.get("wizard.plan.col.amount"));
            step.bindNumber(amount, row.amount());
            ComboBox<String> instrument = instrumentChoice(id + "-instrument");
            StepView.bind(instrument, row.instrument());
            Label no = new Label((i + 1) + ".");
            no.setMinWidth(28);
            actionRows.add(no, 0, r);
            HBox top = new HBox(8, measure, form, deadline);
            HBox.setHgrow(measure, Priority.ALWAYS);
            form.setPrefWidth(150);
            deadline.setPrefWidth(170);
            measure.setMinWidth(260);
            // a long measure reads in full on hover
            measure.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                    () -> measure.getText() == null || measure.getText().isBlank() ? null : Ui.tip(measure.getText()),
                    measure.textProperty()));
            source.setPrefWidth(170);
            instrument.setPrefWidth(170);
            actionRows.add(top, 1, r++);
            HBox bottom = new HBox(8, executors, source, amount, instrument, remove(id + "-remove", () -> vm.removeAction(i)));
            bottom.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(executors, Priority.ALWAYS);
            actionRows.add(bottom, 1, r++);
            actionRows.add(new Separator(), 1, r++);
        }
    }

    private void risks() {
        riskRows.getChildren().clear();
        if (vm.risks.isEmpty()) {
            riskRows.add(Ui.hint(m.get("wizard.plan.noRisks")), 0, 0, 3, 1);
            return;
        }
        headers(riskRows, "wizard.plan.col.risk", "wizard.plan.col.mitigation");
        for (PlanViewModel.RiskRow row : vm.risks) {
            int i = row.index();
            TextField risk = new TextField();
            risk.setId("risk-" + i + "-risk");
            StepView.bind(risk, row.risk());
            TextField mitigation = new TextField();
            mitigation.setId("risk-" + i + "-mitigation");
            StepView.bind(mitigation, row.mitigation());
            GridPane.setHgrow(risk, Priority.ALWAYS);
            GridPane.setHgrow(mitigation, Priority.ALWAYS);
            riskRows.addRow(i + 1, risk, mitigation, remove("risk-" + i + "-remove", () -> vm.removeRisk(i)));
        }
    }

    // ---- controls

    private static GridPane table(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private void headers(GridPane g, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            Label l = new Label(m.get(keys[c]));
            l.getStyleClass().add("text-muted");
            g.add(l, c, 0);
        }
    }

    private Button remove(String id, Runnable action) {
        Button b = Ui.button("✕", action);
        b.setId(id);
        b.setTooltip(Ui.tip(m.get("wizard.remove")));
        return b;
    }

    private ComboBox<FundingSource> sourceChoice(String id) {
        List<FundingSource> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(FundingSource.values()));
        ComboBox<FundingSource> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setPrefWidth(200);
        box.setMinWidth(140);
        box.setButtonCell(cell(this::sourceName));
        box.setCellFactory(lv -> cell(this::sourceName));
        return box;
    }

    private ComboBox<String> instrumentChoice(String id) {
        ComboBox<String> box = new ComboBox<>(vm.instruments);
        box.setId(id);
        box.setPrefWidth(200);
        box.setMinWidth(140);
        box.setButtonCell(cell(vm::instrumentName));
        box.setCellFactory(lv -> cell(vm::instrumentName));
        return box;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : text.apply(item));
            }
        };
    }

    private static TextField yearField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.setMinWidth(64);
        f.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        return f;
    }

    private static TextField amountField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(11);
        f.setMinWidth(130);
        f.setAlignment(Pos.CENTER_RIGHT);
        return f;
    }

    /** A funding source in the UI language; each key is named here so the bundle check sees it used. */
    private String sourceName(FundingSource s) {
        return m.get(switch (s) {
            case REPUBLICAN_BUDGET -> "wizard.plan.source.republican-budget";
            case LOCAL_BUDGET -> "wizard.plan.source.local-budget";
            case NATIONAL_FUND -> "wizard.plan.source.national-fund";
            case QUASI_PUBLIC -> "wizard.plan.source.quasi-public";
            case PRIVATE -> "wizard.plan.source.private";
            case OTHER -> "wizard.plan.source.other";
        });
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }
}
