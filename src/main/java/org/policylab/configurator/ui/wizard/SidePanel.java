package org.policylab.configurator.ui.wizard;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Messages;

/** The live side panel: top suggestions and the count of open findings, refreshed off the FX thread. */
final class SidePanel {
    static final int TOP = 5;
    private final WizardModel model;
    private final Messages m;
    private final VBox suggestions = new VBox(6);
    private final Label errors = new Label();
    private final Label warnings = new Label();
    private final Label notes = new Label();

    SidePanel(WizardModel model, Messages m) {
        this.model = model;
        this.m = m;
    }

    Node build() {
        Label title = new Label(m.get("side.suggestions"));
        title.getStyleClass().add("title-4");
        suggestions.setId("side-suggestions");
        Label checks = new Label(m.get("side.findings"));
        checks.getStyleClass().add("title-4");
        errors.setId("side-errors");
        errors.getStyleClass().add("finding-error");
        warnings.setId("side-warnings");
        warnings.getStyleClass().add("finding-warning");
        notes.getStyleClass().add("finding-info");
        VBox box = new VBox(10, checks, errors, warnings, notes, title, suggestions);
        box.setPadding(new Insets(16));
        box.setPrefWidth(270);
        box.setMinWidth(240);
        box.getStyleClass().add("side-panel");
        box.setId("side-panel");
        model.recommendationProperty().addListener((o, a, b) -> show(b));
        model.findingsProperty().addListener((o, a, b) -> counts());
        show(model.recommendationProperty().get());
        counts();
        return box;
    }

    private void counts() {
        var f = model.findingsProperty().get();
        errors.setText(m.get("side.errors", WizardView.count(f, Severity.ERROR)));
        warnings.setText(m.get("side.warnings", WizardView.count(f, Severity.WARNING)));
        notes.setText(m.get("side.notes", WizardView.count(f, Severity.INFO)));
    }

    private void show(Recommendation r) {
        suggestions.getChildren().clear();
        if (r == null) {
            return;
        }
        for (Scored<Instrument> s : r.topInstruments(TOP)) {
            Label l = new Label(s.item().name().in(m.language()));
            l.setWrapText(true);
            l.getStyleClass().add("suggestion");
            if (!s.reasons().isEmpty()) {
                l.setTooltip(org.policylab.configurator.ui.common.Ui.tip(s.reasons().stream()
                        .filter(x -> x.points() != 0).map(x -> (x.points() > 0 ? "+ " : "− ") + x.text(m))
                        .reduce((a, b) -> a + "\n" + b).orElse("")));
            }
            boolean chosen = model.passport().instruments().stream().anyMatch(i -> i.instrument().equals(s.item().id()));
            if (chosen) {
                l.setText("✓ " + l.getText());
            }
            suggestions.getChildren().add(l);
        }
    }
}
