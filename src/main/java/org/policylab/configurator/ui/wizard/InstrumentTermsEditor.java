package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.LocalContentMeasure;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.ui.common.Formats;
import org.policylab.configurator.ui.common.Ui;

/**
 * The structured terms of the selected instrument (passport v2) in a collapsible pane: exit (sunset year, trigger,
 * extension, clawback), selection of recipients (method, justification, largest share, state-owned), the local-content
 * measure, what support is contingent on, and the instrument's own performance gates. Every control binds to a field of
 * the step's view model, which applies it to the selected instrument.
 */
final class InstrumentTermsEditor {
    private final Messages m;
    private final Supplier<Catalog> catalog;
    private final InstrumentsViewModel vm;

    private final TextField sunset = yearField("field-instruments-exit-sunsetYear");
    private final ComboBox<ExitTrigger> trigger;
    private final ComboBox<Extension> extension;
    private final TextField clawback = new TextField();
    private final ComboBox<SelectionMethod> method;
    private final TextField justification = new TextField();
    private final Spinner<Integer> share = new Spinner<>(0, 100, 0, 5);
    private final CheckBox stateOwned;
    private final ComboBox<LocalContentMeasure> localContent;
    private final VBox gateRows = new VBox(6);
    private final Button addGate;
    private final TitledPane pane;

    InstrumentTermsEditor(Messages m, Supplier<Catalog> catalog, InstrumentsViewModel vm) {
        this.m = m;
        this.catalog = catalog;
        this.vm = vm;

        sunset.setPromptText(m.get("wizard.terms.yearPrompt"));
        StepView.bind(sunset, vm.sunsetYear);
        Ui.explain(sunset, m, "sunset");
        trigger = StepView.vocabularyChoice(m, "field-instruments-exit-trigger", ExitTrigger.values());
        StepView.bind(trigger, vm.trigger);
        extension = StepView.vocabularyChoice(m, "field-instruments-exit-extension", Extension.values());
        StepView.bind(extension, vm.extension);
        clawback.setId("field-instruments-exit-clawback");
        clawback.setPromptText(m.get("wizard.terms.clawbackPrompt"));
        StepView.bind(clawback, vm.clawback);

        method = StepView.vocabularyChoice(m, "field-instruments-selection-method", SelectionMethod.values());
        StepView.bind(method, vm.method);
        justification.setId("field-instruments-selection-justification");
        justification.setPromptText(m.get("wizard.terms.justificationPrompt"));
        StepView.bind(justification, vm.justification);
        Ui.wholeNumbers(share);
        share.setId("field-instruments-selection-largestRecipientShare");
        share.setPrefWidth(110);
        share.getValueFactory().valueProperty().bindBidirectional(vm.largestShare.valueProperty());
        stateOwned = new CheckBox(m.get("wizard.terms.stateOwned"));
        stateOwned.setId("field-instruments-selection-stateOwnedRecipient");
        StepView.bind(stateOwned, vm.stateOwned);

        localContent = StepView.vocabularyChoice(m, "field-instruments-localContentMeasure", LocalContentMeasure.values());
        StepView.bind(localContent, vm.localContent);
        FlowPane contingentOn = new FlowPane(14, 6);
        contingentOn.setId("field-instruments-contingentOn");
        for (Contingency c : Contingency.values()) {
            CheckBox cb = new CheckBox(m.get(c.messageKey()));
            cb.setId("contingent-" + c.id());
            cb.setTooltip(Ui.tip(m.get("wizard.terms.contingencyHint")));
            StepView.bind(cb, vm.contingency(c));
            contingentOn.getChildren().add(cb);
        }

        gateRows.setId("field-instruments-gates");
        addGate = Ui.button(m.get("wizard.terms.addGate"), vm::addGate);
        addGate.setId("add-gate");
        gates();
        vm.gates.addListener((javafx.collections.ListChangeListener<InstrumentsViewModel.GateFields>) ch -> gates());

        for (ComboBox<?> c : List.of(trigger, extension, method, localContent)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(120);
        label.setPrefWidth(170);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setFillWidth(true);
        field.setMinWidth(150);
        g.getColumnConstraints().addAll(label, field, label, field);
        int r = 0;
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.terms.sunsetYear"), sunset), m, "sunset"), sunset,
                Ui.label(m.get("wizard.terms.trigger"), trigger), trigger);
        g.addRow(r++, Ui.label(m.get("wizard.terms.extension"), extension), extension,
                Ui.label(m.get("wizard.terms.clawback"), clawback), clawback);
        g.addRow(r++, Ui.label(m.get("wizard.terms.selection"), method), method,
                Ui.label(m.get("wizard.terms.largestShare"), share), share);
        g.add(Ui.label(m.get("wizard.terms.justification"), justification), 0, r);
        g.add(justification, 1, r++, 3, 1);
        g.add(stateOwned, 1, r++, 3, 1);
        Label lcHint = Ui.hint(m.get("wizard.terms.localContentHint"));
        HBox lc = new HBox(10, localContent, lcHint);
        lc.setAlignment(Pos.CENTER_LEFT);
        localContent.setMinWidth(200);
        HBox.setHgrow(lcHint, Priority.ALWAYS);
        g.add(Ui.label(m.get("wizard.terms.localContent"), localContent), 0, r);
        g.add(lc, 1, r++, 3, 1);
        Label contingentLabel = Ui.label(m.get("wizard.terms.contingentOn"), contingentOn);
        contingentLabel.setTooltip(Ui.tip(m.get("wizard.terms.contingencyHint")));
        g.add(contingentLabel, 0, r);
        g.add(contingentOn, 1, r++, 3, 1);

        Label gatesTitle = new Label(m.get("wizard.terms.gates"));
        gatesTitle.getStyleClass().add("text-bold");
        VBox gates = new VBox(6, gatesTitle, Ui.hint(m.get("wizard.terms.gatesHint")), gateRows, addGate);
        pane = new TitledPane(m.get("wizard.terms.title"), new VBox(12, g, gates));
        pane.setId("instrument-terms");
        pane.setExpanded(true);
    }

    Node node() {
        return pane;
    }

    /** The gate rows follow the view model's: one per gate of the selected instrument. */
    private void gates() {
        gateRows.getChildren().clear();
        if (!vm.gates.isEmpty()) {
            gateRows.getChildren().add(gateHeader());
        }
        for (InstrumentsViewModel.GateFields g : vm.gates) {
            gateRows.getChildren().add(gateRow(g));
        }
    }

    /** Widths of a gate row's columns (the remove button last): the header and every row shrink alike. */
    private static final double[] GATE_MIN = {70, 160, 20, 70, 120, 32};
    private static final double[] GATE_PREF = {70, 280, 20, 100, 200, 32};

    private HBox gateHeader() {
        // each heading as wide as its column, no wider: fixed widths had kept the step wider than a 1280-pixel window
        HBox h = new HBox(8, header("wizard.terms.gateYear", 0), header("wizard.terms.gateKpi", 1), header(null, 2),
                header("wizard.terms.gateThreshold", 3), header("wizard.terms.gateOnFail", 4), header(null, 5));
        h.getStyleClass().add("text-muted");
        return h;
    }

    private Label header(String key, int column) {
        Label l = new Label(key == null ? "" : m.get(key));
        sized(l, column);
        return l;
    }

    private static void sized(javafx.scene.layout.Region r, int column) {
        r.setMinWidth(GATE_MIN[column]);
        r.setPrefWidth(GATE_PREF[column]);
    }

    private HBox gateRow(InstrumentsViewModel.GateFields g) {
        int i = g.index();
        TextField year = yearField("gate-" + i + "-year");
        sized(year, 0);
        StepView.bind(year, g.year());
        ComboBox<String> kpi = new ComboBox<>(vm.gateKpiChoices);
        kpi.setId("gate-" + i + "-kpi");
        sized(kpi, 1);
        Ui.showAs(kpi, id -> catalog.get().kpi(id).map(k -> k.name().in(m.language())).orElse(id));
        StepView.bind(kpi, g.kpi());
        Label sign = new Label();
        sign.setId("gate-" + i + "-sign");
        sized(sign, 2);
        // a KPI that should fall is met at or below its threshold
        sign.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> g.kpi().get() != null
                && catalog.get().kpi(g.kpi().get()).map(k -> k.direction() == Direction.DECREASE).orElse(false) ? "≤" : "≥",
                g.kpi().valueProperty()));
        TextField threshold = new TextField();
        threshold.setId("gate-" + i + "-threshold");
        sized(threshold, 3);
        StepView.bind(threshold, g.threshold());
        ComboBox<GateAction> onFail = StepView.vocabularyChoice(m, "gate-" + i + "-onFail", GateAction.values());
        sized(onFail, 4);
        StepView.bind(onFail, g.onFail());
        Button remove = Ui.button("✕", () -> vm.removeGate(i));
        remove.setId("gate-" + i + "-remove");
        remove.setTooltip(Ui.tip(m.get("wizard.remove")));
        sized(remove, 5);
        HBox row = new HBox(8, year, kpi, sign, threshold, onFail, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("gate-" + i);
        return row;
    }

    /** A four-digit year field: digits only; anything but a whole year reads as "not set". */
    private static TextField yearField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        return f;
    }

}
