package org.policylab.configurator.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The end of a window session, whatever ends it (the window's close button, File → Quit, the
 * OS's logout or SIGTERM): the draft not yet saved is saved on the workspace's writer, after
 * any autosave already under way, and then the database is closed — once, however many of
 * those ask. Each step waits a bounded time; what could not finish is reported, never hidden.
 * No JavaFX here: the window and a JVM shutdown hook both call {@link #start()}.
 */
public final class WorkspaceShutdown {
    /** How it ended: {@code failure} is null when the last draft is saved and the database closed. */
    public record Outcome(boolean saved, boolean closed, Failure failure, String detail) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Why the last save did not land: it took too long, or the database refused it. */
    public enum Failure { TIMED_OUT, ERROR }

    private final Workspace workspace;
    private final Supplier<Optional<ProgramPassport>> unsaved;
    private final Duration wait;
    private final AtomicReference<CompletableFuture<Outcome>> started = new AtomicReference<>();

    /**
     * @param unsaved the draft that still needs saving, if any; called once, from any thread
     * @param wait    how long the last save, and then the closing, may take each
     */
    public WorkspaceShutdown(Workspace workspace, Supplier<Optional<ProgramPassport>> unsaved, Duration wait) {
        this.workspace = workspace;
        this.unsaved = unsaved;
        this.wait = wait;
    }

    public Duration waitLimit() {
        return wait;
    }

    /** Starts the shutdown the first time; every call returns the same outcome, which never takes longer than twice the wait. */
    public CompletableFuture<Outcome> start() {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        if (!started.compareAndSet(null, mine)) {
            return started.get();
        }
        Thread t = new Thread(() -> {
            try {
                mine.complete(run());
            } catch (Throwable e) {
                mine.complete(new Outcome(false, false, Failure.ERROR, String.valueOf(e)));
            }
        }, "workspace-shutdown");
        t.setDaemon(true);
        t.start();
        return mine;
    }

    private Outcome run() {
        Optional<ProgramPassport> draft = unsaved.get();
        Failure failure = null;
        String detail = null;
        boolean saved = draft.isEmpty();
        if (draft.isPresent()) {
            ProgramPassport p = draft.get();
            try {
                workspace.write(() -> {
                    workspace.drafts().save(p);
                    return p;
                }).get(wait.toMillis(), TimeUnit.MILLISECONDS);
                saved = true;
            } catch (TimeoutException e) {
                failure = Failure.TIMED_OUT;
            } catch (ExecutionException e) {
                failure = Failure.ERROR;
                detail = oneLine(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = Failure.TIMED_OUT;
            }
        }
        boolean closed = workspace.close(wait);
        if (!closed && failure == null) {
            failure = Failure.TIMED_OUT;
        }
        return new Outcome(saved, closed, failure, detail);
    }

    private static String oneLine(Throwable e) {
        String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
