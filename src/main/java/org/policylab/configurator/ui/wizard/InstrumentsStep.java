package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.engine.Drafting;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Formats;
import org.policylab.configurator.ui.common.Ui;

/**
 * Step 4: the ranked suggestions with their reasons (those that answer the diagnosed problem marked) and,
 * apart, the governance tools; the chosen instruments (add, remove, reorder); and the conditions of the
 * selected one — segments, budget, co-financing, years, exit rule, conditions, linked KPIs, and the
 * structured exit and selection terms with the instrument's performance gates ({@link InstrumentTermsEditor}).
 */
final class InstrumentsStep extends StepView {
    private final ListView<SelectedInstrument> chosen = new ListView<>();
    private final InstrumentsViewModel vm;
    private final InstrumentTermsEditor terms;

    InstrumentsStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new InstrumentsViewModel(model, m.language());
        this.terms = new InstrumentTermsEditor(m, model.services()::catalog, vm);
    }

    @Override
    WizardStep step() {
        return WizardStep.INSTRUMENTS;
    }

    @Override
    InstrumentsViewModel viewModel() {
        return vm;
    }

    @Override
    protected void selectItemOf(String pointer) {
        if (pointer.startsWith("/instruments/")) {
            vm.chosen.select(itemIndex(pointer));
        }
    }

    @Override
    protected Node create() {
        // ---- suggestions
        TextField filter = TextFields.createClearableTextField();
        filter.setId("instrument-filter");
        filter.setPromptText(m.get("wizard.instruments.filter"));
        FilteredList<Scored<Instrument>> suggestions = new FilteredList<>(vm.suggestions);
        ListView<Scored<Instrument>> list = new ListView<>(suggestions);
        list.setId("suggestion-list");
        list.setPrefHeight(230);
        list.setCellFactory(lv -> suggestionCell());
        // governance tools apart: they keep the program honest but support no firm by themselves
        FilteredList<Scored<Instrument>> governance = new FilteredList<>(vm.governance);
        ListView<Scored<Instrument>> govList = new ListView<>(governance);
        govList.setId("governance-list");
        govList.setPrefHeight(150);
        govList.setCellFactory(lv -> suggestionCell());
        filter.textProperty().addListener((o, a, b) -> {
            java.util.function.Predicate<Scored<Instrument>> match = s -> b == null || b.isBlank()
                    || s.item().name().matches(b.trim()) || s.item().description().matches(b.trim());
            suggestions.setPredicate(match);
            governance.setPredicate(match);
        });
        Label reasons = Ui.hint("");
        reasons.setId("suggestion-reasons");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> reasons.setText(reasonsText(b)));
        Label govReasons = Ui.hint("");
        govReasons.setId("governance-reasons");
        govList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> govReasons.setText(reasonsText(b)));
        java.util.function.Consumer<Scored<Instrument>> addToProgram = selected -> vm.add(selected.item().id());
        Button add = addButton(m.get("wizard.instruments.add"), "add-instrument", list, addToProgram);
        Button addGovernance = addButton(m.get("wizard.instruments.addGovernance"), "add-governance", govList, addToProgram);

        // ---- chosen
        chosen.setId("field-instruments");
        chosen.setPrefHeight(170);
        chosen.setPlaceholder(new Label(m.get("wizard.instruments.none")));
        chosen.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SelectedInstrument si, boolean empty) {
                super.updateItem(si, empty);
                Ui.fitWidth(this);
                if (empty || si == null) {
                    setText(null);
                    return;
                }
                String name = catalog().instrument(si.instrument()).map(i -> i.name().in(m.language())).orElse(si.instrument());
                String years = si.startYear() == null ? "" : "  ·  " + si.startYear() + "–" + (si.endYear() == null ? "?" : si.endYear());
                String budget = si.budget() == null ? "" : "  ·  " + Formats.tenge(m.language(), si.budget().amount());
                setText(name + years + budget);
            }
        });
        bind(chosen, vm.chosen);
        // the ✓ of a suggestion follows the program
        vm.chosen.items().addListener((javafx.collections.ListChangeListener<SelectedInstrument>) c -> {
            list.refresh();
            govList.refresh();
        });
        validate(chosen, "/instruments");
        Button up = Ui.button(m.get("wizard.up"), () -> vm.move(-1));
        up.setId("instrument-up");
        Button down = Ui.button(m.get("wizard.down"), () -> vm.move(1));
        down.setId("instrument-down");
        Button remove = Ui.button(m.get("wizard.remove"), vm::removeSelected);
        remove.setId("instrument-remove");
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));
        }

        // ---- editor of the selected instrument
        VBox editor = editor();
        editor.disableProperty().bind(Bindings.lessThan(chosen.getSelectionModel().selectedIndexProperty(), 0));

        HBox chosenActions = new HBox(8, up, down, remove);
        Label suggestedTitle = new Label(m.get("wizard.instruments.suggested"));
        suggestedTitle.getStyleClass().add("title-4");
        Label chosenTitle = new Label(m.get("wizard.instruments.chosen"));
        chosenTitle.getStyleClass().add("title-4");
        VBox left = new VBox(8, suggestedTitle, filter, list, add, reasons);
        Label govTitle = new Label(m.get("wizard.instruments.governance"));
        govTitle.getStyleClass().add("title-4");
        VBox right = new VBox(8, chosenTitle, chosen, chosenActions, govTitle, Ui.hint(m.get("wizard.instruments.governanceHint")),
                govList, addGovernance, govReasons);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(420);
        HBox top = new HBox(20, left, right);
        return new VBox(12, Ui.heading(m.get("wizard.step.instruments")), Ui.hint(m.get("wizard.instruments.hint")),
                top, editor);
    }

    /** A suggestion: ✓ when in the program, its category and score, and a mark when it answers the diagnosed problem. */
    private ListCell<Scored<Instrument>> suggestionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Scored<Instrument> s, boolean empty) {
                super.updateItem(s, empty);
                Ui.fitWidth(this);
                getStyleClass().remove("answers-problem");
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                boolean in = vm.isChosen(s.item().id());
                boolean answers = vm.answersProblem(s.item());
                if (answers) {
                    getStyleClass().add("answers-problem");
                }
                setText((in ? "✓ " : "") + s.item().name().in(m.language()) + "  ·  " + m.get(s.item().category().messageKey())
                        + "  ·  " + s.score() + (answers ? "  ·  ★ " + m.get("wizard.instruments.answers") : ""));
            }
        };
    }

    private String reasonsText(Scored<Instrument> s) {
        return s == null ? "" : s.item().description().in(m.language()) + "\n\n" + s.reasons().stream()
                .map(x -> (x.points() > 0 ? "+" : "") + x.points() + "  " + x.text(m)).reduce((x, y) -> x + "\n" + y).orElse("");
    }

    /** The АРВ state in words; "not set" too (a plain text cell would leave the empty choice blank). */
    private ListCell<Boolean> riaCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Boolean v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : m.get(v == null ? "wizard.instruments.ria.notSet"
                        : v ? "wizard.instruments.ria.done" : "wizard.instruments.ria.notDone"));
            }
        };
    }

    private VBox editor() {
        javafx.scene.layout.FlowPane segBox = new javafx.scene.layout.FlowPane(12, 6);
        segBox.setId("field-instruments-segments");
        for (Segment s : Segment.values()) {
            CheckBox cb = new CheckBox(m.get(s.messageKey()));
            cb.setId("instrument-segment-" + s.id());
            bind(cb, vm.segment(s));
            segBox.getChildren().add(cb);
        }

        TextField budget = new TextField();
        budget.setId("field-instruments-budget");
        budget.setPromptText(m.get("wizard.instruments.budgetPrompt"));
        bindNumber(budget, vm.budget);
        Label budgetShown = Ui.hint("");
        budgetShown.textProperty().bind(Bindings.createStringBinding(() -> {
            var r = org.policylab.configurator.i18n.NumberInput.parse(m.language(), vm.budget.get());
            return r.valueOrNull() == null || r.isInvalid() ? "" : Formats.tenge(m.language(), r.valueOrNull());
        }, vm.budget.valueProperty()));

        Spinner<Integer> cofin = new Spinner<>(0, 100, 0, 5);
        Ui.wholeNumbers(cofin);
        cofin.setId("field-instruments-coFinancingShare");
        Ui.explain(cofin, m, "cofinancing");
        cofin.getValueFactory().valueProperty().bindBidirectional(vm.coFinancing.valueProperty());

        int now = Year.now().getValue();
        Spinner<Integer> start = new Spinner<>(now - 5, now + 30, now + 1);
        Ui.wholeNumbers(start);
        start.setId("field-instruments-startYear");
        bind(start, vm.startYear, now + 1);
        Spinner<Integer> end = new Spinner<>(now - 5, now + 40, now + 3);
        Ui.wholeNumbers(end);
        end.setId("field-instruments-endYear");
        Ui.explain(end, m, "sunset");
        bind(end, vm.endYear, now + 3);

        TextField exit = new TextField();
        exit.setId("field-instruments-exitRule");
        exit.setPromptText(m.get("wizard.instruments.exitPrompt"));
        Ui.explain(exit, m, "exit-rule");
        bind(exit, vm.exitRule);

        TextArea conditions = ProblemStep.area("field-instruments-conditions", 3);
        conditions.setPromptText(m.get("wizard.instruments.conditionsPrompt"));
        Ui.explain(conditions, m, "gate");
        bind(conditions, vm.conditions);

        CheckListView<Kpi> kpis = new CheckListView<>(vm.kpiChoices);
        kpis.setId("field-instruments-kpis");
        kpis.setPrefHeight(150);
        kpis.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<>(kpis::getItemBooleanProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Kpi k) {
                        return k == null ? "" : k.name().in(m.language()) + " (" + m.get(k.kind().messageKey()) + ")";
                    }

                    @Override
                    public Kpi fromString(String s) {
                        return null;
                    }
                }));
        // the ticks show the draft's links; a tick the planner sets goes to the view model
        boolean[] showing = {false};
        Runnable showLinks = () -> {
            showing[0] = true;
            try {
                List<String> linked = vm.linkedKpis.get() == null ? List.of() : vm.linkedKpis.get();
                for (Kpi k : vm.kpiChoices) {
                    if (linked.contains(k.id())) {
                        kpis.getCheckModel().check(k);
                    } else {
                        kpis.getCheckModel().clearCheck(k);
                    }
                }
            } finally {
                showing[0] = false;
            }
        };
        showLinks.run();
        vm.linkedKpis.valueProperty().addListener((o, a, b) -> showLinks.run());
        vm.kpiChoices.addListener((javafx.collections.ListChangeListener<Kpi>) c -> showLinks.run());
        kpis.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Kpi>) c -> {
            if (!showing[0]) {
                vm.linkedKpis.set(kpis.getCheckModel().getCheckedItems().stream().map(Kpi::id).toList());
            }
        });

        GridPane g = ProblemStep.form();
        int r = 0;
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.instruments.segments"), segBox), m, "segment"), segBox);
        HBox budgetRow = new HBox(10, budget, budgetShown);
        budgetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(budget, Priority.ALWAYS);
        g.addRow(r++, Ui.label(m.get("wizard.instruments.budget"), budget), budgetRow);
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.instruments.cofinancing"), cofin), m, "cofinancing"), cofin);
        HBox years = new HBox(10, start, new Label("—"), end);
        years.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.instruments.years"), start), m, "sunset"), years);
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.instruments.exitRule"), exit), m, "exit-rule"), exit);
        g.addRow(r++, Ui.explain(Ui.label(m.get("wizard.instruments.conditions"), conditions), m, "gate"), conditions);
        g.addRow(r++, Ui.label(m.get("wizard.instruments.kpis"), kpis), kpis);
        // a regulatory measure carries its regulatory impact analysis (АРВ): done, not done or not set
        javafx.scene.control.ComboBox<Boolean> ria = new javafx.scene.control.ComboBox<>(
                FXCollections.observableArrayList(java.util.Arrays.asList(null, Boolean.TRUE, Boolean.FALSE)));
        ria.setId("field-instruments-regulatoryImpactAnalysis");
        ria.setButtonCell(riaCell());
        ria.setCellFactory(lv -> riaCell());
        bind(ria, vm.regulatoryImpactAnalysis);
        Label riaLabel = Ui.label(m.get("wizard.instruments.ria"), ria);
        for (Node n : List.<Node>of(ria, riaLabel)) {
            n.visibleProperty().bind(vm.regulatory);
            n.managedProperty().bind(vm.regulatory);
        }
        g.addRow(r, riaLabel, ria);
        Label t = new Label(m.get("wizard.instruments.conditionsTitle"));
        t.getStyleClass().add("title-4");
        VBox box = new VBox(10, t, g, terms.node());
        box.getStyleClass().add("detail-card");
        box.setId("instrument-editor");
        return box;
    }
}
