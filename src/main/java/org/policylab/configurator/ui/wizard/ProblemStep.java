package org.policylab.configurator.ui.wizard;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 1: name the program and diagnose the problem (seed 003), with seed 002's questions. */
final class ProblemStep extends StepView {
    private final ProblemViewModel vm;

    ProblemStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new ProblemViewModel(model, m.language());
    }

    @Override
    ProblemViewModel viewModel() {
        return vm;
    }

    @Override
    WizardStep step() {
        return WizardStep.PROBLEM;
    }

    @Override
    protected Node create() {
        TextField title = new TextField();
        title.setId("field-title");
        bind(title, vm.title);
        validate(title, "/title");
        TextField body = new TextField();
        body.setId("field-responsibleBody");
        body.setPromptText(m.get("wizard.problem.bodyPrompt"));
        bind(body, vm.responsibleBody);

        TextField search = TextFields.createClearableTextField();
        search.setId("problem-search");
        search.setPromptText(m.get("wizard.problem.search"));
        FilteredList<Problem> filtered = new FilteredList<>(FXCollections.observableArrayList(vm.problems()));
        ListView<Problem> list = new ListView<>(filtered);
        list.setId("field-diagnosis-problem");
        list.setPrefHeight(190);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                Ui.fitWidth(this);
                setText(empty || p == null ? null : p.name().in(m.language()));
            }
        });
        search.textProperty().addListener((o, a, b) -> filtered.setPredicate(p -> b == null || b.isBlank()
                || p.name().matches(b.trim()) || p.description().matches(b.trim()) || p.id().contains(b.trim())));
        validate(list, "/diagnosis/problem");
        // from the search field, Enter or Down picks the first match: search, Enter, done
        search.setOnKeyPressed(e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.DOWN)
                    && !filtered.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().getSelectedItem() == null || !filtered.contains(list.getSelectionModel().getSelectedItem())) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        VBox detail = new VBox(6);
        detail.setId("problem-detail");
        detail.getStyleClass().add("detail-card");
        // the list shows the draft's problem (none after undoing the pick); a click picks one
        Runnable showPick = () -> {
            Problem chosen = vm.problem.get();
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
            } else if (!Objects.equals(list.getSelectionModel().getSelectedItem(), chosen) && filtered.contains(chosen)) {
                list.getSelectionModel().select(chosen);
            }
            showDetail(detail, chosen);
        };
        vm.problem.valueProperty().addListener((o, a, b) -> showPick.run());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.problem.set(b);
            }
        });
        showPick.run();

        TextArea statement = area("field-diagnosis-statement", 2);
        statement.setPromptText(m.get("wizard.problem.statementPrompt"));
        bind(statement, vm.statement);
        TextArea change = area("field-diagnosis-targetChange", 2);
        bind(change, vm.targetChange);
        TextArea measure = area("field-diagnosis-successMeasure", 2);
        bind(measure, vm.successMeasure);
        TextArea ready = area("field-diagnosis-readiness", 2);
        bind(ready, vm.readiness);
        TextArea evidence = area("field-diagnosis-evidence", 2);
        bind(evidence, vm.evidence);
        TextArea international = area("field-internationalExperience", 3);
        international.setPromptText(m.get("wizard.problem.internationalPrompt"));
        bind(international, vm.internationalExperience);

        GridPane grid = form();
        int r = 0;
        grid.addRow(r++, Ui.label(m.get("wizard.problem.title"), title), title);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.body"), body), body);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.pick"), search), search);
        grid.addRow(r++, new Label(), list);
        grid.addRow(r++, new Label(), detail);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.statement"), statement), statement);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.targetChange"), change), change);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.successMeasure"), measure), measure);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.readiness"), ready), ready);
        grid.addRow(r++, Ui.label(m.get("wizard.problem.evidence"), evidence), evidence);
        grid.addRow(r, Ui.label(m.get("wizard.problem.international"), international), international);
        return new VBox(12, Ui.heading(m.get("wizard.step.problem")), Ui.hint(m.get("wizard.problem.hint")), grid, document());
    }

    /** Which document of the state planning system this is, who develops and executes it, and the instruction it answers. */
    private javafx.scene.control.TitledPane document() {
        javafx.scene.control.ComboBox<org.policylab.configurator.passport.DocumentType> type = vocabularyChoice(m, "field-documentType",
                org.policylab.configurator.passport.DocumentType.values());
        type.setMaxWidth(Double.MAX_VALUE);
        bind(type, vm.documentType);
        TextField developer = new TextField();
        developer.setId("field-developer");
        bind(developer, vm.developer);
        TextArea executors = area("field-responsibleExecutors", 2);
        executors.setPromptText(m.get("wizard.document.executorsPrompt"));
        bind(executors, vm.responsibleExecutors);
        TextField issuedBy = new TextField();
        issuedBy.setId("field-instruction-issuedBy");
        issuedBy.setPromptText(m.get("wizard.document.issuedByPrompt"));
        bind(issuedBy, vm.instructionIssuedBy);
        TextField title = new TextField();
        title.setId("field-instruction-title");
        bind(title, vm.instructionTitle);
        TextField number = new TextField();
        number.setId("field-instruction-number");
        number.setPrefColumnCount(8);
        bind(number, vm.instructionNumber);
        TextField date = new TextField();
        date.setId("field-instruction-date");
        date.setPrefColumnCount(10);
        date.setPromptText(m.get("wizard.document.datePrompt"));
        bind(date, vm.instructionDate);

        GridPane g = form();
        int r = 0;
        g.addRow(r++, Ui.label(m.get("wizard.document.type"), type), type);
        g.addRow(r++, Ui.label(m.get("wizard.document.developer"), developer), developer);
        g.addRow(r++, Ui.label(m.get("wizard.document.executors"), executors), executors);
        g.addRow(r++, Ui.label(m.get("wizard.document.issuedBy"), issuedBy), issuedBy);
        g.addRow(r++, Ui.label(m.get("wizard.document.instructionTitle"), title), title);
        javafx.scene.layout.HBox numberDate = new javafx.scene.layout.HBox(10, number, Ui.label(m.get("wizard.document.date"), date), date);
        numberDate.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        g.addRow(r, Ui.label(m.get("wizard.document.number"), number), numberDate);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(m.get("wizard.document.title"),
                new VBox(8, Ui.hint(m.get("wizard.document.hint")), g));
        pane.setId("document-section");
        return pane;
    }

    private void showDetail(VBox detail, Problem p) {
        detail.getChildren().clear();
        detail.setVisible(p != null);
        detail.setManaged(p != null);
        if (p == null) {
            return;
        }
        detail.getChildren().add(Ui.hint(p.description().in(m.language())));
        addList(detail, m.get("wizard.problem.symptoms"), p.symptoms().stream().map(t -> t.in(m.language())).toList());
        addList(detail, m.get("wizard.problem.questions"), p.diagnosticQuestions().stream().map(t -> t.in(m.language())).toList());
    }

    private static void addList(VBox box, String title, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Label t = new Label(title);
        t.getStyleClass().add("text-bold");
        box.getChildren().add(t);
        for (String s : items) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
    }

    static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(10);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(170);
        c0.setPrefWidth(210);
        c0.setMaxWidth(260);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

}
