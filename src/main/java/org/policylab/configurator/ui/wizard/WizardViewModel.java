package org.policylab.configurator.ui.wizard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.DraftValidation;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;

/**
 * The wizard around the steps: which step is shown, which steps are complete (✓), whether Next
 * can act and why not, and what the autosave status says.
 */
final class WizardViewModel {
    private final WizardModel model;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    final ObjectProperty<WizardStep> step;
    private final Map<WizardStep, BooleanProperty> complete = new EnumMap<>(WizardStep.class);
    final BooleanProperty nextDisabled = new SimpleBooleanProperty();
    final BooleanProperty backDisabled = new SimpleBooleanProperty();
    final ObjectProperty<String> why = new SimpleObjectProperty<>("");
    final ObjectProperty<String> saveStatus = new SimpleObjectProperty<>("");

    WizardViewModel(WizardModel model, Messages m) {
        this.model = model;
        this.m = m;
        for (WizardStep s : WizardStep.values()) {
            complete.put(s, new SimpleBooleanProperty());
        }
        step = new SimpleObjectProperty<>(model.stepProperty().get());
        listeners.on(model.stepProperty(), (o, a, b) -> step.set(b));
        step.addListener((o, a, b) -> {
            model.stepProperty().set(b);
            refresh();
        });
        listeners.on(model.passportProperty(), (o, a, b) -> refresh());
        listeners.on(model.findingsProperty(), (o, a, b) -> refresh());
        listeners.on(model.lastExportedProperty(), (o, a, b) -> refresh());
        listeners.on(model.dirtyProperty(), (o, a, b) -> status());
        listeners.on(model.statusProperty(), (o, a, b) -> status());
        javafx.collections.SetChangeListener<Object> unreadable = c -> status();
        model.unreadableFields().addListener(unreadable);
        listenersRemoval = () -> model.unreadableFields().removeListener(unreadable);
        refresh();
        status();
    }

    private final Runnable listenersRemoval;

    /** ✓ for a step: complete, and for the review and export steps, nothing left to fix. */
    javafx.beans.value.ObservableBooleanValue completeProperty(WizardStep s) {
        return complete.get(s);
    }

    static boolean complete(ProgramPassport p, List<Finding> findings, ProgramPassport lastExported, WizardStep s) {
        return switch (s) {
            case PROBLEM, CONTEXT, SEGMENTS, INSTRUMENTS, KPIS -> DraftValidation.valid(p, s);
            // a program needs phases and someone to review it before its design is done
            case PHASES -> DraftValidation.valid(p, s) && !p.phases().isEmpty()
                    && p.review().body() != null && !p.review().body().isBlank();
            case REVIEW -> java.util.Arrays.stream(WizardStep.values()).filter(x -> x.ordinal() < s.ordinal())
                    .allMatch(x -> complete(p, findings, lastExported, x))
                    && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
            case EXPORT -> complete(p, findings, lastExported, WizardStep.REVIEW) && p.equals(lastExported);
        };
    }

    private void refresh() {
        ProgramPassport p = model.passport();
        for (WizardStep s : WizardStep.values()) {
            complete.get(s).set(complete(p, model.findingsProperty().get(), model.lastExportedProperty().get(), s));
        }
        WizardStep s = step.get();
        List<DraftValidation.FieldError> errors = DraftValidation.errors(p, s);
        nextDisabled.set(!errors.isEmpty() || s.ordinal() == WizardStep.values().length - 1);
        backDisabled.set(s.ordinal() == 0);
        why.set(errors.isEmpty() ? "" : m.get(errors.get(0).messageKey()));
    }

    // an autosave that failed says so, in words, instead of "Saving…" forever;
    // nor does it claim "saved" while a field holds a number it could not read
    private void status() {
        saveStatus.set(!model.unreadableFields().isEmpty() ? m.get("wizard.unreadable")
                : !model.statusProperty().get().isEmpty() ? m.get("wizard.saveFailed", model.statusProperty().get())
                : model.dirtyProperty().get() ? m.get("wizard.unsaved") : m.get("wizard.saved"));
    }

    void move(int delta) {
        int i = step.get().ordinal() + delta;
        if (i >= 0 && i < WizardStep.values().length) {
            step.set(WizardStep.values()[i]);
        }
    }

    void dispose() {
        listeners.dispose();
        listenersRemoval.run();
    }
}
