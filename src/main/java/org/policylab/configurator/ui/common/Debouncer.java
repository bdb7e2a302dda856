package org.policylab.configurator.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once the planner has paused for a while (autosave, live checks). */
public final class Debouncer {
    private final PauseTransition pause;

    public Debouncer(Duration delay, Runnable action) {
        this.pause = new PauseTransition(delay);
        this.pause.setOnFinished(e -> action.run());
    }

    public void trigger() {
        pause.playFromStart();
    }

    /** Drops a pending run (the caller does the work itself, e.g. the last save on close). */
    public void cancel() {
        pause.stop();
    }

    public void flush() {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            pause.getOnFinished().handle(null);
        }
    }
}
