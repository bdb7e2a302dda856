package org.policylab.configurator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code java -jar} starts the app's child JVM (FastStart): which options the window and the commands get. */
class FastStartTest {
    private static final File JAR = new File("/opt/app/policy-configurator.jar");

    private static List<String> child(String... args) {
        String[] cl = {"-Duser.language=kk", "-jar", JAR.getPath()};
        return FastStart.childCommand("java", cl, 1, JAR, args, FastStart.isWindow(args), "-XX:SharedArchiveFile=/c/a.jsa");
    }

    @Test
    void theWindowKeepsC2ButReachesItLater() {
        List<String> cmd = child();
        assertThat(cmd).containsSubsequence(Arrays.asList(FastStart.WINDOW_JIT)).doesNotContain("-XX:TieredStopAtLevel=1");
        // the user's own options come after ours (the last one wins), then the jar and the arguments
        assertThat(cmd).containsSubsequence("-XX:SharedArchiveFile=/c/a.jsa", FastStart.WINDOW_JIT[3], "-Duser.language=kk",
                "-jar", JAR.getPath());
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo(JAR.getPath());
    }

    @Test
    void aPassportFileToOpenIsTheWindowWithItsArchive() {
        assertThat(FastStart.isWindow(new String[] {"/home/aigerim/ai.passport.json"})).isTrue();
        assertThat(FastStart.archivePrefix(new String[] {"/home/aigerim/ai.passport.json"})).isEqualTo("window-");
        assertThat(child("/home/aigerim/ai.passport.json")).contains(FastStart.WINDOW_JIT).endsWith("/home/aigerim/ai.passport.json");
    }

    @Test
    void aCommandRunsOnC1WithAnArchiveOfItsOwn() {
        List<String> cmd = child("export", "p.json", "--format", "pdf");
        assertThat(cmd).contains("-XX:TieredStopAtLevel=1").doesNotContain(FastStart.WINDOW_JIT[0]);
        assertThat(cmd.subList(cmd.size() - 4, cmd.size())).containsExactly("export", "p.json", "--format", "pdf");
        assertThat(FastStart.isWindow(new String[] {"export", "p.json"})).isFalse();
        assertThat(FastStart.archivePrefix(new String[] {"export", "p.json"})).isEqualTo("cli-export-");
    }

    @Test
    void theInstalledAppStartsItsWindowWithTheSameJitOptions() throws IOException {
        List<String> args = Files.readAllLines(Path.of("installer/jpackage/common.args")).stream()
                .filter(l -> l.startsWith("--java-options -XX:Tier4")).map(l -> l.substring("--java-options ".length())).toList();
        assertThat(args).containsExactly(FastStart.WINDOW_JIT);
    }
}
