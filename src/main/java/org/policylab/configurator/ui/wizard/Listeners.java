package org.policylab.configurator.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners a view model puts on the longer-lived wizard model, kept so that
 * {@link #dispose()} takes every one of them off again when the view goes.
 */
final class Listeners {
    private final List<Runnable> removals = new ArrayList<>();

    <T> void on(ObservableValue<T> source, ChangeListener<? super T> listener) {
        source.addListener(listener);
        removals.add(() -> source.removeListener(listener));
    }

    void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
