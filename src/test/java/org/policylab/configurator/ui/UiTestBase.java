package org.policylab.configurator.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh workspace, headless (Monocle), background work on the same thread. */
abstract class UiTestBase extends FxRobot {
    protected Path home;
    protected Workspace workspace;
    protected AppServices services;
    protected MainWindow window;
    protected Stage stage;
    /** Database calls a test makes on the FX thread on purpose, to see them refused. */
    protected int expectedRefusals;

    protected Language startLanguage() {
        return Language.EN;
    }

    @BeforeEach
    void openWindow() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                start(primary);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void start(Stage stage) throws IOException {
        this.stage = stage;
        home = Files.createTempDirectory("pc-ui-");
        workspace = openWorkspace(home);
        services = services(workspace);
        Theme.apply();
        DesktopApp.loadFonts();
        window = new MainWindow(services, startLanguage());
        Scene scene = new Scene(new StackPane(), 1600, 1000);
        window.attach(stage, scene);
        stage.show();
    }

    /** The window's services: by default with the first catalog snapshot already in (a test of the start may wait). */
    AppServices services(Workspace workspace) {
        return new AppServices(workspace, TaskRunner.sameThread());
    }

    /** The workspace the window opens over: the planner's own, in a new folder (a team test opens a team one). */
    Workspace openWorkspace(java.nio.file.Path home) throws IOException {
        return Workspace.open(home);
    }

    @AfterEach
    void closeWorkspace() {
        WaitForAsyncUtils.waitForFxEvents();
        // dialogs a test left open (alerts are shown non-modally) must not cover the next test's window
        interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
        if (window != null) {
            interact(window::close);
        }
        if (workspace != null) {
            int refused = workspace.uiThreadCalls();
            workspace.close();
            // issue 13: the window never reaches SQLite on the FX thread; the workspace refuses and counts each attempt
            org.assertj.core.api.Assertions.assertThat(refused).as("database calls the window made on the FX thread").isEqualTo(expectedRefusals);
        }
    }

    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    protected String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    /** Scrolls the wizard's step so the node is on screen, as a planner would with the wheel. */
    protected <T extends Node> T reveal(String query) {
        T n = node(query);
        javafx.scene.control.ScrollPane sp = lookup("#step-content").query();
        interact(() -> {
            double contentHeight = sp.getContent().getBoundsInLocal().getHeight();
            double viewport = sp.getViewportBounds().getHeight();
            javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            if (contentHeight > viewport) {
                double target = Math.max(0, Math.min(1, (b.getMinY() - 40) / (contentHeight - viewport)));
                sp.setVvalue(target);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    protected void type(String query, String text) {
        clickOn(query);
        write(text);
    }
}
