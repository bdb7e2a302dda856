package org.policylab.configurator.ui.wizard;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.ui.common.Ui;

/**
 * The live side panel: the count of open findings and the top suggestions. A suggestion is a
 * button that adds it to the program; one already in the program shows ✓ and cannot be pressed.
 */
final class SidePanel {
    private final SidePanelViewModel vm;
    private final Messages m;
    private final VBox suggestions = new VBox(6);

    SidePanel(WizardModel model, Messages m) {
        this.vm = new SidePanelViewModel(model, m.language());
        this.m = m;
    }

    SidePanelViewModel viewModel() {
        return vm;
    }

    Node build() {
        Label title = new Label(m.get("side.suggestions"));
        title.getStyleClass().add("title-4");
        suggestions.setId("side-suggestions");
        Label checks = new Label(m.get("side.findings"));
        checks.getStyleClass().add("title-4");
        Label errors = new Label();
        errors.setId("side-errors");
        errors.getStyleClass().add("finding-error");
        errors.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("side.errors", vm.errors.get()), vm.errors));
        Label warnings = new Label();
        warnings.setId("side-warnings");
        warnings.getStyleClass().add("finding-warning");
        warnings.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("side.warnings", vm.warnings.get()), vm.warnings));
        Label notes = new Label();
        notes.getStyleClass().add("finding-info");
        notes.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get("side.notes", vm.notes.get()), vm.notes));
        VBox box = new VBox(10, checks, errors, warnings, notes, title, suggestions);
        box.setPadding(new Insets(16));
        box.setPrefWidth(270);
        box.setMinWidth(240);
        box.getStyleClass().add("side-panel");
        box.setId("side-panel");
        vm.suggestions.addListener((ListChangeListener<SidePanelViewModel.Suggestion>) c -> show());
        show();
        return box;
    }

    private void show() {
        suggestions.getChildren().clear();
        int i = 0;
        for (SidePanelViewModel.Suggestion s : vm.suggestions) {
            String name = s.scored().item().name().in(m.language());
            Button b = new Button(s.chosen() ? "✓ " + name : name);
            b.setId("side-suggestion-" + i++);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("suggestion");
            b.setDisable(s.chosen());
            b.setOnAction(e -> vm.add(s));
            String reasons = s.scored().reasons().stream()
                    .filter(x -> x.points() != 0).map(x -> (x.points() > 0 ? "+ " : "− ") + x.text(m))
                    .reduce((a, c) -> a + "\n" + c).orElse("");
            String action = s.chosen() ? m.get("side.suggestionChosen") : m.get("side.addSuggestion");
            b.setTooltip(Ui.tip(reasons.isEmpty() ? action : action + "\n\n" + reasons));
            suggestions.getChildren().add(b);
        }
    }
}
