package org.policylab.configurator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: {@code policy-configurator FILE.json} (a double-click on the desktop, Open with) opens the window with
 * that passport; every command line reads as before.
 */
class LauncherTest {
    @Test
    void aLonePassportFileOpensTheWindow() {
        assertThat(Launcher.passportToOpen(new String[] {"passport.json"}))
                .contains(Path.of("passport.json").toAbsolutePath());
        assertThat(Launcher.passportToOpen(new String[] {"/tmp/программа.PASSPORT.JSON"}))
                .contains(Path.of("/tmp/программа.PASSPORT.JSON"));
        // a file manager may pass a URI (the desktop entry's %U)
        assertThat(Launcher.passportToOpen(new String[] {"file:///tmp/my%20program.passport.json"}))
                .contains(Path.of("/tmp/my program.passport.json"));
        // a missing file still opens the window, which says so in one sentence (not "unknown command")
        assertThat(Launcher.passportToOpen(new String[] {"/no/such/dir/x.json"})).contains(Path.of("/no/such/dir/x.json"));
    }

    @Test
    void commandsAndOtherArgumentsStayWithTheCommandLine() {
        assertThat(Launcher.passportToOpen(new String[] {})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"check", "passport.json"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"check"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"--version.json"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"notes.txt"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"a.json", "b.json"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {"http://example.org/p.json"})).isEmpty();
        assertThat(Launcher.passportToOpen(new String[] {" "})).isEmpty();
    }
}
