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
import org.policylab.configurator.help.GuideIds;
import org.policylab.configurator.ui.common.HelpLink;
import org.policylab.configurator.ui.common.Ui;

/**
 * The wizard: the step list on the left, the current step in the middle, the live side panel
 * (top suggestions, open findings) on the right, Back and Next below. Everything binds to view
 * models ({@link WizardViewModel} and one per step); {@link #dispose()} takes their listeners off
 * the wizard model when the window builds another view (a language switch, a presentation).
 */
public final class WizardView {
    private final WizardModel model;
    private final Messages m;
    private final Consumer<Path> onExported;
    private final Runnable onMonitoring;
    private final HelpLink help;
    private final Map<WizardStep, StepView> steps = new EnumMap<>(WizardStep.class);
    private final ScrollPane content = new ScrollPane();
    private final ListView<WizardStep> stepList = new ListView<>();
    private WizardViewModel vm;
    private SidePanel side;

    public WizardView(WizardModel model, Messages m, Consumer<Path> onExported) {
        this(model, m, onExported, () -> { });
    }

    /** {@code onMonitoring} opens the monitoring of the program (from the review step). */
    public WizardView(WizardModel model, Messages m, Consumer<Path> onExported, Runnable onMonitoring) {
        this(model, m, onExported, onMonitoring, HelpLink.NONE);
    }

    /** {@code help} opens the guide: each step has a "?" to its section, each finding one to its rule's. */
    public WizardView(WizardModel model, Messages m, Consumer<Path> onExported, Runnable onMonitoring, HelpLink help) {
        this.help = help;
        this.model = model;
        this.m = m;
        this.onExported = onExported;
        this.onMonitoring = onMonitoring;
    }

    private StepView view(WizardStep s) {
        return steps.computeIfAbsent(s, k -> switch (k) {
            case PROBLEM -> new ProblemStep(model, m);
            case CONTEXT -> new ContextStep(model, m);
            case SEGMENTS -> new SegmentsStep(model, m);
            case INSTRUMENTS -> new InstrumentsStep(model, m);
            case KPIS -> new KpisStep(model, m);
            case PHASES -> new PhasesStep(model, m);
            case REVIEW -> new ReviewStep(model, m, this::jumpTo, onMonitoring, help);
            case EXPORT -> new ExportStep(model, m, onExported);
        });
    }

    /** Takes every listener of this view's view models off the wizard model; the view is not shown again. */
    public void dispose() {
        steps.values().forEach(StepView::dispose);
        if (vm != null) {
            vm.dispose();
        }
        if (side != null) {
            side.viewModel().dispose();
        }
    }

    public Node build() {
        // the fields of an earlier view of this model are gone, and so is their unreadable text
        model.unreadableFields().clear();
        vm = new WizardViewModel(model, m);
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
                boolean ok = vm.completeProperty(s).get();
                setText((s.ordinal() + 1) + ". " + m.get(s.titleKey()));
                Label mark = new Label(ok ? "✓" : "•");
                mark.getStyleClass().add(ok ? "step-done" : "step-open");
                mark.setId("step-mark-" + s.name().toLowerCase(java.util.Locale.ROOT));
                setGraphic(mark);
                setId("step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        for (WizardStep s : WizardStep.values()) {
            vm.completeProperty(s).addListener((o, a, b) -> stepList.refresh());
        }
        stepList.getSelectionModel().select(vm.step.get());
        stepList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.step.set(b);
            }
        });
        vm.step.addListener((o, a, b) -> {
            stepList.getSelectionModel().select(b);
            show(b);
        });

        content.setFitToWidth(true);
        content.setId("step-content");
        content.getStyleClass().add("step-content");
        show(vm.step.get());

        Button back = Ui.button(m.get("wizard.back"), () -> vm.move(-1));
        back.setId("wizard-back");
        back.disableProperty().bind(vm.backDisabled);
        Button next = Ui.button(m.get("wizard.next"), () -> vm.move(1));
        next.setId("wizard-next");
        next.getStyleClass().add("accent");
        next.disableProperty().bind(vm.nextDisabled);
        Label why = new Label();
        why.setId("wizard-why");
        why.getStyleClass().add("text-muted");
        why.textProperty().bind(vm.why);
        why.setWrapText(true);
        Label saved = new Label();
        saved.setId("autosave-status");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(vm.saveStatus);
        HBox nav = new HBox(10, back, why, Ui.grow(), saved, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(10, 16, 10, 16));
        nav.getStyleClass().add("wizard-nav");
        HBox.setHgrow(why, Priority.SOMETIMES);

        BorderPane pane = new BorderPane();
        pane.setId("wizard");
        pane.setLeft(stepList);
        pane.setCenter(content);
        side = new SidePanel(model, m);
        Node sidePanel = side.build();
        pane.setRight(sidePanel);
        pane.setBottom(nav);
        if (readOnly()) {
            // a reviewer reads the draft and approves it in the monitoring view; the server refuses any other change
            Label note = new Label(m.get("wizard.readOnly", model.services().permissions().roleName(m)));
            note.setId("wizard-read-only");
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            note.setPadding(new Insets(8, 16, 8, 16));
            pane.setTop(note);
            Node suggestions = sidePanel.lookup("#side-suggestions");
            if (suggestions != null) {
                suggestions.setDisable(true);
            }
        }
        return pane;
    }

    /** The login may not change drafts (a reviewer alone): the steps are shown to be read, not edited. */
    private boolean readOnly() {
        return model.services().permissions().readOnlyDrafts();
    }

    private void show(WizardStep s) {
        Node n = view(s).node();
        if (readOnly() && s != WizardStep.REVIEW && s != WizardStep.EXPORT) {
            // every field of the step for reading, also those it builds later (an instrument's terms, a KPI's targets)
            org.policylab.configurator.ui.common.ReadOnlyTree.follow(n);
        }
        BorderPane withHelp = new BorderPane(n);
        if (help != HelpLink.NONE) {
            Button h = help.button(m, GuideIds.step(s), m.get(s.titleKey()));
            h.getStyleClass().add("step-help");
            BorderPane.setAlignment(h, Pos.TOP_RIGHT);
            BorderPane.setMargin(h, new Insets(0, 0, 0, 8));
            withHelp.setRight(h);
        }
        VBox box = new VBox(withHelp);
        box.setPadding(new Insets(20, 24, 24, 24));
        box.getStyleClass().add("step-box");
        content.setContent(box);
        content.setVvalue(0);
    }

    /** From a finding to the field it concerns: switch to its step, select the item it names and focus the field. */
    void jumpTo(Finding f) {
        WizardStep s = stepOf(f.target());
        vm.step.set(s);
        StepView v = view(s);
        v.selectItemOf(f.target());
        javafx.application.Platform.runLater(() -> v.focus(f.target()));
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
