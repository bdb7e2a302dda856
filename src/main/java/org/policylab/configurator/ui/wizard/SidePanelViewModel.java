package org.policylab.configurator.ui.wizard;

import java.time.Year;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.engine.Drafting;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Language;

/**
 * The live side panel: the open findings by severity and the top suggestions, each marked when
 * the program has it; a suggestion not yet in the program can be added from here.
 */
final class SidePanelViewModel extends StepViewModel {
    static final int TOP = 5;

    /** A suggestion as the panel shows it. */
    record Suggestion(Scored<Instrument> scored, boolean chosen) {
    }

    final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    final LongProperty errors = new SimpleLongProperty();
    final LongProperty warnings = new SimpleLongProperty();
    final LongProperty notes = new SimpleLongProperty();

    SidePanelViewModel(WizardModel model, Language language) {
        super(model, language);
        listeners.on(model.recommendationProperty(), (o, a, b) -> suggestions());
        listeners.on(model.findingsProperty(), (o, a, b) -> counts(b));
        suggestions();
        counts(model.findingsProperty().get());
    }

    @Override
    protected void passportChanged(org.policylab.configurator.passport.ProgramPassport before,
                                   org.policylab.configurator.passport.ProgramPassport after) {
        super.passportChanged(before, after);
        suggestions();
    }

    private void suggestions() {
        Recommendation r = model.recommendationProperty().get();
        List<Suggestion> now = r == null ? List.of() : r.topInstruments(TOP).stream()
                .map(s -> new Suggestion(s, passport().instruments().stream().anyMatch(i -> i.instrument().equals(s.item().id()))))
                .toList();
        if (!now.equals(suggestions)) {
            suggestions.setAll(now);
        }
    }

    private void counts(List<Finding> f) {
        errors.set(f.stream().filter(x -> x.severity() == Severity.ERROR).count());
        warnings.set(f.stream().filter(x -> x.severity() == Severity.WARNING).count());
        notes.set(f.stream().filter(x -> x.severity() == Severity.INFO).count());
    }

    /** Adds a suggestion to the program and selects it on the instruments step; one undo step. */
    void add(Suggestion s) {
        if (s.chosen()) {
            return;
        }
        model.edit(p -> Drafting.addInstrument(p, catalog(), s.scored().item().id(), Year.now().getValue() + 1));
        model.selectedInstrumentProperty().set(passport().instruments().size() - 1);
    }
}
