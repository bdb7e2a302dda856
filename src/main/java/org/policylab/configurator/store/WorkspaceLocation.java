package org.policylab.configurator.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives: the folder named by {@code POLICY_CONFIGURATOR_HOME}, else the OS
 * user-data folder (XDG on Linux, %APPDATA% on Windows, Application Support on macOS).
 */
public final class WorkspaceLocation {
    public static final String HOME_VARIABLE = "POLICY_CONFIGURATOR_HOME";
    /** The workspace to open: a team server's JDBC URL ({@code jdbc:postgresql://host:5432/policy}) or a folder. */
    public static final String WORKSPACE_VARIABLE = "POLICY_CONFIGURATOR_WORKSPACE";
    static final String APP_FOLDER = "policy-configurator";

    private WorkspaceLocation() {
    }

    /** The value of {@value #WORKSPACE_VARIABLE}, or null when it is unset or blank. */
    public static String workspaceVariable() {
        String v = System.getenv(WORKSPACE_VARIABLE);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("PolicyConfigurator");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PolicyConfigurator");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve(APP_FOLDER);
    }
}
