package org.policylab.configurator.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.LiveAnalysis;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.store.WorkspaceGateway;
import org.policylab.configurator.ui.common.TaskRunner;

/**
 * The services the window uses, made once at start-up and handed to each view: the
 * workspace, a catalog snapshot with its recommender and checks, the exporter, and the runner
 * for background work. The window holds no logic of its own.
 *
 * <p>The window reaches the database only through {@link #gateway()}: from here on the
 * workspace refuses its synchronous API on the FX thread.
 */
public final class AppServices {
    private final Workspace workspace;
    private final TaskRunner runner;
    private final Exporter exporter;
    private volatile Catalog catalog;
    private volatile Recommender recommender;
    private volatile DesignChecks checks;
    private volatile LiveAnalysis liveAnalysis;
    /** The first catalog snapshot, in use once complete. */
    private final CompletableFuture<Catalog> first;

    /** Made off the FX thread at start-up (tests may make it on it: the first snapshot is waited for either way). */
    public AppServices(Workspace workspace, TaskRunner runner) {
        this(workspace, runner, new Exporter(), true);
    }

    /** With an exporter of the caller's (tests see what the window writes, and when). */
    public AppServices(Workspace workspace, TaskRunner runner, Exporter exporter) {
        this(workspace, runner, exporter, true);
    }

    private AppServices(Workspace workspace, TaskRunner runner, Exporter exporter, boolean waitForCatalog) {
        this.workspace = workspace;
        this.runner = runner;
        this.exporter = exporter;
        workspace.refuseCallsFrom(Platform::isFxApplicationThread);
        this.first = workspace.gateway().catalog().thenApply(c -> {
            use(c);
            return c;
        });
        if (waitForCatalog) {
            first.join();
        }
    }

    /**
     * The window's start (issue 16): the first catalog snapshot is read on the workspace's writer while the FX
     * thread builds the start screen, which needs no catalog. What needs it ({@link MainWindow} opening the wizard,
     * the catalog, compare or presentation) goes through {@link #afterCatalog}.
     */
    public static AppServices starting(Workspace workspace, TaskRunner runner) {
        return new AppServices(workspace, runner, new Exporter(), false);
    }

    /** The first catalog snapshot: complete once it is in use (or failed, when the workspace cannot be read). */
    public CompletableFuture<Catalog> firstCatalog() {
        return first;
    }

    /** Runs the action on the FX thread once the first catalog snapshot is in use: at once when it already is. */
    public void afterCatalog(Runnable action) {
        if (first.isDone() && !first.isCompletedExceptionally()) {
            action.run();
        } else {
            // a failure is shown by the window's start (DesktopApp), which owns the one error dialog
            runner.whenDone(first, c -> action.run(), err -> { });
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The workspace's asynchronous API: what the window calls. */
    public WorkspaceGateway gateway() {
        return workspace.gateway();
    }

    /** A role the window is shown as instead of the one the server said (tests, screenshots); null: the server's. */
    private volatile org.policylab.configurator.store.TeamRole assumedRole;

    /**
     * What the window offers: the actions the workspace's login may take (every one in a planner's own workspace). The
     * team server refuses the rest whatever the window does; this only keeps the planner from buttons that would fail.
     */
    public org.policylab.configurator.ui.team.Permissions permissions() {
        org.policylab.configurator.store.TeamRole r = assumedRole;
        return new org.policylab.configurator.ui.team.Permissions(r != null ? r : workspace.role());
    }

    /**
     * Shows the window as a login with this role would see it (tests, screenshots of each role); views built from now
     * on follow it. It grants nothing: a team server still checks every change against the real login.
     */
    public void assumeRole(org.policylab.configurator.store.TeamRole role) {
        this.assumedRole = role;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Exporter exporter() {
        return exporter;
    }

    public Catalog catalog() {
        awaitFirst();
        return catalog;
    }

    public Recommender recommender() {
        awaitFirst();
        return recommender;
    }

    public DesignChecks checks() {
        awaitFirst();
        return checks;
    }

    /** The wizard side panel's recompute over the current catalog snapshot (keeps the recommendation of a scenario). */
    public LiveAnalysis liveAnalysis() {
        awaitFirst();
        return liveAnalysis;
    }

    /** Only a caller that did not go through {@link #afterCatalog} in the first moments of the start ever waits here. */
    private void awaitFirst() {
        if (catalog == null) {
            first.join();
        }
    }

    /** Takes a fresh snapshot after the catalog was edited or imported; it is in use when the future completes. */
    public CompletableFuture<Catalog> reloadCatalog() {
        return gateway().catalog().thenApply(c -> {
            use(c);
            return c;
        });
    }

    private void use(Catalog c) {
        this.catalog = c;
        this.recommender = new Recommender(c);
        this.checks = new DesignChecks(c);
        this.liveAnalysis = new LiveAnalysis(recommender, checks);
    }
}
