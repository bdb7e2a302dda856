package org.policylab.configurator.ui.wizard;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.DraftValidation;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/**
 * The wizard: the step list on the left, the current step in the middle, the live side panel
 * (top suggestions, open findings) on the right, Back and Next below. Next is disabled while the
 * step is invalid — a binding over the model, not handler code.
 */
public final class WizardView {
    private final WizardModel model;
    private final Messages m;
    private final Consumer<Path> onExported;
    private final Map<WizardStep, StepView> steps = new EnumMap<>(WizardStep.class);
    private final ScrollPane content = new ScrollPane();
    private final ListView<WizardStep> stepList = new ListView<>();

    public WizardView(WizardModel model, Messages m, Consumer<Path> onExported) {
        this.model = model;
        this.m = m;
        this.onExported = onExported;
    }

    private StepView view(WizardStep s) {
        return steps.computeIfAbsent(s, k -> switch (k) {
            case PROBLEM -> new ProblemStep(model, m);
            case CONTEXT -> new ContextStep(model, m);
            case SEGMENTS -> new SegmentsStep(model, m);
            case INSTRUMENTS -> new InstrumentsStep(model, m);
            case KPIS -> new KpisStep(model, m);
            case PHASES -> new PhasesStep(model, m);
            case REVIEW -> new ReviewStep(model, m, this::jumpTo);
            case EXPORT -> new ExportStep(model, m, onExported);
        });
    }

    public Node build() {
        // the fields of an earlier view of this model are gone, and so is their unreadable text
        model.unreadableFields().clear();
        stepList.setId("step-list");
        stepList.getStyleClass().add("step-list");
        stepList.setItems(FXCollections.observableArrayList(WizardStep.values()));
        stepList.setPrefWidth(230);
        stepList.setMinWidth(200);
        stepList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(WizardStep s, boolean empty) {
                super.updateItem(s, empty);
                Ui.fitWidth(this);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                    return;
                }
                boolean ok = DraftValidation.valid(model.passport(), s);
                setText((s.ordinal() + 1) + ". " + m.get(s.titleKey()));
                Label mark = new Label(ok ? "✓" : "•");
                mark.getStyleClass().add(ok ? "step-done" : "step-open");
                setGraphic(mark);
                setId("step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        model.passportProperty().addListener((o, a, b) -> stepList.refresh());
        stepList.getSelectionModel().select(model.stepProperty().get());
        stepList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.stepProperty().get()) {
                model.stepProperty().set(b);
            }
        });
        model.stepProperty().addListener((o, a, b) -> {
            stepList.getSelectionModel().select(b);
            show(b);
        });

        content.setFitToWidth(true);
        content.setId("step-content");
        content.getStyleClass().add("step-content");
        show(model.stepProperty().get());

        Button back = Ui.button(m.get("wizard.back"), () -> move(-1));
        back.setId("wizard-back");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stepProperty().get().ordinal() == 0, model.stepProperty()));
        Button next = Ui.button(m.get("wizard.next"), () -> move(1));
        next.setId("wizard-next");
        next.getStyleClass().add("accent");
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> !DraftValidation.valid(model.passport(), model.stepProperty().get())
                        || model.stepProperty().get().ordinal() == WizardStep.values().length - 1,
                model.passportProperty(), model.stepProperty());
        next.disableProperty().bind(invalid);
        Label why = new Label();
        why.setId("wizard-why");
        why.getStyleClass().add("text-muted");
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            List<DraftValidation.FieldError> errors = DraftValidation.errors(model.passport(), model.stepProperty().get());
            return errors.isEmpty() ? "" : m.get(errors.get(0).messageKey());
        }, model.passportProperty(), model.stepProperty()));
        why.setWrapText(true);
        Label saved = new Label();
        saved.setId("autosave-status");
        saved.getStyleClass().add("text-muted");
        // an autosave that failed says so, in words, instead of "Saving…" forever
        // nor does it claim "saved" while a field holds a number it could not read
        saved.textProperty().bind(Bindings.createStringBinding(() -> !model.unreadableFields().isEmpty()
                ? m.get("wizard.unreadable")
                : !model.statusProperty().get().isEmpty()
                ? m.get("wizard.saveFailed", model.statusProperty().get())
                : model.dirtyProperty().get() ? m.get("wizard.unsaved") : m.get("wizard.saved"),
                model.dirtyProperty(), model.statusProperty(), model.unreadableFields()));
        HBox nav = new HBox(10, back, why, Ui.grow(), saved, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(10, 16, 10, 16));
        nav.getStyleClass().add("wizard-nav");
        HBox.setHgrow(why, Priority.SOMETIMES);

        BorderPane pane = new BorderPane();
        pane.setId("wizard");
        pane.setLeft(stepList);
        pane.setCenter(content);
        pane.setRight(new SidePanel(model, m).build());
        pane.setBottom(nav);
        return pane;
    }

    private void show(WizardStep s) {
        Node n = view(s).node();
        VBox box = new VBox(n);
        box.setPadding(new Insets(20, 24, 24, 24));
        box.getStyleClass().add("step-box");
        content.setContent(box);
        content.setVvalue(0);
    }

    private void move(int delta) {
        int i = model.stepProperty().get().ordinal() + delta;
        if (i >= 0 && i < WizardStep.values().length) {
            model.stepProperty().set(WizardStep.values()[i]);
        }
    }

    /** From a finding to the field it concerns: switch to its step and focus the field. */
    void jumpTo(Finding f) {
        WizardStep s = stepOf(f.target());
        model.stepProperty().set(s);
        javafx.application.Platform.runLater(() -> view(s).focus(f.target()));
    }

    static WizardStep stepOf(String pointer) {
        if (pointer.startsWith("/context/segments")) {
            return WizardStep.SEGMENTS;
        }
        if (pointer.startsWith("/context")) {
            return WizardStep.CONTEXT;
        }
        if (pointer.startsWith("/instruments")) {
            return WizardStep.INSTRUMENTS;
        }
        if (pointer.startsWith("/kpis")) {
            return WizardStep.KPIS;
        }
        if (pointer.startsWith("/phases") || pointer.startsWith("/review")) {
            return WizardStep.PHASES;
        }
        return WizardStep.PROBLEM;
    }

    static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
