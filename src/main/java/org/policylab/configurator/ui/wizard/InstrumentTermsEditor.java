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
 * measure, what support is contingent on, and the instrument's own performance gates. Every change goes through the
 * step's {@code update}, which applies it to the selected instrument (and ignores it while the step loads).
 */
final class InstrumentTermsEditor {
    private final Messages m;
    private final Supplier<Catalog> catalog;
    private final Consumer<UnaryOperator<SelectedInstrument>> update;

    private final TextField sunset = yearField("field-instruments-exit-sunsetYear");
    private final ComboBox<ExitTrigger> trigger;
    private final ComboBox<Extension> extension;
    private final TextField clawback = new TextField();
    private final ComboBox<SelectionMethod> method;
    private final TextField justification = new TextField();
    private final Spinner<Integer> share = new Spinner<>(0, 100, 0, 5);
    private final CheckBox stateOwned;
    private final ComboBox<LocalContentMeasure> localContent;
    private final List<CheckBox> contingencies = new ArrayList<>();
    private final VBox gateRows = new VBox(6);
    private final Button addGate;
    private final TitledPane pane;

    /** The instrument and KPI choices the gate rows were built for; rebuilt when either changes. */
    private Object gateRowsKey;
    private int gateCount = -1;
    private List<String> kpiChoices = List.of();

    InstrumentTermsEditor(Messages m, Supplier<Catalog> catalog, Consumer<UnaryOperator<SelectedInstrument>> update) {
        this.m = m;
        this.catalog = catalog;
        this.update = update;

        sunset.setPromptText(m.get("wizard.terms.yearPrompt"));
        sunset.textProperty().addListener((o, a, b) -> update.accept(si -> si.withExit(si.exitTerms().withSunsetYear(year(b)))));
        Ui.explain(sunset, m, "sunset");
        trigger = StepView.vocabularyChoice(m, "field-instruments-exit-trigger", ExitTrigger.values());
        trigger.valueProperty().addListener((o, a, b) -> update.accept(si -> si.withExit(si.exitTerms().withTrigger(b))));
        extension = StepView.vocabularyChoice(m, "field-instruments-exit-extension", Extension.values());
        extension.valueProperty().addListener((o, a, b) -> update.accept(si -> si.withExit(si.exitTerms().withExtension(b))));
        clawback.setId("field-instruments-exit-clawback");
        clawback.setPromptText(m.get("wizard.terms.clawbackPrompt"));
        clawback.textProperty().addListener((o, a, b) -> update.accept(si -> si.withExit(si.exitTerms().withClawback(blankToNull(b)))));

        method = StepView.vocabularyChoice(m, "field-instruments-selection-method", SelectionMethod.values());
        method.valueProperty().addListener((o, a, b) -> update.accept(si -> si.withSelection(si.selectionTerms().withMethod(b))));
        justification.setId("field-instruments-selection-justification");
        justification.setPromptText(m.get("wizard.terms.justificationPrompt"));
        justification.textProperty().addListener((o, a, b) -> update.accept(si ->
                si.withSelection(si.selectionTerms().withJustification(blankToNull(b)))));
        share.setEditable(true);
        share.setId("field-instruments-selection-largestRecipientShare");
        share.setPrefWidth(110);
        share.valueProperty().addListener((o, a, b) -> update.accept(si -> si.withSelection(
                si.selectionTerms().withLargestRecipientShare(b == null || b == 0 ? null : b / 100.0))));
        stateOwned = new CheckBox(m.get("wizard.terms.stateOwned"));
        stateOwned.setId("field-instruments-selection-stateOwnedRecipient");
        stateOwned.selectedProperty().addListener((o, a, b) -> update.accept(si -> si.withSelection(
                si.selectionTerms().withStateOwnedRecipient(b ? Boolean.TRUE : null))));

        localContent = StepView.vocabularyChoice(m, "field-instruments-localContentMeasure", LocalContentMeasure.values());
        localContent.valueProperty().addListener((o, a, b) -> update.accept(si -> si.withLocalContentMeasure(b)));
        FlowPane contingentOn = new FlowPane(14, 6);
        contingentOn.setId("field-instruments-contingentOn");
        for (Contingency c : Contingency.values()) {
            CheckBox cb = new CheckBox(m.get(c.messageKey()));
            cb.setId("contingent-" + c.id());
            cb.setUserData(c);
            cb.setTooltip(Ui.tip(m.get("wizard.terms.contingencyHint")));
            cb.selectedProperty().addListener((o, a, b) -> update.accept(si -> si.withContingentOn(
                    contingencies.stream().filter(CheckBox::isSelected).map(x -> (Contingency) x.getUserData()).toList())));
            contingencies.add(cb);
            contingentOn.getChildren().add(cb);
        }

        gateRows.setId("field-instruments-gates");
        addGate = Ui.button(m.get("wizard.terms.addGate"), () -> update.accept(si -> {
            List<InstrumentGate> gates = new ArrayList<>(si.gates());
            gates.add(new InstrumentGate(defaultGateYear(si), kpiChoices.isEmpty() ? null : kpiChoices.get(0), null, null));
            return si.withGates(gates);
        }));
        addGate.setId("add-gate");

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

    /** Shows the instrument's terms; the step calls this while it ignores edits. */
    void load(SelectedInstrument si, ProgramPassport p) {
        var exit = si.exitTerms();
        var sel = si.selectionTerms();
        if (!Objects.equals(year(sunset.getText()), exit.sunsetYear())) {
            sunset.setText(exit.sunsetYear() == null ? "" : String.valueOf(exit.sunsetYear()));
        }
        trigger.setValue(exit.trigger());
        extension.setValue(exit.extension());
        setText(clawback, exit.clawback());
        method.setValue(sel.method());
        setText(justification, sel.justification());
        share.getValueFactory().setValue(sel.largestRecipientShare() == null ? 0
                : (int) Math.round(sel.largestRecipientShare() * 100));
        stateOwned.setSelected(Boolean.TRUE.equals(sel.stateOwnedRecipient()));
        localContent.setValue(si.localContentMeasure());
        contingencies.forEach(c -> c.setSelected(si.contingentOn().contains((Contingency) c.getUserData())));
        gates(si, p);
    }

    /** KPIs a gate can test: the passport's, then the instrument's linked ones, then any a gate already names. */
    static List<String> kpiChoices(ProgramPassport p, SelectedInstrument si) {
        Set<String> ids = new LinkedHashSet<>();
        p.kpis().forEach(k -> ids.add(k.kpi()));
        ids.addAll(si.kpis());
        si.gates().stream().map(InstrumentGate::kpi).filter(k -> k != null && !k.isBlank()).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** A new gate's year: the year before the instrument ends (a review before the sunset), else its start. */
    static Integer defaultGateYear(SelectedInstrument si) {
        if (si.endYear() != null) {
            return si.startYear() != null && si.endYear() - 1 < si.startYear() ? si.endYear() : si.endYear() - 1;
        }
        return si.startYear();
    }

    private void gates(SelectedInstrument si, ProgramPassport p) {
        List<String> choices = kpiChoices(p, si);
        Object key = List.of(si.instrument(), choices);
        if (!key.equals(gateRowsKey) || gateCount != si.gates().size()) {
            kpiChoices = choices;
            gateRowsKey = key;
            gateCount = si.gates().size();
            gateRows.getChildren().clear();
            if (!si.gates().isEmpty()) {
                gateRows.getChildren().add(gateHeader());
            }
            for (int i = 0; i < si.gates().size(); i++) {
                gateRows.getChildren().add(gateRow(i));
            }
        }
        for (int i = 0; i < si.gates().size(); i++) {
            showGate((HBox) gateRows.getChildren().get(i + 1), si.gates().get(i));
        }
    }

    private HBox gateHeader() {
        HBox h = new HBox(8, header("wizard.terms.gateYear", 70), header("wizard.terms.gateKpi", 280), header(null, 20),
                header("wizard.terms.gateThreshold", 100), header("wizard.terms.gateOnFail", 200));
        h.getStyleClass().add("text-muted");
        return h;
    }

    private Label header(String key, double width) {
        Label l = new Label(key == null ? "" : m.get(key));
        l.setPrefWidth(width);
        l.setMinWidth(width);
        return l;
    }

    private HBox gateRow(int i) {
        TextField year = yearField("gate-" + i + "-year");
        year.setPrefWidth(70);
        year.setMinWidth(70);
        ComboBox<String> kpi = new ComboBox<>(FXCollections.observableArrayList(kpiChoices));
        kpi.setId("gate-" + i + "-kpi");
        kpi.setPrefWidth(280);
        kpi.setMinWidth(160);
        Ui.showAs(kpi, id -> catalog.get().kpi(id).map(k -> k.name().in(m.language())).orElse(id));
        Label sign = new Label("≥");
        sign.setId("gate-" + i + "-sign");
        sign.setMinWidth(20);
        sign.setPrefWidth(20);
        TextField threshold = new TextField();
        threshold.setId("gate-" + i + "-threshold");
        threshold.setPrefWidth(100);
        threshold.setMinWidth(70);
        ComboBox<GateAction> onFail = StepView.vocabularyChoice(m, "gate-" + i + "-onFail", GateAction.values());
        onFail.setPrefWidth(200);
        onFail.setMinWidth(120);
        Button remove = Ui.button("✕", () -> update.accept(si -> {
            if (i >= si.gates().size()) {
                return si;
            }
            List<InstrumentGate> gates = new ArrayList<>(si.gates());
            gates.remove(i);
            return si.withGates(gates);
        }));
        remove.setId("gate-" + i + "-remove");
        remove.setTooltip(Ui.tip(m.get("wizard.remove")));
        year.textProperty().addListener((o, a, b) -> gate(i, g -> new InstrumentGate(year(b), g.kpi(), g.threshold(), g.onFail())));
        kpi.valueProperty().addListener((o, a, b) -> gate(i, g -> new InstrumentGate(g.year(), b, g.threshold(), g.onFail())));
        threshold.textProperty().addListener((o, a, b) -> {
            BigDecimal v = Formats.parse(m.language(), b);
            if (v != null || b.isBlank()) {
                gate(i, g -> new InstrumentGate(g.year(), g.kpi(), v == null ? null : v.doubleValue(), g.onFail()));
            }
        });
        onFail.valueProperty().addListener((o, a, b) -> gate(i, g -> new InstrumentGate(g.year(), g.kpi(), g.threshold(), b)));
        HBox row = new HBox(8, year, kpi, sign, threshold, onFail, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("gate-" + i);
        return row;
    }

    private void showGate(HBox row, InstrumentGate g) {
        TextField year = (TextField) row.getChildren().get(0);
        @SuppressWarnings("unchecked")
        ComboBox<String> kpi = (ComboBox<String>) row.getChildren().get(1);
        Label sign = (Label) row.getChildren().get(2);
        TextField threshold = (TextField) row.getChildren().get(3);
        @SuppressWarnings("unchecked")
        ComboBox<GateAction> onFail = (ComboBox<GateAction>) row.getChildren().get(4);
        if (!Objects.equals(year(year.getText()), g.year())) {
            year.setText(g.year() == null ? "" : String.valueOf(g.year()));
        }
        kpi.setValue(g.kpi());
        boolean falls = g.kpi() != null && catalog.get().kpi(g.kpi()).map(k -> k.direction() == Direction.DECREASE).orElse(false);
        sign.setText(falls ? "≤" : "≥");
        BigDecimal typed = Formats.parse(m.language(), threshold.getText());
        if (g.threshold() == null ? typed != null
                : typed == null || typed.compareTo(BigDecimal.valueOf(g.threshold())) != 0) {
            threshold.setText(g.threshold() == null ? "" : Formats.editable(m.language(), BigDecimal.valueOf(g.threshold())));
        }
        onFail.setValue(g.onFail());
    }

    private void gate(int i, UnaryOperator<InstrumentGate> change) {
        update.accept(si -> {
            if (i >= si.gates().size()) {
                return si;
            }
            List<InstrumentGate> gates = new ArrayList<>(si.gates());
            gates.set(i, change.apply(gates.get(i)));
            return si.withGates(gates);
        });
    }

    /** A four-digit year field: digits only; anything but a whole year reads as "not set". */
    private static TextField yearField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        return f;
    }

    static Integer year(String s) {
        return s != null && s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void setText(TextField f, String v) {
        String s = v == null ? "" : v;
        if (!s.equals(f.getText()) && !(s.isEmpty() && f.getText().isBlank())) {
            f.setText(s);
        }
    }
}
