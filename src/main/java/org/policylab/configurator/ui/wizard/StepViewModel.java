package org.policylab.configurator.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.NumberInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * What a step shows and what the planner can do there, in plain Java with JavaFX properties and
 * no scene graph. Its fields follow the draft after every change of the passport; its listeners
 * on the wizard model go in one place and {@link #dispose()} removes them all when the view goes.
 */
abstract class StepViewModel {
    protected final WizardModel model;
    protected final Language language;
    protected final Listeners listeners = new Listeners();
    private final List<DraftField<?>> fields = new ArrayList<>();
    private final java.util.Map<String, javafx.beans.property.ObjectProperty<String>> errors = new java.util.HashMap<>();

    StepViewModel(WizardModel model, Language language) {
        this.model = model;
        this.language = language;
        listeners.on(model.passportProperty(), (o, a, b) -> passportChanged(a, b));
        // undo and redo show the draft in every field, also where the draft did not change (typing that came to nothing)
        listeners.on(model.restoredProperty(), (o, a, b) -> showDraft());
    }

    /** Every field and list follows the new draft; a step with lists syncs them first. */
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        for (DraftField<?> f : List.copyOf(fields)) {
            f.pull(before, after, false);
        }
        errors.forEach((key, property) -> property.set(errorOf(after, key)));
    }

    /**
     * The message key of the error that keeps a field from being complete ({@code step|pointer}),
     * or null; it follows the draft.
     */
    javafx.beans.value.ObservableValue<String> error(org.policylab.configurator.passport.WizardStep step, String pointer) {
        String key = step.name() + "|" + pointer;
        return errors.computeIfAbsent(key, k -> new javafx.beans.property.SimpleObjectProperty<>(errorOf(passport(), k)));
    }

    private static String errorOf(ProgramPassport p, String key) {
        int bar = key.indexOf('|');
        var step = org.policylab.configurator.passport.WizardStep.valueOf(key.substring(0, bar));
        String pointer = key.substring(bar + 1);
        return org.policylab.configurator.passport.DraftValidation.errors(p, step).stream()
                .filter(e -> e.pointer().equals(pointer)).map(org.policylab.configurator.passport.DraftValidation.FieldError::messageKey)
                .findFirst().orElse(null);
    }

    /** Shows the draft in every field whatever was typed (another item was selected). */
    protected void showDraft() {
        for (DraftField<?> f : List.copyOf(fields)) {
            f.pull(null, model.passport(), true);
        }
    }

    /** A value chosen from a list, a box ticked: each change is one undo step. */
    protected <V> DraftField<V> value(Function<ProgramPassport, V> read, BiFunction<ProgramPassport, V, ProgramPassport> write) {
        return add(new DraftField<>(model, read, write, v -> true, null));
    }

    /** Typed text: keystrokes in it make one undo step until the planner leaves it or pauses. */
    protected DraftField<String> text(Function<ProgramPassport, String> read, BiFunction<ProgramPassport, String, ProgramPassport> write) {
        Object[] self = new Object[1];
        DraftField<String> f = new DraftField<>(model, p -> nullToEmpty(read.apply(p)),
                (p, v) -> write.apply(p, v == null || v.isBlank() ? null : v), v -> true, () -> List.of(self[0], typingContext()));
        self[0] = f;
        return add(f);
    }

    /**
     * A number typed as the UI language writes it ({@link NumberInput}): text that does not read
     * as a number writes nothing and stays (with its marker) until the draft's value changes.
     */
    protected DraftField<String> number(Function<ProgramPassport, java.math.BigDecimal> read,
                                        BiFunction<ProgramPassport, java.math.BigDecimal, ProgramPassport> write) {
        Object[] self = new Object[1];
        Predicate<String> readable = t -> !NumberInput.parse(language, t).isInvalid();
        DraftField<String> f = new DraftField<>(model, p -> NumberInput.format(language, read.apply(p)), (p, t) -> {
            NumberInput.Result r = NumberInput.parse(language, t);
            return r.isInvalid() ? p : write.apply(p, r.valueOrNull());
        }, readable, () -> List.of(self[0], typingContext()));
        self[0] = f;
        return add(f);
    }

    /**
     * A property of this view model that mirrors one of the wizard model's (the view binds to
     * this one; the pair of listeners goes with {@link #dispose()}).
     */
    protected <T> javafx.beans.property.ObjectProperty<T> mirror(javafx.beans.property.ObjectProperty<T> source) {
        javafx.beans.property.ObjectProperty<T> own = new javafx.beans.property.SimpleObjectProperty<>(source.get());
        listeners.on(source, (o, a, b) -> own.set(b));
        own.addListener((o, a, b) -> source.set(b));
        return own;
    }

    /** What else tells keystrokes apart besides the field: the selected item of a list step. */
    protected Object typingContext() {
        return 0;
    }

    protected <V> DraftField<V> add(DraftField<V> f) {
        fields.add(f);
        return f;
    }

    protected void remove(DraftField<?> f) {
        fields.remove(f);
    }

    protected ProgramPassport passport() {
        return model.passport();
    }

    protected Catalog catalog() {
        return model.services().catalog();
    }

    /** The planner left a text field: the next keystroke is a new undo step. */
    void endTyping() {
        model.endTyping();
    }

    WizardModel model() {
        return model;
    }

    void dispose() {
        listeners.dispose();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
