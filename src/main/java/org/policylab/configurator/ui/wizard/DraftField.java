package org.policylab.configurator.ui.wizard;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * One field of a step's view model: what the screen shows ({@link #valueProperty()}, which a
 * control binds to), read from the draft and written back to it. The draft is the truth: after
 * any change of the passport (an edit elsewhere, undo, redo, a reload) the field shows the draft
 * again, unless what it shows already means the same — text that would write the same passport
 * (a trailing newline in a list, "1,500" for 1500) stays as typed. Text that cannot be read
 * stays only until the draft's own value for this field changes.
 *
 * <p>Text that cannot be read leaves in the draft what the field held when the planner began
 * editing it, not what an earlier keystroke of the same edit made of it: "5,10" typed into an
 * English target field, or "12a" into a budget, never leaves the 5 or the 12 of its first keys
 * saved while the window says the number could not be read. The edit ends with the model's run of
 * typing ({@link WizardModel#editRun()}: the planner left a field, undid, redid) or when the
 * draft's value for this field changes from elsewhere.
 */
final class DraftField<V> {
    private final ObjectProperty<V> value = new SimpleObjectProperty<>();
    private final WizardModel model;
    private final Function<ProgramPassport, V> read;
    private final BiFunction<ProgramPassport, V, ProgramPassport> write;
    private final Predicate<V> readable;
    /** The undo key while typing (null: every change is its own undo step, e.g. a pick from a list). */
    private final Supplier<Object> typingKey;
    private boolean pulling;
    /** This field's own edit is being applied: it shows what was typed, whatever the draft now reads. */
    private boolean writing;
    /** What the draft held for this field when the current edit began; null when none is under way. */
    private Holder<V> editStart;
    /** The model's run of typing in which that edit began. */
    private long editRun;

    private record Holder<V>(V value) {
    }

    DraftField(WizardModel model, Function<ProgramPassport, V> read, BiFunction<ProgramPassport, V, ProgramPassport> write,
               Predicate<V> readable, Supplier<Object> typingKey) {
        this.model = model;
        this.read = read;
        this.write = write;
        this.readable = readable;
        this.typingKey = typingKey;
        value.set(read.apply(model.passport()));
        value.addListener((o, a, b) -> {
            if (!pulling) {
                written(b);
            }
        });
    }

    private void written(V shown) {
        if (editStart == null || editRun != model.editRun()) {
            editStart = new Holder<>(read.apply(model.passport()));
            editRun = model.editRun();
        }
        // unreadable: the draft goes back to what it held before this edit, not to its last readable keystrokes
        V taken = readable.test(shown) ? shown : editStart.value();
        writing = true;
        try {
            model.edit(typingKey == null ? null : typingKey.get(), p -> write.apply(p, taken));
        } finally {
            writing = false;
        }
    }

    /** What the control shows; bind it (bidirectionally) and nothing else. */
    ObjectProperty<V> valueProperty() {
        return value;
    }

    V get() {
        return value.get();
    }

    /** The planner sets the value (as a control would). */
    void set(V v) {
        value.set(v);
    }

    /** Follows the draft from {@code before} to {@code after}; {@code force} shows the draft whatever is typed. */
    void pull(ProgramPassport before, ProgramPassport after, boolean force) {
        if (writing && !force) {
            return; // this field's own edit: it keeps what the planner typed
        }
        V shown = value.get();
        boolean meansTheSame = write.apply(after, shown).equals(after);
        boolean draftChanged = before == null || !Objects.equals(read.apply(before), read.apply(after));
        if (force || draftChanged) {
            editStart = null; // changed from elsewhere: an edit from here begins afresh
        }
        // a pick (no typing) shows whatever the draft now holds: an empty pick "means the same" as any value, since
        // choosing nothing writes nothing — the region's levels stayed blank when a region was picked (session 8)
        boolean pick = typingKey == null;
        if (force || !meansTheSame || (draftChanged && (pick || !readable.test(shown)))) {
            pulling = true;
            try {
                value.set(read.apply(after));
            } finally {
                pulling = false;
            }
        }
    }

    boolean isReadable() {
        return readable.test(value.get());
    }

    WizardModel model() {
        return model;
    }
}
