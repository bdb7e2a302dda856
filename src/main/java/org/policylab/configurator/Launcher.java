package org.policylab.configurator;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.policylab.configurator.cli.Cli;

/**
 * The one entry point. No arguments: open the window. One argument that names a passport file ({@code *.json}, as
 * the desktop passes it when the planner double-clicks one or chooses <i>Open with</i>): open the window with that
 * passport. Anything else: run the command line without a display. Kept apart from the JavaFX Application class so
 * the jar starts from the classpath.
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
        Optional<Path> passport = passportToOpen(args);
        if (passport.isPresent()) {
            org.policylab.configurator.ui.DesktopApp.launchWindow(new String[] {passport.get().toString()});
            return;
        }
        System.exit(Cli.run(args));
    }

    /**
     * The passport file to open in the window, when the arguments are exactly one path (or {@code file:} URI) whose
     * name ends in {@code .json}. No command's name ends so, so every command line reads as before. The file is not
     * read here: a missing or broken file is reported in the window, in one sentence, like File → Open.
     */
    static Optional<Path> passportToOpen(String[] args) {
        if (args.length != 1 || args[0] == null || args[0].isBlank() || args[0].startsWith("-")) {
            return Optional.empty();
        }
        String arg = args[0].strip();
        boolean fileUri = arg.regionMatches(true, 0, "file:", 0, 5);
        if (!fileUri && arg.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            // a web address or another scheme: not a file on this computer (a drive letter, C:, is one letter)
            return Optional.empty();
        }
        Path path;
        try {
            path = fileUri ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        Path name = path.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        return Optional.of(path.toAbsolutePath().normalize());
    }
}
