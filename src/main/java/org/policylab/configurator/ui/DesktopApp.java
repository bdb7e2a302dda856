package org.policylab.configurator.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder replaced below. */
public final class DesktopApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
