package org.policylab.configurator.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
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
    private final Exporter exporter = new Exporter();
    private volatile Catalog catalog;
    private volatile Recommender recommender;
    private volatile DesignChecks checks;

    /** Made off the FX thread at start-up (tests may make it on it: the first snapshot is waited for either way). */
    public AppServices(Workspace workspace, TaskRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        workspace.refuseCallsFrom(Platform::isFxApplicationThread);
        use(workspace.gateway().catalog().join());
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The workspace's asynchronous API: what the window calls. */
    public WorkspaceGateway gateway() {
        return workspace.gateway();
    }

    public TaskRunner runner() {
        return runner;
    }

    public Exporter exporter() {
        return exporter;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Recommender recommender() {
        return recommender;
    }

    public DesignChecks checks() {
        return checks;
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
    }
}
