package org.policylab.configurator.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Background work for the window: the work runs off the FX thread, its result comes back on
 * it. Tests use {@link #sameThread()} so they need no waiting.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /**
     * Work already under way elsewhere (the workspace's writer thread): its result or failure
     * comes back on the FX thread; a failure arrives unwrapped, as the exception the work threw.
     */
    <T> void whenDone(CompletableFuture<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** The exception the work threw, not the future's wrapper around it. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Work runs on the calling thread; a future is waited for there. The workspace still runs
     * its statements on its own thread, so tests see what the window would, without waiting.
     */
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

            @Override
            public <T> void whenDone(CompletableFuture<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.join();
                } catch (RuntimeException e) {
                    onError.accept(unwrap(e));
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
