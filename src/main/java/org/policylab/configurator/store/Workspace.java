package org.policylab.configurator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.CatalogJson;
import org.policylab.configurator.catalog.ShippedCatalog;

/**
 * The planner's workspace: one SQLite file ({@code workspace.db}) holding drafts, settings and
 * the catalog. WAL mode and a busy timeout let the window and a command-line run share it.
 * On first open it is created, migrated, and seeded with the shipped catalog.
 *
 * <p>One thread owns the connection: every statement, read or write, of every store runs on the
 * workspace's writer thread, one task at a time, in the order submitted. A transaction (a
 * catalog import) therefore runs whole before or after an autosave, never around it. The
 * stores' methods are the synchronous API (the command line); {@link #gateway()} is the
 * asynchronous one (the window), and the window's thread is refused the synchronous one.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_NAME = "workspace.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** Database work run on the writer thread with the connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path folder;
    /** Touched only on the writer thread. */
    private Connection connection;
    private int openedAtVersion;
    private final CatalogRepository catalog;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final Settings settings;
    private final RecentFiles recentFiles;
    private final WorkspaceGateway gateway;
    /** Every statement runs here, one at a time, in order. */
    private final ExecutorService writer;
    private volatile Thread writerThread;
    private volatile BooleanSupplier onUiThread = () -> false;
    private final AtomicInteger uiThreadCalls = new AtomicInteger();
    private boolean closed;

    private Workspace(Path folder) {
        this.folder = folder;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workspace-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
        this.catalog = new CatalogRepository(this);
        this.drafts = new DraftStore(this);
        this.revisions = new RevisionStore(this);
        this.settings = new Settings(this);
        this.recentFiles = new RecentFiles(this);
        this.gateway = new WorkspaceGateway(this);
    }

    /** Opens the workspace where {@link WorkspaceLocation} says it lives. */
    public static Workspace open() {
        return open(WorkspaceLocation.resolve());
    }

    public static Workspace open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the workspace folder " + folder + " (" + e.getClass().getSimpleName() + ")", e);
        }
        Workspace ws = new Workspace(folder);
        Future<Void> opened = ws.writer.submit(() -> {
            ws.connect();
            return null;
        });
        try {
            opened.get();
            return ws;
        } catch (ExecutionException e) {
            ws.writer.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException("cannot open the workspace " + ws.databaseFile() + ": " + firstLine(String.valueOf(cause.getMessage())), cause);
        } catch (InterruptedException e) {
            ws.writer.shutdownNow();
            Thread.currentThread().interrupt();
            throw new WorkspaceException("opening the workspace " + ws.databaseFile() + " was interrupted", e);
        }
    }

    /** On the writer thread: connects, migrates, seeds or upgrades the shipped catalog. */
    private void connect() {
        Path db = databaseFile();
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            openedAtVersion = Migrations.migrate(c);
            connection = c;
            if (catalog.isEmpty()) {
                catalog.replaceAll(ShippedCatalog.load());
            } else {
                upgradeShippedCatalog();
            }
        } catch (SQLException | WorkspaceException e) {
            closeQuietly(c);
            connection = null;
            throw new WorkspaceException("cannot open the workspace " + db + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Catalog versions earlier releases shipped. */
    static final java.util.Set<String> EARLIER_SHIPPED = java.util.Set.of("2026.1");

    /**
     * A workspace whose catalog is still one an earlier release shipped (not a ministry's own import) gets this
     * release's catalog merged in by id: the problems' answers, governance roles and KPI sectors the recommender and
     * the checks read. The catalog as it was is kept beside the database as {@code catalog-<version>-backup.json},
     * so a planner's edits of shipped entries can be re-imported; entries the planner added stay as they are.
     */
    private void upgradeShippedCatalog() {
        String version = catalog.meta("version");
        // Start-up path (issue 16): decide from the stored version and the shipped index alone. Parsing and
        // validating the whole shipped catalog took most of a returning user's start; it is needed only when
        // an upgrade will really happen.
        if (version == null || !EARLIER_SHIPPED.contains(version) || version.equals(ShippedCatalog.version())) {
            return;
        }
        CatalogDocument shipped = ShippedCatalog.load();
        Catalog old = catalog.load();
        try {
            CatalogJson.write(new CatalogDocument(old.version(), old.instruments(), old.kpis(), old.problems(), old.sectors(),
                    old.regions()), folder.resolve("catalog-" + version + "-backup.json"));
        } catch (org.policylab.configurator.io.OutputException e) {
            // without the backup the planner's edits could be lost: keep the old catalog rather than upgrade blind
            return;
        }
        catalog.merge(shipped);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    // ------------------------------------------------------------------ the one owner of the connection

    /**
     * The window says which thread is its own (JavaFX's application thread); from then on the
     * synchronous API refuses that thread with an {@link IllegalStateException}, so a database
     * call that would freeze the window fails loudly instead.
     */
    public void refuseCallsFrom(BooleanSupplier onUiThread) {
        this.onUiThread = onUiThread;
    }

    /** How many synchronous calls came from the window's thread (and were refused); tests expect none. */
    public int uiThreadCalls() {
        return uiThreadCalls.get();
    }

    /**
     * Runs database work on the writer thread and waits for it: directly when already there
     * (a store calling another inside a task), else queued after the work submitted before it.
     * An {@link SQLException} becomes a {@link WorkspaceException} saying {@code what} in one line.
     */
    <T> T call(String what, SqlWork<T> work) {
        if (Thread.currentThread() == writerThread) {
            return runHere(what, work);
        }
        if (onUiThread.getAsBoolean()) {
            uiThreadCalls.incrementAndGet();
            throw new IllegalStateException("the workspace database was called on the window's thread (" + what
                    + "); use Workspace.gateway() so the window does not freeze");
        }
        CompletableFuture<T> f = write(() -> runHere(what, work));
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new WorkspaceException(what + ": " + firstLine(String.valueOf(cause.getMessage())), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException(what + ": interrupted", e);
        }
    }

    private <T> T runHere(String what, SqlWork<T> work) {
        if (connection == null) {
            throw new WorkspaceException(what + ": the workspace " + databaseFile() + " is closed");
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new WorkspaceException(what + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The asynchronous API for the window: every method returns at once, its result comes from the writer thread. */
    public WorkspaceGateway gateway() {
        return gateway;
    }

    // ------------------------------------------------------------------ the synchronous API

    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return folder.resolve(FILE_NAME);
    }

    public int schemaVersion() {
        return call("cannot read the workspace version", Migrations::version);
    }

    /** The schema version the file had before this open migrated it (0 for a new workspace). */
    public int openedAtVersion() {
        return openedAtVersion;
    }

    public CatalogRepository catalogRepository() {
        return catalog;
    }

    /** A fresh snapshot of the workspace catalog. */
    public Catalog catalog() {
        return catalog.load();
    }

    /** Puts the shipped catalog back, dropping the ministry's own edits. */
    public void resetCatalog() {
        catalog.replaceAll(ShippedCatalog.load());
    }

    public DraftStore drafts() {
        return drafts;
    }

    /** The approved revisions of each program, frozen. */
    public RevisionStore revisions() {
        return revisions;
    }

    public Settings settings() {
        return settings;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /**
     * Runs work on the workspace's one writer thread, after the work submitted before it; the
     * stores called inside it run right there. Fails (without running) once the workspace is closed.
     */
    public synchronized <T> CompletableFuture<T> write(Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new WorkspaceException("the workspace " + databaseFile() + " is closed"));
            return done;
        }
        try {
            writer.execute(() -> {
                try {
                    done.complete(work.call());
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new WorkspaceException("the workspace " + databaseFile() + " is closed"));
        }
        return done;
    }

    /**
     * Closes the database exactly once, after the work already submitted. Waits for it at
     * most {@code wait}; true when the database is closed. When a write is still running then, it
     * is not cut off: the connection closes right after it, and a process that exits first
     * leaves SQLite's journal to keep the file as it was before that write.
     */
    public boolean close(Duration wait) {
        synchronized (this) {
            if (closed) {
                return true;
            }
            closed = true;
            writer.execute(() -> {
                closeQuietly(connection);
                connection = null;
            });
            writer.shutdown();
        }
        try {
            return writer.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
