package org.policylab.configurator.ui.wizard;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 6: phases with performance gates (seed 002, Suzhou); who reviews, how often, how independent; governance. */
final class PhasesStep extends StepView {
    private final ListView<Phase> phases = new ListView<>();
    private final PhasesViewModel vm;
    /** Financing by source and year, the action plan, risks and evaluation: the planning system's part of this step. */
    private final PlanViewModel plan;

    PhasesStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new PhasesViewModel(model, m.language());
        this.plan = new PlanViewModel(model, m.language());
    }

    PlanViewModel planViewModel() {
        return plan;
    }

    @Override
    void dispose() {
        super.dispose();
        plan.dispose();
    }

    @Override
    PhasesViewModel viewModel() {
        return vm;
    }

    @Override
    protected void selectItemOf(String pointer) {
        if (pointer.startsWith("/phases/")) {
            vm.phases.select(itemIndex(pointer));
        }
    }

    @Override
    WizardStep step() {
        return WizardStep.PHASES;
    }

    @Override
    protected Node create() {
        phases.setId("field-phases");
        phases.setPrefHeight(140);
        phases.setPlaceholder(new Label(m.get("wizard.phases.none")));
        phases.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Phase p, boolean empty) {
                super.updateItem(p, empty);
                Ui.fitWidth(this);
                setText(empty || p == null ? null : (p.name() == null ? "?" : p.name())
                        + (p.startYear() == null ? "" : "  ·  " + p.startYear() + "–" + (p.endYear() == null ? "?" : p.endYear()))
                        + (p.gate() == null ? "" : "  ·  " + p.gate()));
            }
        });
        bind(phases, vm.phases);
        int now = Year.now().getValue();
        Button add = Ui.button(m.get("wizard.phases.add"), () -> {
            int n = vm.phases.items().size() + 1;
            vm.addPhase(m.get("wizard.phases.defaultName", n), now + n);
        });
        add.setId("add-phase");
        Button remove = Ui.button(m.get("wizard.remove"), vm::removeSelected);
        remove.setId("phase-remove");
        remove.disableProperty().bind(Bindings.lessThan(phases.getSelectionModel().selectedIndexProperty(), 0));

        TextField name = new TextField();
        name.setId("field-phases-name");
        Spinner<Integer> start = new Spinner<>(now - 5, now + 30, now + 1);
        Ui.wholeNumbers(start);
        start.setId("field-phases-startYear");
        Spinner<Integer> end = new Spinner<>(now - 5, now + 40, now + 1);
        Ui.wholeNumbers(end);
        end.setId("field-phases-endYear");
        TextField gate = new TextField();
        gate.setId("field-phases-gate");
        gate.setPromptText(m.get("wizard.phases.gatePrompt"));
        Ui.explain(gate, m, "gate");
        bind(name, vm.name);
        bind(start, vm.startYear, now + 1);
        bind(end, vm.endYear, now + 1);
        bind(gate, vm.gate);
        GridPane pg = ProblemStep.form();
        pg.addRow(0, Ui.label(m.get("wizard.phases.name"), name), name);
        HBox years = new HBox(10, start, new Label("—"), end);
        years.setAlignment(Pos.CENTER_LEFT);
        pg.addRow(1, Ui.label(m.get("wizard.phases.years"), start), years);
        pg.addRow(2, Ui.explain(Ui.label(m.get("wizard.phases.gate"), gate), m, "gate"), gate);
        pg.disableProperty().bind(Bindings.lessThan(phases.getSelectionModel().selectedIndexProperty(), 0));

        // review
        TextField body = new TextField();
        body.setId("field-review-body");
        body.setPromptText(m.get("wizard.review.bodyPrompt"));
        bind(body, vm.reviewBody);
        ComboBox<String> freq = new ComboBox<>(FXCollections.observableArrayList(KpisStep.FREQUENCIES));
        freq.setId("field-review-frequency");
        freq.setButtonCell(frequencyCell());
        freq.setCellFactory(lv -> frequencyCell());
        bind(freq, vm.reviewFrequency);
        // the type decides independence (Review.withType); the check box then only shows it
        ComboBox<ReviewType> type = vocabularyChoice(m, "field-review-type", ReviewType.values());
        Ui.explain(type, m, "independent-review");
        bind(type, vm.reviewType);
        CheckBox independent = new CheckBox(m.get("wizard.review.independent"));
        independent.setId("field-review-independent");
        Ui.explain(independent, m, "independent-review");
        bind(independent, vm.independent);
        independent.disableProperty().bind(type.valueProperty().isNotNull());
        GridPane rg = ProblemStep.form();
        rg.addRow(0, Ui.label(m.get("wizard.review.body"), body), body);
        rg.addRow(1, Ui.label(m.get("wizard.review.frequency"), freq), freq);
        rg.addRow(2, Ui.label(m.get("wizard.review.type"), type), type);
        rg.addRow(3, new Label(), independent);

        // governance
        TextArea legal = ProblemStep.area("field-legalGrounds", 2);
        bind(legal, vm.legalGrounds);
        TextArea priority = ProblemStep.area("field-nationalPriority", 2);
        bind(priority, vm.nationalPriority);
        TextArea coExec = ProblemStep.area("field-coExecutors", 2);
        bind(coExec, vm.coExecutors);
        TextArea tasks = ProblemStep.area("field-tasks", 3);
        bind(tasks, vm.tasks);
        GridPane gg = ProblemStep.form();
        gg.addRow(0, Ui.label(m.get("wizard.gov.legal"), legal), legal);
        gg.addRow(1, Ui.label(m.get("wizard.gov.priority"), priority), priority);
        gg.addRow(2, Ui.label(m.get("wizard.gov.coExecutors"), coExec), coExec);
        gg.addRow(3, Ui.label(m.get("wizard.gov.tasks"), tasks), tasks);

        return new VBox(12, Ui.heading(m.get("wizard.step.phases")), Ui.hint(m.get("wizard.phases.hint")),
                phases, new HBox(8, add, remove), pg,
                title(m.get("wizard.review.title")), rg,
                title(m.get("wizard.gov.title")), gg,
                title(m.get("wizard.plan.title")), new PlanEditor(m, plan, this).node());
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        return l;
    }
}
