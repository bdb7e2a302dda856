package org.policylab.configurator.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app version, stamped into the jar by the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getClassLoader().getResourceAsStream("policy-configurator-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // fall through to "dev"
        }
        return p.getProperty("version", "dev");
    }
}
