package org.policylab.configurator.ui;

import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.TaskRunner;

/**
 * The services the window uses, made once at start-up and handed to each view: the
 * workspace, a catalog snapshot with its recommender and checks, the exporter, and the runner
 * for background work. The window holds no logic of its own.
 */
public final class AppServices {
    private final Workspace workspace;
    private final TaskRunner runner;
    private final Exporter exporter = new Exporter();
    private volatile Catalog catalog;
    private volatile Recommender recommender;
    private volatile DesignChecks checks;

    public AppServices(Workspace workspace, TaskRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        reloadCatalog();
    }

    public Workspace workspace() {
        return workspace;
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

    /** Takes a fresh snapshot after the catalog was edited or imported. */
    public void reloadCatalog() {
        Catalog c = workspace.catalog();
        this.catalog = c;
        this.recommender = new Recommender(c);
        this.checks = new DesignChecks(c);
    }
}
