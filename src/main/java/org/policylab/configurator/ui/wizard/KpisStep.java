package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.engine.Drafting;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.i18n.NumberInput;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 5: suggested and chosen KPIs; baseline, yearly targets, frequency, source, owner; the trajectory chart. */
final class KpisStep extends StepView {
    static final List<String> FREQUENCIES = List.of("annual", "semiannual", "quarterly", "monthly");
    private final ListView<KpiTarget> chosen = new ListView<>();
    private final VBox targetsBox = new VBox(6);
    private final LineChart<Number, Number> chart = new LineChart<>(Ui.yearAxis(), new NumberAxis());
    private final KpisViewModel vm;

    KpisStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new KpisViewModel(model, m.language(), (key, arg) -> m.get(key, arg));
    }

    @Override
    KpisViewModel viewModel() {
        return vm;
    }

    @Override
    protected void selectItemOf(String pointer) {
        if (pointer.startsWith("/kpis/")) {
            vm.chosen.select(itemIndex(pointer));
        }
    }

    @Override
    WizardStep step() {
        return WizardStep.KPIS;
    }

    private String name(String id) {
        return vm.name(id);
    }

    @Override
    protected Node create() {
        ListView<Scored<Kpi>> list = new ListView<>(vm.suggestions);
        list.setId("kpi-suggestions");
        list.setPrefHeight(200);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Scored<Kpi> s, boolean empty) {
                super.updateItem(s, empty);
                Ui.fitWidth(this);
                if (empty || s == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean in = vm.isChosen(s.item().id());
                setText((in ? "✓ " : "") + s.item().name().in(m.language()) + "  ·  " + m.get(s.item().kind().messageKey()));
                setTooltip(Ui.tip(s.item().description().in(m.language()) + "\n\n" + s.reasons().stream()
                        .map(r -> (r.points() > 0 ? "+" : "") + r.points() + "  " + r.text(m)).reduce((a, b) -> a + "\n" + b).orElse("")));
            }
        });
        Button add = addButton(m.get("wizard.kpis.add"), "add-kpi", list, selected -> vm.add(selected.item().id()));

        chosen.setId("field-kpis");
        chosen.setPrefHeight(200);
        chosen.setPlaceholder(new Label(m.get("wizard.kpis.none")));
        chosen.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(KpiTarget k, boolean empty) {
                super.updateItem(k, empty);
                Ui.fitWidth(this);
                setText(empty || k == null ? null : name(k.kpi()) + (k.hasBaseline() ? "" : "  ·  " + m.get("wizard.kpis.noBaseline")));
            }
        });
        bind(chosen, vm.chosen);
        // the ✓ of a suggestion follows the chosen list
        vm.chosen.items().addListener((javafx.collections.ListChangeListener<KpiTarget>) c -> list.refresh());
        validate(chosen, "/kpis");
        Button remove = Ui.button(m.get("wizard.remove"), vm::removeSelected);
        remove.setId("kpi-remove");
        remove.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));

        VBox editor = editor();
        editor.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));

        Label sTitle = new Label(m.get("wizard.kpis.suggested"));
        sTitle.getStyleClass().add("title-4");
        Label cTitle = new Label(m.get("wizard.kpis.chosen"));
        cTitle.getStyleClass().add("title-4");
        VBox left = new VBox(8, sTitle, list, add);
        VBox right = new VBox(8, cTitle, chosen, remove);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(420);
        return new VBox(12, Ui.heading(m.get("wizard.step.kpis")), Ui.hint(m.get("wizard.kpis.hint")),
                new HBox(20, left, right), editor);
    }

    private VBox editor() {
        Label unit = new Label();
        unit.setId("kpi-unit");
        unit.textProperty().bind(vm.unit);
        Label definition = Ui.hint("");
        definition.textProperty().bind(vm.definition);
        int now = Year.now().getValue();
        Spinner<Integer> baseYear = new Spinner<>(now - 20, now + 10, now - 1);
        Ui.wholeNumbers(baseYear);
        baseYear.setId("field-kpis-baseline-year");
        bind(baseYear, vm.baselineYear, now - 1);
        TextField baseValue = new TextField();
        baseValue.setId("field-kpis-baseline");
        baseValue.setPromptText(m.get("wizard.kpis.valuePrompt"));
        bindNumber(baseValue, vm.baseline);

        ComboBox<String> freq = new ComboBox<>(FXCollections.observableArrayList(FREQUENCIES));
        freq.setId("field-kpis-frequency");
        freq.setButtonCell(frequencyCell());
        freq.setCellFactory(lv -> frequencyCell());
        bind(freq, vm.frequency);
        TextField source = new TextField();
        source.setId("field-kpis-source");
        bind(source, vm.source);
        TextField owner = new TextField();
        owner.setId("field-kpis-owner");
        bind(owner, vm.owner);

        targetsBox.setId("field-kpis-targets");
        Runnable rows = () -> {
            targetsBox.getChildren().clear();
            for (Integer y : vm.targetYears) {
                TextField f = new TextField();
                f.setId("target-" + y);
                f.setPrefColumnCount(10);
                bindNumber(f, vm.target(y));
                HBox row = new HBox(10, new Label(String.valueOf(y)), f);
                row.setAlignment(Pos.CENTER_LEFT);
                row.setUserData(y);
                targetsBox.getChildren().add(row);
            }
        };
        rows.run();
        vm.targetYears.addListener((javafx.collections.ListChangeListener<Integer>) c -> rows.run());
        chart.setId("kpi-chart");
        chart.setPrefHeight(240);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.titleProperty().bind(vm.kpiName);
        Runnable draw = () -> {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            vm.trajectory.forEach(v -> s.getData().add(new XYChart.Data<>(v.year(), v.value())));
            chart.getData().setAll(List.of(s));
        };
        draw.run();
        vm.trajectory.addListener((javafx.collections.ListChangeListener<YearValue>) c -> draw.run());

        GridPane g = ProblemStep.form();
        int r = 0;
        g.addRow(r++, new Label(m.get("wizard.kpis.unit")), unit);
        g.addRow(r++, new Label(), definition);
        HBox base = new HBox(10, baseYear, baseValue);
        base.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.baseline"), baseValue), base);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.targets"), targetsBox), targetsBox);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.frequency"), freq), freq);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.source"), source), source);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.owner"), owner), owner);
        // the cascade: which higher-level indicator this one serves
        TextField servesDocument = new TextField();
        servesDocument.setId("field-kpis-serves-document");
        servesDocument.setPromptText(m.get("wizard.kpis.servesDocumentPrompt"));
        bind(servesDocument, vm.servesDocument);
        ComboBox<String> servesIndicator = new ComboBox<>(vm.nationalIndicators);
        servesIndicator.setId("field-kpis-serves-indicator");
        servesIndicator.setEditable(true);
        servesIndicator.setMaxWidth(Double.MAX_VALUE);
        servesIndicator.setPromptText(m.get("wizard.kpis.servesIndicatorPrompt"));
        bind(servesIndicator.getEditor(), vm.servesIndicator);
        TextField servesId = new TextField();
        servesId.setId("field-kpis-serves-id");
        servesId.setPrefColumnCount(14);
        bind(servesId, vm.servesId);
        Label cascade = new Label(m.get("wizard.kpis.cascade"));
        cascade.getStyleClass().add("text-bold");
        g.add(cascade, 0, r++, 2, 1);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.servesDocument"), servesDocument), servesDocument);
        g.addRow(r++, Ui.label(m.get("wizard.kpis.servesIndicator"), servesIndicator), servesIndicator);
        g.addRow(r, Ui.label(m.get("wizard.kpis.servesId"), servesId), servesId);
        Label t = new Label(m.get("wizard.kpis.details"));
        t.getStyleClass().add("title-4");
        VBox box = new VBox(10, t, g, chart);
        box.getStyleClass().add("detail-card");
        box.setId("kpi-editor");
        return box;
    }
}
