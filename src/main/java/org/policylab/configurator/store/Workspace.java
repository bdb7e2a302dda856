package org.policylab.configurator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * On first open it is created and migrated, and the shipped catalog is written into it by the writer thread's first task
 * after the open returns (every call waits behind it).
 *
 * <p>One thread owns the connection: every statement, read or write, of every store runs on the
 * workspace's writer thread, one task at a time, in the order submitted. A transaction (a
 * catalog import) therefore runs whole before or after an autosave, never around it. The
 * stores' methods are the synchronous API (the command line); {@link #gateway()} is the
 * asynchronous one (the window), and the window's thread is refused the synchronous one.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_NAME = "workspace.db";

    /** Database work run on the writer thread with the connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path folder;
    /** Where the shared tables live: this folder's SQLite file, or a team server. */
    private final StoreBackend backend;
    /** A team workspace may be opened (and keep working) with its server unreachable, on its local copy. */
    private final boolean allowOffline;
    /** Touched only on the writer thread. */
    private Connection connection;
    /**
     * Touched only on the writer thread: this machine's own tables (settings, recent files; for a team workspace also
     * the local copy of the drafts opened and the changes waiting for the server). The same as {@link #connection} for
     * a planner's own workspace.
     */
    private Connection local;
    /** A team workspace whose server is unreachable: the stores run on {@link #local}. */
    private volatile boolean offline;
    private final TeamEvents events;
    /** This client, in the team server's presence table. */
    private final String clientId = java.util.UUID.randomUUID().toString();
    /** The server process of {@link #connection}: an announcement carrying it is this client's own change. */
    private volatile int serverPid;
    private int openedAtVersion;
    /** What the login may do, as the server said when it connected (everything in a planner's own workspace). */
    private volatile TeamRole role;
    private final CatalogRepository catalog;
    private final DraftStore drafts;
    private final RevisionStore revisions;
    private final Settings settings;
    private final RecentFiles recentFiles;
    private final Presence presence;
    private final Comments comments;
    private final WorkspaceGateway gateway;
    /** Every statement runs here, one at a time, in order. */
    private final ExecutorService writer;
    private volatile Thread writerThread;
    private volatile BooleanSupplier onUiThread = () -> false;
    private final AtomicInteger uiThreadCalls = new AtomicInteger();
    private boolean closed;
    /** This open made the database file: the workspace holds no settings, drafts or recent files yet. */
    private volatile boolean created;
    /** Touched only on the writer thread: why a new workspace's shipped catalog could not be written into it. */
    private RuntimeException seedFailure;

    private Workspace(Path folder) {
        this(folder, new SqliteBackend(folder.resolve(FILE_NAME)), false);
    }

    private Workspace(Path folder, StoreBackend backend, boolean allowOffline) {
        this.folder = folder;
        this.backend = backend;
        this.allowOffline = allowOffline;
        this.events = backend.team() ? new TeamEvents(this, ((TeamBackend) backend).address()) : null;
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
        this.presence = new Presence(this);
        this.comments = new Comments(this);
        this.gateway = new WorkspaceGateway(this);
    }

    /**
     * Opens the workspace {@code POLICY_CONFIGURATOR_WORKSPACE} names (a team server's JDBC URL, or a folder), else
     * the one where {@link WorkspaceLocation} says it lives.
     */
    public static Workspace open() {
        return open(WorkspaceLocation.workspaceVariable());
    }

    /**
     * The window's workspace: as {@link #open()}, but a team workspace keeps working on its local copy while its server
     * is unreachable (the command line says so in one line instead).
     */
    public static Workspace openForWindow() {
        String named = WorkspaceLocation.workspaceVariable();
        if (TeamAddress.isTeamUrl(named)) {
            return openTeam(TeamAddress.parse(named), true);
        }
        return open(named);
    }

    /**
     * Opens a workspace named on the command line ({@code --workspace}): a team server's JDBC URL
     * ({@code jdbc:postgresql://host:5432/policy}), a folder, or null for the default.
     */
    public static Workspace open(String workspace) {
        if (workspace == null || workspace.isBlank()) {
            return open(WorkspaceLocation.resolve());
        }
        if (TeamAddress.isTeamUrl(workspace)) {
            return openTeam(TeamAddress.parse(workspace), false);
        }
        return open(Path.of(workspace));
    }

    /**
     * Opens a team workspace. Its local copy (the drafts opened, the changes not yet on the server, settings and
     * recent files) lives in the folder of {@link WorkspaceLocation}. With {@code allowOffline} (the window) an
     * unreachable server is not an error once a local copy exists: the workspace works on it and sends the changes
     * when the server is back; without it (the command line) it is one line saying where and what to do.
     */
    public static Workspace openTeam(TeamAddress address, boolean allowOffline) {
        return open(WorkspaceLocation.resolve(), new TeamBackend(address, false), allowOffline);
    }

    /** {@code team init}: creates or upgrades the team schema, roles and grants, and seeds the shipped catalog. */
    public static Workspace initTeam(TeamAddress address) {
        return open(WorkspaceLocation.resolve(), new TeamBackend(address, true), false);
    }

    /** As {@link #openTeam(TeamAddress, boolean)}, with the local copy in {@code localFolder} (tests, several clients). */
    public static Workspace openTeam(TeamAddress address, Path localFolder, boolean allowOffline) {
        return open(localFolder, new TeamBackend(address, false), allowOffline);
    }

    /** As {@link #initTeam(TeamAddress)}, with the local copy in {@code localFolder}. */
    public static Workspace initTeam(TeamAddress address, Path localFolder) {
        return open(localFolder, new TeamBackend(address, true), false);
    }

    public static Workspace open(Path folder) {
        return open(folder, new SqliteBackend(folder.resolve(FILE_NAME)), false);
    }

    private static Workspace open(Path folder, StoreBackend backend, boolean allowOffline) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the workspace folder " + folder + " (" + e.getClass().getSimpleName() + ")", e);
        }
        Workspace ws = new Workspace(folder, backend, allowOffline);
        Future<Void> opened = ws.writer.submit(() -> {
            ws.connect();
            return null;
        });
        try {
            opened.get();
            if (ws.events != null) {
                ws.events.start();
            }
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
        if (backend.team()) {
            connectTeam();
            return;
        }
        Path db = databaseFile();
        Connection c = null;
        try {
            created = Files.notExists(db);
            c = backend.connect();
            openedAtVersion = backend.migrate(c);
            connection = c;
            local = c;
            role = TeamRole.ownWorkspace(backend.user());
            if (catalog.isEmpty()) {
                // a new workspace (issue 16): its shipped catalog is read and written by the writer's next task, so the
                // workspace is returned (and the window built) meanwhile; every call made after that waits behind it
                writer.execute(this::seedShippedCatalog);
            } else {
                upgradeShippedCatalog();
            }
        } catch (SQLException | WorkspaceException e) {
            closeQuietly(c);
            connection = null;
            local = null;
            throw new WorkspaceException("cannot open the workspace " + db + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * On the writer thread, the first task after a new workspace's {@link #connect}: the shipped catalog into it. Should
     * that fail, the workspace is as good as not opened: every later call says why, as the open itself did before.
     */
    private void seedShippedCatalog() {
        try {
            catalog.seed(ShippedCatalog.load());
        } catch (RuntimeException e) {
            seedFailure = e;
        }
    }

    /**
     * On the writer thread: the local copy first (it must open, or nothing can be promised), then the server. An
     * unreachable server leaves the workspace offline when that is allowed and there is a local copy to work on.
     */
    private void connectTeam() {
        Path copy = databaseFile();
        try {
            local = SqliteBackend.open(copy);
            Migrations.migrate(local);
        } catch (SQLException e) {
            closeQuietly(local);
            local = null;
            throw new WorkspaceException("cannot open the local copy of the team workspace " + copy + ": " + firstLine(e.getMessage()), e);
        }
        Connection c = null;
        try {
            c = backend.connect();
            openedAtVersion = backend.migrate(c);
            connection = c;
            serverPid = backendPid(c);
            learnRole(c);
            if (((TeamBackend) backend).init() && catalog.isEmpty()) {
                catalog.replaceAll(ShippedCatalog.load());
            }
        } catch (SQLException e) {
            closeQuietly(c);
            connection = null;
            if (allowOffline && TeamBackend.isConnectionLoss(e) && TeamCopy.hasCopy(local)) {
                offline = true;
                role = recalledRole();
                return;
            }
            closeQuietly(local);
            local = null;
            if (e instanceof TeamBackend.TeamConnectException tc) {
                throw new WorkspaceException(tc.fault, e);
            }
            throw new WorkspaceException("cannot open the team workspace " + backend.describe() + ": " + firstLine(e.getMessage()), e);
        } catch (WorkspaceException e) {
            closeQuietly(c);
            closeQuietly(local);
            connection = null;
            local = null;
            throw e;
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

    static void closeQuietly(Connection c) {
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
        if (seedFailure != null) {
            throw new WorkspaceException("cannot open the workspace " + databaseFile() + ": "
                    + firstLine(seedFailure.getMessage()), seedFailure);
        }
        Connection c = offline ? local : connection;
        if (c == null) {
            if (backend.team() && local != null) {
                // the command line's team workspace lost its server earlier: nothing more is promised
                throw new WorkspaceException(TeamBackend.describeConnectFailure(((TeamBackend) backend).address(),
                        new SQLException("the connection was lost", "08006")));
            }
            throw new WorkspaceException(what + ": the workspace " + describe() + " is closed");
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            if (backend.team() && c != local && TeamBackend.isConnectionLoss(e)) {
                // the server went away during this work: nothing of it was confirmed; do it again on the local copy
                // (a save is kept there with its base version, and sent when the server is back)
                connectionLost();
                if (!allowOffline) {
                    throw new WorkspaceException(TeamBackend.describeConnectFailure(((TeamBackend) backend).address(), e), e);
                }
                return runHere(what, work);
            }
            throw TeamErrors.translate(what, e, backend);
        }
    }

    /** Runs work on this machine's own tables (settings, recent files, the local copy), on the writer thread. */
    <T> T callLocal(String what, SqlWork<T> work) {
        return call(what, c -> {
            if (local == null) {
                throw new WorkspaceException(what + ": the workspace " + describe() + " is closed");
            }
            return work.run(local);
        });
    }

    /** On the writer thread: the server is gone; the stores work on the local copy until {@link #reconnect()}. */
    void connectionLost() {
        if (!backend.team() || offline) {
            return;
        }
        closeQuietly(connection);
        connection = null;
        if (allowOffline) {
            offline = true;
            if (events != null) {
                events.fireOnline(false);
            }
        }
    }

    /** The local copy's setting that keeps the role the server last said, for a window opened offline. */
    static final String TEAM_ROLE = "ui.teamRole";

    /** On the writer thread: asks the server which roles the login holds, and keeps the answer in the local copy. */
    private void learnRole(Connection server) throws SQLException {
        TeamRole r = TeamSchema.role(server);
        role = r;
        try (var ps = local.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, TEAM_ROLE);
            ps.setString(2, r.encode());
            ps.executeUpdate();
        }
    }

    /**
     * On the writer thread, offline: the role the server said last time (a planner's, when this copy never heard it);
     * the server checks every change again when it is sent.
     */
    private TeamRole recalledRole() {
        String user = backend.user();
        try (var ps = local.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, TEAM_ROLE);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    return TeamRole.decode(user, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // the copy cannot say: the likeliest role
        }
        return new TeamRole(user, false, true, false, false);
    }

    private static int backendPid(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT pg_backend_pid()")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    String clientId() {
        return clientId;
    }

    int serverPid() {
        return serverPid;
    }

    /** On the writer thread: is the team server still there? If not, the workspace goes offline now. */
    void probe() {
        if (!backend.team() || offline || connection == null) {
            return;
        }
        boolean alive;
        try {
            alive = connection.isValid(3);
        } catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            connectionLost();
        }
    }

    /** {@code team grant}: gives an existing login of the team server one of the roles of {@link TeamSchema#ROLES}. */
    public void grantTeamRole(String login, String role) {
        if (!backend.team()) {
            throw new IllegalStateException("not a team workspace");
        }
        call("cannot grant " + role + " to " + login, c -> {
            TeamSchema.grantRole(c, login, role);
            return null;
        });
    }

    /** How many saves made offline wait for the team server (0 for a planner's own workspace). */
    public int pendingChanges() {
        if (!backend.team()) {
            return 0;
        }
        return callLocal("cannot read the local copy", TeamCopy::pending);
    }

    /** True when the given connection is this machine's local copy of a team workspace (not the server). */
    boolean isLocalCopy(Connection c) {
        return backend.team() && c == local;
    }

    /** The local copy of a team workspace, on the writer thread (null for a planner's own workspace). */
    Connection localCopy() {
        return backend.team() ? local : null;
    }

    /**
     * A team workspace working offline tries its server again: on success the changes made offline are sent, each
     * with the version it was based on (a change whose draft someone else has changed since is kept and reported as a
     * conflict, never applied over theirs), and the workspace is online. Returns what was sent; empty when already
     * online, and an exception (one line) when the server is still unreachable.
     */
    public TeamCopy.Replay reconnect() {
        if (!backend.team()) {
            return TeamCopy.Replay.NONE;
        }
        return call("cannot reach the team workspace " + backend.describe(), c -> {
            if (!offline) {
                return TeamCopy.Replay.NONE;
            }
            Connection fresh;
            try {
                fresh = backend.connect();
                backend.version(fresh);
            } catch (TeamBackend.TeamConnectException e) {
                throw new WorkspaceException(e.fault, e);
            }
            TeamCopy.Replay replay;
            try {
                replay = drafts.replay(fresh, local);
            } catch (SQLException e) {
                closeQuietly(fresh);
                if (TeamBackend.isConnectionLoss(e)) {
                    throw new WorkspaceException(TeamBackend.describeConnectFailure(((TeamBackend) backend).address(), e), e);
                }
                throw e;
            }
            connection = fresh;
            serverPid = backendPid(fresh);
            learnRole(fresh);
            offline = false;
            if (events != null) {
                events.fireOnline(true);
                replay.conflicts().forEach(events::fireConflict);
                events.fireRefresh();
            }
            return replay;
        });
    }

    /** The asynchronous API for the window: every method returns at once, its result comes from the writer thread. */
    public WorkspaceGateway gateway() {
        return gateway;
    }

    // ------------------------------------------------------------------ the synchronous API

    public Path folder() {
        return folder;
    }

    /** The SQLite file: the workspace itself, or a team workspace's local copy. */
    public Path databaseFile() {
        return backend.team() ? folder.resolve(((TeamBackend) backend).address().cacheName()) : folder.resolve(FILE_NAME);
    }

    /** Where the workspace is, for the planner: its file, or the team server's host:port/database. */
    public String describe() {
        return backend.describe();
    }

    /** True for a team workspace on a PostgreSQL server. */
    public boolean isTeam() {
        return backend.team();
    }

    /** True while a team workspace's server is unreachable and the work goes to the local copy. */
    public boolean isOffline() {
        return offline;
    }

    /**
     * What the login may do: the roles the team server gives it (asked on connecting, again on reconnecting), or every
     * right in a planner's own workspace. The window offers only that; the server refuses the rest whatever is tried.
     */
    public TeamRole role() {
        TeamRole r = role;
        return r != null ? r : TeamRole.ownWorkspace(backend.user());
    }

    /** Who saves, as the drafts list shows it: the OS user, or the team server's login. */
    public String user() {
        return backend.user();
    }

    /**
     * Live changes made by others (a team workspace; a planner's own workspace announces nothing). The listener is
     * called on a background thread; closing the returned handle unsubscribes it.
     */
    public AutoCloseable subscribe(WorkspaceListener listener) {
        if (events == null) {
            return () -> { };
        }
        return events.subscribe(listener);
    }

    /** Who else has a draft open (a team workspace); empty for a planner's own workspace. */
    public Presence presence() {
        return presence;
    }

    /** Comments on drafts (a team workspace; a planner's own workspace refuses in one line). */
    public Comments comments() {
        return comments;
    }

    public int schemaVersion() {
        return call("cannot read the workspace version", backend::version);
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

    /**
     * True when this open made the workspace's database (a planner's first start, or a new folder): nothing saved is in
     * it yet, so the window need not wait for its shipped catalog to be written to know there is no saved setting.
     */
    public boolean created() {
        return created;
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
            if (events != null) {
                events.stop();
            }
            writer.execute(() -> {
                if (local != connection) {
                    closeQuietly(local);
                }
                closeQuietly(connection);
                connection = null;
                local = null;
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
