package org.policylab.configurator.ui.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.TaskRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wizard model over a fresh workspace, without a window, for the view-model tests: the model lives on the FX
 * thread as in the window (the toolkit runs for the autosave timer; no stage is shown) and its clock is {@link #now}.
 */
abstract class WizardModelFixture {
    protected Path home;
    protected Workspace workspace;
    protected WizardModel model;
    protected long now;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        home = Files.createTempDirectory("pc-vm-");
        workspace = Workspace.open(home);
        AppServices services = new AppServices(workspace, TaskRunner.sameThread());
        model = fx(() -> new WizardModel(services, Fixtures.good().withId(UUID.randomUUID().toString())));
        model.setClock(() -> now);
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            model.cancelAutosave();
            return null;
        });
        workspace.close();
    }

    /** The model lives on the FX thread, as in the window. */
    protected static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    protected static void run(ThrowingRunnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
