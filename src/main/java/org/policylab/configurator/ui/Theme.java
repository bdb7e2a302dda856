package org.policylab.configurator.ui;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;

/**
 * The window's look: AtlantaFX's Primer Light, shipped as JavaFX's binary stylesheet. JavaFX reads a {@code .bss}
 * several times faster than it parses the 170 KB of CSS text it was made from (issue 16: the parse was a few
 * hundred milliseconds of every start, on the FX thread). {@code ThemeTest} fails when the binary is not the
 * conversion of the AtlantaFX stylesheet on the class path, and says how to make it again.
 */
public final class Theme {
    /** The binary stylesheet in the jar. */
    public static final String BINARY = "/ui/theme/primer-light.bss";
    /** What it is made from: the stylesheet of AtlantaFX's {@code PrimerLight} theme. */
    public static final String SOURCE = "/atlantafx/base/theme/primer-light.css";

    private Theme() {
    }

    /** Sets the look for every window of the app; before the first scene is shown. */
    public static void apply() {
        Application.setUserAgentStylesheet(url());
    }

    static String url() {
        URL binary = Objects.requireNonNull(Theme.class.getResource(BINARY), BINARY + " is missing from the build");
        return binary.toExternalForm();
    }
}
