package org.policylab.configurator;

import org.policylab.configurator.cli.Cli;

/**
 * The one entry point. No arguments: open the window. Any argument: run the command line
 * without a display. Kept apart from the JavaFX Application class so the jar starts from the
 * classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // java -jar: the app runs in a child JVM with the class archive (see FastStart); its exit code is ours
        java.util.Optional<Integer> relaunched = FastStart.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (args.length == 0) {
            org.policylab.configurator.ui.DesktopApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
