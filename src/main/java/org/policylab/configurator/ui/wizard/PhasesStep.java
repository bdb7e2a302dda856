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
    private boolean loading;

    PhasesStep(WizardModel model, Messages m) {
        super(model, m);
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
        phases.setItems(FXCollections.observableArrayList(passport().phases()));
        int now = Year.now().getValue();
        Button add = Ui.button(m.get("wizard.phases.add"), () -> {
            int n = passport().phases().size() + 1;
            edit(p -> p.addPhase(new Phase(m.get("wizard.phases.defaultName", n), now + n, now + n, null)));
            phases.getSelectionModel().selectLast();
        });
        add.setId("add-phase");
        Button remove = Ui.button(m.get("wizard.remove"), () -> {
            int i = phases.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                edit(p -> p.removePhase(i));
            }
        });
        remove.setId("phase-remove");
        remove.disableProperty().bind(Bindings.lessThan(phases.getSelectionModel().selectedIndexProperty(), 0));

        TextField name = new TextField();
        name.setId("field-phases-name");
        Spinner<Integer> start = new Spinner<>(now - 5, now + 30, now + 1);
        start.setEditable(true);
        start.setId("field-phases-startYear");
        Spinner<Integer> end = new Spinner<>(now - 5, now + 40, now + 1);
        end.setEditable(true);
        end.setId("field-phases-endYear");
        TextField gate = new TextField();
        gate.setId("field-phases-gate");
        gate.setPromptText(m.get("wizard.phases.gatePrompt"));
        Ui.explain(gate, m, "gate");
        name.textProperty().addListener((o, a, b) -> update(p -> new Phase(b, p.startYear(), p.endYear(), p.gate())));
        start.valueProperty().addListener((o, a, b) -> update(p -> new Phase(p.name(), b, p.endYear(), p.gate())));
        end.valueProperty().addListener((o, a, b) -> update(p -> new Phase(p.name(), p.startYear(), b, p.gate())));
        gate.textProperty().addListener((o, a, b) -> update(p -> new Phase(p.name(), p.startYear(), p.endYear(), b.isBlank() ? null : b)));
        Runnable load = () -> {
            int i = phases.getSelectionModel().getSelectedIndex();
            if (i < 0 || i >= passport().phases().size()) {
                return;
            }
            loading = true;
            try {
                Phase p = passport().phases().get(i);
                set(name, p.name());
                if (p.startYear() != null) {
                    start.getValueFactory().setValue(p.startYear());
                }
                if (p.endYear() != null) {
                    end.getValueFactory().setValue(p.endYear());
                }
                set(gate, p.gate());
            } finally {
                loading = false;
            }
        };
        phases.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> load.run());
        mirror(phases, org.policylab.configurator.passport.ProgramPassport::phases, () -> { });
        model.passportProperty().addListener((o, a, b) -> load.run());
        if (!phases.getItems().isEmpty()) {
            phases.getSelectionModel().select(0);
        }
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
        bindText(body, p -> p.review().body(), (p, v) -> p.withReview(p.review().withBody(v)));
        ComboBox<String> freq = new ComboBox<>(FXCollections.observableArrayList(KpisStep.FREQUENCIES));
        freq.setId("field-review-frequency");
        freq.setButtonCell(frequencyCell());
        freq.setCellFactory(lv -> frequencyCell());
        freq.setValue(passport().review().frequency());
        freq.valueProperty().addListener((o, a, b) -> edit(p -> p.withReview(p.review().withFrequency(b))));
        // the type decides independence (Review.withType); the check box then only shows it
        ComboBox<ReviewType> type = vocabularyChoice(m, "field-review-type", ReviewType.values());
        Ui.explain(type, m, "independent-review");
        type.setValue(passport().review().type());
        type.valueProperty().addListener((o, a, b) -> edit(p -> p.withReview(p.review().withType(b))));
        CheckBox independent = new CheckBox(m.get("wizard.review.independent"));
        independent.setId("field-review-independent");
        Ui.explain(independent, m, "independent-review");
        independent.setSelected(passport().review().independent());
        independent.selectedProperty().addListener((o, a, b) -> edit(p -> p.withReview(p.review().withIndependent(b))));
        independent.disableProperty().bind(type.valueProperty().isNotNull());
        model.passportProperty().addListener((o, a, b) -> {
            freq.setValue(b.review().frequency());
            type.setValue(b.review().type());
            independent.setSelected(b.review().independent());
        });
        GridPane rg = ProblemStep.form();
        rg.addRow(0, Ui.label(m.get("wizard.review.body"), body), body);
        rg.addRow(1, Ui.label(m.get("wizard.review.frequency"), freq), freq);
        rg.addRow(2, Ui.label(m.get("wizard.review.type"), type), type);
        rg.addRow(3, new Label(), independent);

        // governance
        TextArea legal = ProblemStep.area("field-legalGrounds", 2);
        bindText(legal, p -> p.legalGrounds(), (p, v) -> p.withLegalGrounds(v));
        TextArea priority = ProblemStep.area("field-nationalPriority", 2);
        bindText(priority, p -> p.nationalPriority(), (p, v) -> p.withNationalPriority(v));
        TextArea coExec = ProblemStep.area("field-coExecutors", 2);
        bindText(coExec, p -> String.join("\n", p.coExecutors()), (p, v) -> p.withCoExecutors(lines(v)));
        TextArea tasks = ProblemStep.area("field-tasks", 3);
        bindText(tasks, p -> String.join("\n", p.tasks()), (p, v) -> p.withTasks(lines(v)));
        GridPane gg = ProblemStep.form();
        gg.addRow(0, Ui.label(m.get("wizard.gov.legal"), legal), legal);
        gg.addRow(1, Ui.label(m.get("wizard.gov.priority"), priority), priority);
        gg.addRow(2, Ui.label(m.get("wizard.gov.coExecutors"), coExec), coExec);
        gg.addRow(3, Ui.label(m.get("wizard.gov.tasks"), tasks), tasks);

        return new VBox(12, Ui.heading(m.get("wizard.step.phases")), Ui.hint(m.get("wizard.phases.hint")),
                phases, new HBox(8, add, remove), pg,
                title(m.get("wizard.review.title")), rg,
                title(m.get("wizard.gov.title")), gg);
    }

    private static List<String> lines(String v) {
        return v == null ? List.of() : Arrays.stream(v.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static void set(TextField f, String v) {
        String s = v == null ? "" : v;
        if (!s.equals(f.getText())) {
            f.setText(s);
        }
    }

    private void update(UnaryOperator<Phase> change) {
        int i = phases.getSelectionModel().getSelectedIndex();
        if (loading || i < 0 || i >= passport().phases().size()) {
            return;
        }
        edit(p -> p.replacePhase(i, change.apply(p.phases().get(i))));
    }
}
