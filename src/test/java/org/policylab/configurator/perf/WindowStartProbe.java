package org.policylab.configurator.perf;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.policylab.configurator.Launcher;

/**
 * Run by {@link LazyLoadingTest} in a fresh JVM (headless, Monocle): starts the window the way the jar does
 * (through {@link Launcher#main} without arguments), waits until the start screen is up, presses Ctrl+N as a
 * planner would, waits until the new draft's wizard shows (the window's title names it), lets the window
 * settle, then prints {@code INTERACTIVE <title>} and ends the JVM. The test reads which classes the JVM loaded.
 */
public final class WindowStartProbe {
    private WindowStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(WindowStartProbe::drive, "start-probe");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[0]);
    }

    private static void drive() {
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            // the start screen: the main window has replaced the splash
            while (onFx(() -> find("#scenario-list") != null) != Boolean.TRUE) {
                tick(deadline);
            }
            String title = null;
            while (title == null) {
                onFx(() -> {
                    Stage s = stage();
                    Event.fireEvent(s.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.N,
                            false, true, false, false));
                    return null;
                });
                Thread.sleep(200);
                String t = onFx(() -> stage().getTitle());
                if (t != null && t.contains(" — ")) {
                    title = t;
                }
                tick(deadline);
            }
            Thread.sleep(2000); // what runs right after the first interaction counts too
            System.out.println("INTERACTIVE " + title);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        } catch (Exception e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(3);
        }
    }

    private static void tick(long deadline) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            System.out.println("TIMEOUT");
            System.out.flush();
            Runtime.getRuntime().halt(4);
        }
        Thread.sleep(50);
    }

    private static Stage stage() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getScene() != null) {
                return s;
            }
        }
        return null;
    }

    private static Object find(String selector) {
        Stage s = stage();
        return s == null ? null : s.getScene().lookup(selector);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        var result = new java.util.concurrent.CompletableFuture<T>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (IllegalStateException toolkitNotUpYet) {
            return null;
        }
        return result.get();
    }
}
