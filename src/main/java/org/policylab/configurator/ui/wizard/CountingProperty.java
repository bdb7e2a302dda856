package org.policylab.configurator.ui.wizard;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * An object property that knows how many listeners it holds, so a test can show that views
 * built and thrown away (a language switch, a presentation round trip) leave none behind.
 */
final class CountingProperty<T> extends SimpleObjectProperty<T> {
    private int listeners;

    CountingProperty(T initial) {
        super(initial);
    }

    int listenerCount() {
        return listeners;
    }

    @Override
    public void addListener(InvalidationListener listener) {
        listeners++;
        super.addListener(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        listeners--;
        super.removeListener(listener);
    }

    @Override
    public void addListener(ChangeListener<? super T> listener) {
        listeners++;
        super.addListener(listener);
    }

    @Override
    public void removeListener(ChangeListener<? super T> listener) {
        listeners--;
        super.removeListener(listener);
    }
}
