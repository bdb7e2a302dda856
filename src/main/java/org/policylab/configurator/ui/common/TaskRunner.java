package org.policylab.configurator.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work for the window: the work runs off the FX thread, its result comes back on
 * it. Tests use {@link #sameThread()} so they need no waiting.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
