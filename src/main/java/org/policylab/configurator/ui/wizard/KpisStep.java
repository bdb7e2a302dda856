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
    private final LineChart<Number, Number> chart = new LineChart<>(yearAxis(), new NumberAxis());
    private boolean loading;

    KpisStep(WizardModel model, Messages m) {
        super(model, m);
    }

    @Override
    WizardStep step() {
        return WizardStep.KPIS;
    }

    private static NumberAxis yearAxis() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickUnit(1);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        return x;
    }

    private String name(String id) {
        return catalog().kpi(id).map(k -> k.name().in(m.language())).orElse(id);
    }

    @Override
    protected Node create() {
        ListView<Scored<Kpi>> list = new ListView<>();
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
                boolean in = passport().kpis().stream().anyMatch(k -> k.kpi().equals(s.item().id()));
                setText((in ? "✓ " : "") + s.item().name().in(m.language()) + "  ·  " + m.get(s.item().kind().messageKey()));
                setTooltip(Ui.tip(s.item().description().in(m.language()) + "\n\n" + s.reasons().stream()
                        .map(r -> (r.points() > 0 ? "+" : "") + r.points() + "  " + r.text(m)).reduce((a, b) -> a + "\n" + b).orElse("")));
            }
        });
        Runnable fill = () -> {
            Recommendation r = model.recommendationProperty().get();
            list.getItems().setAll(r == null ? List.of() : r.kpis());
        };
        fill.run();
        model.recommendationProperty().addListener((o, a, b) -> fill.run());
        Button add = addButton(m.get("wizard.kpis.add"), "add-kpi", list, selected -> {
            edit(p -> p.addKpi(KpiTarget.of(selected.item().id())));
            chosen.getSelectionModel().select(chosen.getItems().size() - 1);
        });

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
        chosen.setItems(FXCollections.observableArrayList(passport().kpis()));
        validate(chosen, "/kpis");
        Button remove = Ui.button(m.get("wizard.remove"), () -> {
            int i = chosen.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                edit(p -> p.removeKpi(i));
            }
        });
        remove.setId("kpi-remove");
        remove.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));

        VBox editor = editor();
        editor.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));
        mirror(chosen, ProgramPassport::kpis, list::refresh);

        if (!chosen.getItems().isEmpty()) {
            chosen.getSelectionModel().select(0);
        }
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

    private void update(UnaryOperator<KpiTarget> change) {
        int i = chosen.getSelectionModel().getSelectedIndex();
        if (loading || i < 0 || i >= passport().kpis().size()) {
            return;
        }
        edit(p -> p.replaceKpi(i, change.apply(p.kpis().get(i))));
    }

    private VBox editor() {
        Label unit = new Label();
        unit.setId("kpi-unit");
        Label definition = Ui.hint("");
        int now = Year.now().getValue();
        Spinner<Integer> baseYear = new Spinner<>(now - 20, now + 10, now - 1);
        baseYear.setEditable(true);
        baseYear.setId("field-kpis-baseline-year");
        TextField baseValue = new TextField();
        baseValue.setId("field-kpis-baseline");
        baseValue.setPromptText(m.get("wizard.kpis.valuePrompt"));
        java.util.function.Consumer<BigDecimal> pushBaseline = v ->
                update(k -> k.withBaseline(v == null ? null : new YearValue(baseYear.getValue(), v.doubleValue())));
        baseYear.valueProperty().addListener((o, a, b) -> {
            // a value that cannot be read is not written, not even as "no baseline"
            NumberInput.Result r = NumberInput.parse(m.language(), baseValue.getText());
            if (!r.isInvalid()) {
                pushBaseline.accept(r.valueOrNull());
            }
        });
        numberField(baseValue, pushBaseline);

        ComboBox<String> freq = new ComboBox<>(FXCollections.observableArrayList(FREQUENCIES));
        freq.setId("field-kpis-frequency");
        freq.setButtonCell(frequencyCell());
        freq.setCellFactory(lv -> frequencyCell());
        freq.valueProperty().addListener((o, a, b) -> update(k -> k.withFrequency(b)));
        TextField source = new TextField();
        source.setId("field-kpis-source");
        source.textProperty().addListener((o, a, b) -> update(k -> k.withSource(b.isBlank() ? null : b)));
        TextField owner = new TextField();
        owner.setId("field-kpis-owner");
        owner.textProperty().addListener((o, a, b) -> update(k -> k.withOwner(b.isBlank() ? null : b)));

        targetsBox.setId("field-kpis-targets");
        chart.setId("kpi-chart");
        chart.setPrefHeight(240);
        chart.setLegendVisible(false);
        chart.setAnimated(false);

        boolean[] selectionChanged = {false};
        Runnable load = () -> {
            int i = chosen.getSelectionModel().getSelectedIndex();
            if (i < 0 || i >= passport().kpis().size()) {
                return;
            }
            loading = true;
            try {
                KpiTarget k = passport().kpis().get(i);
                var def = catalog().kpi(k.kpi());
                unit.setText(def.map(d -> d.unit() == null ? "" : d.unit().in(m.language())).orElse(""));
                definition.setText(def.map(d -> d.description().in(m.language())
                        + (d.dataSource() == null ? "" : "\n" + m.get("wizard.kpis.suggestedSource", d.dataSource().in(m.language()))))
                        .orElse(""));
                if (k.baseline() != null && k.baseline().year() != null) {
                    baseYear.getValueFactory().setValue(k.baseline().year());
                }
                BigDecimal bv = k.baseline() == null || k.baseline().value() == null ? null : BigDecimal.valueOf(k.baseline().value());
                showNumber(baseValue, bv, selectionChanged[0]);
                freq.setValue(k.frequency());
                setIfDifferent(source, k.source());
                setIfDifferent(owner, k.owner());
                targets(k, selectionChanged[0]);
                chart(k);
            } finally {
                loading = false;
            }
        };
        chosen.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            selectionChanged[0] = true;
            try {
                load.run();
            } finally {
                selectionChanged[0] = false;
            }
        });
        model.passportProperty().addListener((o, a, b) -> load.run());

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
        g.addRow(r, Ui.label(m.get("wizard.kpis.owner"), owner), owner);
        Label t = new Label(m.get("wizard.kpis.details"));
        t.getStyleClass().add("title-4");
        VBox box = new VBox(10, t, g, chart);
        box.getStyleClass().add("detail-card");
        box.setId("kpi-editor");
        return box;
    }

    private static void setIfDifferent(TextField f, String v) {
        String s = v == null ? "" : v;
        if (!s.equals(f.getText())) {
            f.setText(s);
        }
    }

    /**
     * Shows the draft's number in a field unless the field already says the same. Text that does
     * not read as a number stays (with its marker) while the same KPI is edited elsewhere; it is
     * replaced when another KPI is shown.
     */
    private void showNumber(TextField f, BigDecimal value, boolean otherKpi) {
        NumberInput.Result typed = NumberInput.parse(m.language(), f.getText());
        if (typed.isInvalid() && !otherKpi) {
            return;
        }
        BigDecimal t = typed.valueOrNull();
        boolean same = t == null ? value == null : value != null && t.compareTo(value) == 0;
        if (!same) {
            f.setText(NumberInput.format(m.language(), value));
        }
    }

    /** One field per program year; years come from the instruments' periods, or the next three years. */
    private void targets(KpiTarget k, boolean otherKpi) {
        List<Integer> years = Drafting.years(passport());
        if (years.isEmpty()) {
            int y = Year.now().getValue() + 1;
            years = List.of(y, y + 1, y + 2);
        }
        List<Integer> all = new ArrayList<>(years);
        k.targets().stream().map(YearValue::year).filter(y -> y != null && !all.contains(y)).forEach(all::add);
        all.sort(Integer::compareTo);
        boolean same = targetsBox.getChildren().size() == all.size();
        if (same) {
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).equals(targetsBox.getChildren().get(i).getUserData())) {
                    same = false;
                }
            }
        }
        if (!same) {
            targetsBox.getChildren().clear();
            for (Integer y : all) {
                TextField f = new TextField();
                f.setId("target-" + y);
                f.setPrefColumnCount(10);
                numberField(f, v -> setTarget(y, v));
                HBox row = new HBox(10, new Label(String.valueOf(y)), f);
                row.setAlignment(Pos.CENTER_LEFT);
                row.setUserData(y);
                targetsBox.getChildren().add(row);
            }
        }
        for (Node n : targetsBox.getChildren()) {
            Integer y = (Integer) n.getUserData();
            TextField f = (TextField) ((HBox) n).getChildren().get(1);
            BigDecimal v = k.targets().stream().filter(t -> y.equals(t.year()) && t.value() != null)
                    .map(t -> BigDecimal.valueOf(t.value())).findFirst().orElse(null);
            showNumber(f, v, otherKpi);
        }
    }

    private void setTarget(int year, BigDecimal value) {
        update(k -> {
            List<YearValue> list = new ArrayList<>(k.targets().stream().filter(t -> t.year() == null || t.year() != year).toList());
            if (value != null) {
                list.add(new YearValue(year, value.doubleValue()));
            }
            list.sort((a, b) -> Integer.compare(a.year() == null ? 0 : a.year(), b.year() == null ? 0 : b.year()));
            return k.withTargets(list);
        });
    }

    private void chart(KpiTarget k) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        if (k.hasBaseline()) {
            s.getData().add(new XYChart.Data<>(k.baseline().year(), k.baseline().value()));
        }
        k.targets().stream().filter(t -> t.year() != null && t.value() != null)
                .forEach(t -> s.getData().add(new XYChart.Data<>(t.year(), t.value())));
        chart.getData().setAll(List.of(s));
        chart.setTitle(name(k.kpi()));
    }
}
