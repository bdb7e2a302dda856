package org.policylab.configurator.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.Settings;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.FxTaskRunner;
import org.policylab.configurator.ui.common.TaskRunner;

/**
 * The JavaFX application. The workspace (SQLite, then the catalog snapshot) is opened off the FX thread while JavaFX
 * starts; the main window is the first one shown when it is ready by then, else a still first frame shows until it
 * is. Either way the FX thread never waits for the database.
 */
public final class DesktopApp extends Application {
    public static final String FONT = "/fonts/DejaVuSans.ttf";

    /** Opens the window; {@code args}: nothing, or the one passport file to open (Launcher decided). */
    public static void launchWindow(String[] args) {
        opening = openInBackground();
        Application.launch(DesktopApp.class, args);
    }

    /**
     * The workspace being opened while JavaFX starts its toolkit (issue 16): SQLite, the migrations check, the saved
     * language, then the first catalog snapshot on the workspace's writer. Started by {@link #launchWindow} before the
     * toolkit, so the two share the machine's cores instead of following each other; null when the application was
     * started some other way, and then {@link #start} opens it itself.
     */
    private static volatile Opening opening;

    /** The runner the window will use, and the workspace it is opening with it. */
    private record Opening(TaskRunner runner, CompletableFuture<Started> started) {
    }

    private static Opening openInBackground() {
        TaskRunner runner = new FxTaskRunner();
        return new Opening(runner, CompletableFuture.supplyAsync(() -> open(runner), work -> {
            Thread t = new Thread(work, "open-workspace");
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The opened workspace, or what kept it from opening (not wrapped: the error dialog names the cause). */
    private static Started await(CompletableFuture<Started> opening) throws Exception {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Started open(TaskRunner runner) {
        Workspace ws = Workspace.openForWindow();
        // the saved language is read here, off the FX thread, like everything else of the database; a workspace this open
        // made has none (and its settings would be read only once its shipped catalog is written)
        Language language = ws.created() ? osLanguage() : initialLanguage(ws);
        // its texts too: the main window's first look-up would otherwise read the bundle on the FX thread
        Messages.of(language);
        // the catalog snapshot is read on the writer while the FX thread builds the start screen
        return new Started(AppServices.starting(ws, runner), language);
    }

    @Override
    public void start(Stage stage) {
        Theme.apply();
        // the fonts are read while the workspace opens (JavaFX parses them once; the PDF writer keeps its own bytes)
        Thread fonts = new Thread(DesktopApp::loadFonts, "load-fonts");
        fonts.setDaemon(true);
        fonts.start();
        Opening early = opening;
        opening = null;
        TaskRunner runner = early == null ? new FxTaskRunner() : early.runner();
        // a passport file given on the command line (double-clicked on the desktop) opens as a draft
        Optional<Path> passport = getParameters().getRaw().stream().findFirst().map(Path::of);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setTitle("Policy Configurator");

        if (early != null && early.started().isDone() && !early.started().isCompletedExceptionally()) {
            // the workspace opened while the toolkit started (the usual case): its window is the first one shown
            Scene scene = windowScene(new VBox(), screen);
            join(fonts);
            started(stage, scene, runner, early.started().join(), passport);
            return;
        }
        // still opening (a slow disk, a team server): a still first frame until it is ready. An animated one is redrawn
        // on every pulse, and software rendering spends a core on it while the workspace opens.
        Label name = new Label("Policy Configurator");
        name.setStyle("-fx-font-size: 20px;");
        VBox splash = new VBox(name);
        splash.setStyle("-fx-alignment: center;");
        Scene scene = windowScene(splash, screen);
        stage.setScene(scene);
        stage.show();
        startupProbe();
        runner.run(() -> {
            Started started = early == null ? open(runner) : await(early.started());
            fonts.join();
            return started;
        }, started -> started(stage, scene, runner, started, passport), DesktopApp::failed);
    }

    /** The main window on the stage, over the opened workspace; then the passport of the command line, or the tour. */
    private void started(Stage stage, Scene scene, TaskRunner runner, Started started, Optional<Path> passport) {
        MainWindow window = present(stage, scene, runner, started.services(), started.language());
        if (!stage.isShowing()) {
            stage.show();
            startupProbe();
        }
        if (Boolean.getBoolean(TRAINING)) {
            trainingRun(window);
        }
        if (passport.isPresent()) {
            window.openPassportFile(passport.get());
        } else {
            // the first run shows the tour (it is remembered as done in the workspace)
            window.offerTourOnFirstRun();
        }
        // SIGTERM and the OS's logout: the same last save, from a shutdown hook (once, whoever comes first)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            var outcome = current.shutdown().start().join();
            if (!outcome.ok()) {
                System.err.println("Policy Configurator: the last change was not saved before exit ("
                        + outcome.failure() + (outcome.detail() == null ? "" : ": " + outcome.detail()) + ")");
            }
        }, "save-on-exit"));
        runner.whenDone(started.services().firstCatalog(), c -> { }, DesktopApp::failed);
    }

    /** The window's one scene (the main window replaces its root), 1280 × 800 or the screen when smaller. */
    private static Scene windowScene(javafx.scene.Parent root, Rectangle2D screen) {
        return new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The workspace cannot be opened or read: one sentence, then the app ends. */
    private static void failed(Throwable err) {
        Messages m = Messages.of(osLanguage());
        Alert a = new Alert(Alert.AlertType.ERROR, org.policylab.configurator.ui.common.ErrorText.of(err, m));
        a.setHeaderText(m.get("error.workspace"));
        a.showAndWait();
        Platform.exit();
    }

    /**
     * Off by default. With {@code -Dpolicy.startupProbe=true} prints {@code FIRST_FRAME <epoch ms>}
     * once the first frame has been rendered: the start-up benchmark subtracts the time it started
     * the process, the installer's CDS training run waits for it (installer/README.md).
     */
    static void startupProbe() {
        if (!Boolean.getBoolean("policy.startupProbe")) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the pulse after the first one: the renderer has finished the first frame by then
                if (++pulses == 2) {
                    stop();
                    System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                    System.out.flush();
                }
            }
        }.start();
    }

    /** The system property that makes a start the installer's class-data training run ({@link #trainingRun}). */
    static final String TRAINING = "policy.cdsTraining";

    /**
     * Off by default. The installer's training run ({@code -Dpolicy.cdsTraining=true}, installer/cds-training.sh) goes
     * as far as a planner's first action: once the main window has drawn its first frame it opens a new program, as
     * Ctrl+N does, and prints {@code TRAINED <epoch ms>} once the wizard has been drawn. The installed app's class
     * archive is made from the classes that run loads; stopped at the first frame, it had left out the wizard's, and the
     * installed app read some 360 classes of JavaFX and its own from the jars on every start (issue 16).
     */
    private static void trainingRun(MainWindow window) {
        new AnimationTimer() {
            private int pulses;
            private int asked;
            private int drawn;

            @Override
            public void handle(long now) {
                pulses++;
                if (window.showsWizard()) {
                    if (++drawn == 2) {
                        stop();
                        System.out.println("TRAINED " + System.currentTimeMillis());
                        System.out.flush();
                    }
                } else if (pulses >= 2 && pulses - asked >= 30) {
                    // the first frame is drawn; asked again should the first-run tour take the window back meanwhile
                    asked = pulses;
                    drawn = 0;
                    window.newDraft();
                }
            }
        }.start();
    }

    /** The Kazakh letters must render whatever fonts the OS has: the bundled font covers them. */
    static void loadFonts() {
        for (String f : new String[] {FONT, "/fonts/DejaVuSans-Bold.ttf"}) {
            var in = DesktopApp.class.getResourceAsStream(f);
            if (in != null) {
                try (in) {
                    Font.loadFont(in, 13);
                } catch (java.io.IOException ignored) {
                    // the OS fonts remain
                }
            }
        }
    }

    private record Started(AppServices services, Language language) {
    }

    /** The window on the stage now (a shutdown hook saves its last edit). */
    private volatile MainWindow current;

    /** Puts a main window over {@code services} on the stage. */
    private MainWindow present(Stage stage, Scene scene, TaskRunner runner, AppServices services, Language language) {
        MainWindow window = new MainWindow(services, language);
        window.attach(stage, scene);
        // the window's close request saves the last edit, closes the database, then exits
        window.setOnClosed(Platform::exit);
        window.setOnConnect(address -> connect(stage, scene, runner, window, address));
        current = window;
        return window;
    }

    /**
     * File → Connect to team workspace…: the team workspace opens off the FX thread (a wrong password or an unreachable
     * server is one sentence, and the planner stays where she was); then the window on the stage saves its last edit,
     * closes its workspace, and a window over the team workspace takes its place, in the same language.
     */
    private void connect(Stage stage, Scene scene, TaskRunner runner, MainWindow from,
                         org.policylab.configurator.store.TeamAddress address) {
        Messages m = Messages.of(from.language());
        runner.run(() -> new AppServices(Workspace.openTeam(address, true), runner),
                services -> from.shutdown().start().whenComplete((outcome, e) ->
                        Platform.runLater(() -> present(stage, scene, runner, services, from.language()))),
                err -> {
                    Alert a = new Alert(Alert.AlertType.ERROR, org.policylab.configurator.ui.common.ErrorText.of(err, m));
                    a.setHeaderText(m.get("team.connect.failed"));
                    a.initOwner(stage);
                    a.show();
                });
    }

    /** UI language: the saved setting, else the OS locale, else English. Not on the FX thread: it reads the database. */
    static Language initialLanguage(Workspace workspace) {
        return workspace.settings().get(Settings.LANGUAGE)
                .flatMap(id -> {
                    try {
                        return java.util.Optional.of(Language.fromId(id));
                    } catch (IllegalArgumentException e) {
                        return java.util.Optional.empty();
                    }
                })
                .orElseGet(DesktopApp::osLanguage);
    }

    /** The OS's language when the app has it, else English. */
    private static Language osLanguage() {
        return Language.fromLocale(Locale.getDefault());
    }
}
