package org.policylab.configurator.ui.wizard;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The items of one of the passport's lists (instruments, KPIs, phases) as a step shows them, and
 * which one is selected. The selection lives in the wizard model, so a language switch or a jump
 * from a finding keeps or sets it; it follows the list when items are added, removed or undone.
 */
final class ItemList<T> {
    private final Function<ProgramPassport, List<T>> read;
    private final ObjectProperty<Integer> modelSelection;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>(-1);
    private final Runnable onSelect;
    private boolean updating;

    ItemList(WizardModel model, Listeners listeners, Function<ProgramPassport, List<T>> read,
             ObjectProperty<Integer> modelSelection, Runnable onSelect) {
        this.read = read;
        this.modelSelection = modelSelection;
        this.onSelect = onSelect;
        List<T> now = read.apply(model.passport());
        items.setAll(now);
        selected.set(clamp(modelSelection.get(), now.size()));
        modelSelection.set(selected.get());
        listeners.on(modelSelection, (o, a, b) -> select(b == null ? -1 : b));
        selected.addListener((o, a, b) -> {
            modelSelection.set(b);
            onSelect.run();
        });
    }

    private static int clamp(Integer i, int size) {
        if (size == 0) {
            return -1;
        }
        return i == null || i < 0 ? 0 : Math.min(i, size - 1);
    }

    ObservableList<T> items() {
        return items;
    }

    /** The selected index (-1: none); a list view follows it and reports the planner's clicks with {@link #select}. */
    ObjectProperty<Integer> selectedProperty() {
        return selected;
    }

    int index() {
        return selected.get();
    }

    /** The planner selects an item (ignored while the list itself is being refreshed). */
    void select(int i) {
        if (!updating && i >= 0 && i < items.size()) {
            selected.set(i);
        }
    }

    /** The selected item in a passport, or null. */
    T in(ProgramPassport p) {
        int i = selected.get();
        List<T> list = read.apply(p);
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** Follows the draft; when the list grew by one (an item added, a removal undone) nothing else moves. */
    void sync(ProgramPassport after) {
        List<T> now = read.apply(after);
        if (now.equals(items)) {
            return;
        }
        updating = true;
        try {
            int sel = now.size() > items.size() && selected.get() < 0 ? now.size() - 1 : clamp(selected.get(), now.size());
            boolean moved = sel != selected.get();
            if (moved) {
                selected.set(sel);
            }
            items.setAll(now);
        } finally {
            updating = false;
        }
    }

    void selectLast() {
        select(items.size() - 1);
    }
}
