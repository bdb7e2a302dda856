package org.policylab.configurator.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's cache folder for what the app can always make again and that belongs to the jar and the JVM, not to the
 * planner's data: the class archives of {@code java -jar} (FastStart) and SQLite's native library (issue 16).
 * {@code POLICY_CONFIGURATOR_CACHE}, else {@code $XDG_CACHE_HOME} or {@code ~/.cache}, {@code %LOCALAPPDATA%},
 * {@code ~/Library/Caches}.
 *
 * <p>JDK only, without lambdas or string concatenation by {@code invokedynamic}: FastStart's parent process uses it
 * before anything else, and its own start must stay a few tens of milliseconds.
 */
public final class CacheFolder {
    public static final String VARIABLE = "POLICY_CONFIGURATOR_CACHE";

    private CacheFolder() {
    }

    public static Path path() {
        String own = System.getenv(VARIABLE);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("PolicyConfigurator").resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "PolicyConfigurator");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("policy-configurator");
    }
}
