package org.policylab.configurator.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a small pool of daemon threads and hands results back to the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "background-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public <T> void whenDone(CompletableFuture<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        work.whenComplete((result, e) -> Platform.runLater(() -> {
            if (e != null) {
                onError.accept(TaskRunner.unwrap(e));
            } else {
                onDone.accept(result);
            }
        }));
    }
}
