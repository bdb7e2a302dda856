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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogRepository;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.CatalogJson;
import org.policylab.configurator.catalog.ShippedCatalog;

/**
 * The planner's workspace: one SQLite file ({@code workspace.db}) holding drafts, settings and
 * the catalog. WAL mode and a busy timeout let the window and a command-line run share it.
 * On first open it is created, migrated, and seeded with the shipped catalog.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_NAME = "workspace.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path folder;
    private final Connection connection;
    private final CatalogRepository catalog;
    private final DraftStore drafts;
    private final Settings settings;
    private final RecentFiles recentFiles;
    private final int openedAtVersion;
    /** The window's writes (autosave, the last save on close) run here, one at a time, in order. */
    private ExecutorService writer;
    private boolean closed;

    private Workspace(Path folder, Connection connection, int openedAtVersion) {
        this.folder = folder;
        this.connection = connection;
        this.openedAtVersion = openedAtVersion;
        this.catalog = new CatalogRepository(connection);
        this.drafts = new DraftStore(connection);
        this.settings = new Settings(connection);
        this.recentFiles = new RecentFiles(connection);
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
        Path db = folder.resolve(FILE_NAME);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            int from = Migrations.migrate(c);
            Workspace ws = new Workspace(folder, c, from);
            if (ws.catalog.isEmpty()) {
                ws.catalog.replaceAll(ShippedCatalog.load());
            } else {
                ws.upgradeShippedCatalog();
            }
            return ws;
        } catch (SQLException e) {
            closeQuietly(c);
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
    private void upgradeShippedCatalog() throws SQLException {
        String version = catalog.meta("version");
        CatalogDocument shipped = ShippedCatalog.load();
        if (version == null || !EARLIER_SHIPPED.contains(version) || version.equals(shipped.version())) {
            return;
        }
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

    private static String firstLine(String s) {
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

    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return folder.resolve(FILE_NAME);
    }

    public int schemaVersion() {
        try {
            return Migrations.version(connection);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the workspace version: " + firstLine(e.getMessage()), e);
        }
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
        try {
            return catalog.load();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the catalog from " + databaseFile() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Puts the shipped catalog back, dropping the ministry's own edits. */
    public void resetCatalog() {
        try {
            catalog.replaceAll(ShippedCatalog.load());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot reset the catalog: " + firstLine(e.getMessage()), e);
        }
    }

    public DraftStore drafts() {
        return drafts;
    }

    public Settings settings() {
        return settings;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /**
     * Runs database work on the workspace's one writer thread, after the work submitted before
     * it. Fails (without running) once the workspace is closed.
     */
    public synchronized <T> CompletableFuture<T> write(Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new WorkspaceException("the workspace " + databaseFile() + " is closed"));
            return done;
        }
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "workspace-writer");
                t.setDaemon(true);
                return t;
            });
        }
        writer.execute(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Closes the database exactly once, after the writes already submitted. Waits for them at
     * most {@code wait}; true when the database is closed. When a write is still running then, it
     * is not cut off: the connection closes right after it, and a process that exits first
     * leaves SQLite's journal to keep the file as it was before that write.
     */
    public boolean close(Duration wait) {
        ExecutorService w;
        synchronized (this) {
            if (closed) {
                return true;
            }
            closed = true;
            w = writer;
        }
        if (w == null) {
            closeQuietly(connection);
            return true;
        }
        w.execute(() -> closeQuietly(connection));
        w.shutdown();
        try {
            return w.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
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
