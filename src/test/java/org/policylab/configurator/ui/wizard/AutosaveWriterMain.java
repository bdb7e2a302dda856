package org.policylab.configurator.ui.wizard;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.FxTaskRunner;

/**
 * A child process for the kill -9 test that drives the window's own autosave path: a
 * {@link WizardModel} on a running (headless) JavaFX toolkit takes edits of the title on the FX
 * thread; its autosave debouncer is flushed as leaving a step does; the save goes through the
 * background runner to the workspace's writer. After each save has committed it prints
 * {@code saved N}. It resumes from the counter already stored.
 *
 * <p>Arguments: workspace folder, draft id, title prefix. Runs until killed.
 */
public final class AutosaveWriterMain {
    private AutosaveWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String id = args[1];
        String prefix = args[2];
        try {
            CountDownLatch up = new CountDownLatch(1);
            Platform.startup(up::countDown);
            up.await();
            Workspace ws = Workspace.open(dir);
            AppServices services = new AppServices(ws, new FxTaskRunner());
            ProgramPassport start = ws.drafts().load(id).orElse(null);
            if (start == null) {
                start = Fixtures.good().withId(id).withTitle(prefix + " #0");
                ws.drafts().save(start);
            }
            long counter = counterOf(start.title());
            ProgramPassport initial = start;
            AtomicReference<WizardModel> model = new AtomicReference<>();
            onFx(() -> model.set(new WizardModel(services, initial)));
            while (true) {
                counter++;
                String title = prefix + " #" + counter;
                onFx(() -> {
                    model.get().edit(p -> p.withTitle(title));
                    model.get().flush();
                });
                // committed once the model knows the workspace holds this very draft
                while (model.get().unsaved().isPresent()) {
                    Thread.onSpinWait();
                }
                System.out.println("saved " + counter);
                System.out.flush();
            }
        } catch (Throwable e) {
            System.err.println("ERROR " + e);
            System.err.flush();
            System.exit(1);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    static long counterOf(String title) {
        return Long.parseLong(title.substring(title.lastIndexOf('#') + 1));
    }
}
