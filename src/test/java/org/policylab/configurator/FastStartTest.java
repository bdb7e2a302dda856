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
        return childWith(new String[] {"-Duser.language=kk"}, args);
    }

    private static List<String> childWith(String[] userOptions, String... args) {
        String[] cl = new String[userOptions.length + 2];
        System.arraycopy(userOptions, 0, cl, 0, userOptions.length);
        cl[userOptions.length] = "-jar";
        cl[userOptions.length + 1] = JAR.getPath();
        return FastStart.childCommand("java", cl, userOptions.length, JAR, args,
                List.of("-XX:SharedArchiveFile=/c/a.jsa", "-Xshare:auto"), 17);
    }

    @Test
    void theWindowRunsOnC1WithTheSerialCollectorAndItsArchive() {
        List<String> cmd = child();
        assertThat(cmd).containsSubsequence(Arrays.asList(FastStart.VM_OPTIONS))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        // the user's own options come after ours (the last one wins), then the jar and the arguments
        assertThat(cmd).containsSubsequence("-XX:SharedArchiveFile=/c/a.jsa", FastStart.VM_OPTIONS[1], "-Duser.language=kk",
                "-jar", JAR.getPath());
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo(JAR.getPath());
        assertThat(FastStart.archivePrefix(new String[0])).isEqualTo("window-");
    }

    @Test
    void aCollectorTheUserNamesIsTheOnlyOne() {
        // two collectors on one command line stop the JVM before it starts
        List<String> cmd = childWith(new String[] {"-XX:+UseG1GC", "-Xmx2g"});
        assertThat(cmd).contains("-XX:+UseG1GC", "-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
        assertThat(childWith(new String[] {"-XX:+UseZGC"}, "export", "p.json")).doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aPassportFileToOpenIsTheWindowWithItsArchive() {
        assertThat(FastStart.isWindow(new String[] {"/home/aigerim/ai.passport.json"})).isTrue();
        assertThat(FastStart.archivePrefix(new String[] {"/home/aigerim/ai.passport.json"})).isEqualTo("window-");
        assertThat(child("/home/aigerim/ai.passport.json")).contains(FastStart.VM_OPTIONS).endsWith("/home/aigerim/ai.passport.json");
    }

    @Test
    void aCommandRunsWithTheSameOptionsAndAnArchiveOfItsOwn() {
        List<String> cmd = child("export", "p.json", "--format", "pdf");
        assertThat(cmd).contains(FastStart.VM_OPTIONS);
        assertThat(cmd.subList(cmd.size() - 4, cmd.size())).containsExactly("export", "p.json", "--format", "pdf");
        assertThat(FastStart.isWindow(new String[] {"export", "p.json"})).isFalse();
        assertThat(FastStart.archivePrefix(new String[] {"export", "p.json"})).isEqualTo("cli-export-");
        // each format its own archive: a DOCX export's would leave the PDF library's classes out
        assertThat(FastStart.archivePrefix(new String[] {"export", "p.json", "--format", "pdf", "--out", "p.pdf"}))
                .isEqualTo("cli-export-pdf-");
        assertThat(FastStart.archivePrefix(new String[] {"export", "--format=DOCX", "p.json", "--out", "p.docx"}))
                .isEqualTo("cli-export-docx-");
        assertThat(FastStart.archivePrefix(new String[] {"export", "p.json", "--format", "../x"})).isEqualTo("cli-other-");
        assertThat(FastStart.archivePrefix(new String[] {"check", "--format", "json", "p.json"})).isEqualTo("cli-check-");
        assertThat(FastStart.archivePrefix(new String[] {"Export"})).isEqualTo("cli-other-");
        // an export without a format (refused by the command) does not clear the formats' archives as older ones
        assertThat(FastStart.sameKind("cli-export-pdf-0123abcd.jsa", "cli-export-")).isFalse();
        assertThat(FastStart.sameKind("cli-export-0123abcd.jsa", "cli-export-")).isTrue();
        assertThat(FastStart.sameKind("cli-export-pdf-0123abcd.aot.tmp-77.aotconf", "cli-export-pdf-")).isTrue();
    }

    @Test
    void onJdk25TheChildUsesAnAotCacheWithoutTheNotesOfJdk17Options() {
        assertThat(FastStart.usesAotCache(17)).isFalse();
        assertThat(FastStart.usesAotCache(21)).isFalse();
        assertThat(FastStart.usesAotCache(25)).isTrue();
        assertThat(FastStart.archiveName(JAR, "window-", true)).startsWith("window-").endsWith(".aot");
        assertThat(FastStart.archiveName(JAR, "window-", false)).endsWith(".jsa");

        String[] cl = {"-Duser.language=ru", "-jar", JAR.getPath()};
        List<String> cmd = FastStart.childCommand("java", cl, 1, JAR, new String[0], List.of("-XX:AOTCache=/c/w.aot"), 25);
        // -Xshare:auto beside an AOT cache stops a JDK 25 JVM before it starts ("cannot be used at the same time")
        assertThat(cmd).contains("-XX:AOTCache=/c/w.aot", "-Xlog:aot*=off,cds*=off", "--sun-misc-unsafe-memory-access=allow")
                .doesNotContain("-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off");
        assertThat(cmd).containsSubsequence("-XX:AOTCache=/c/w.aot", FastStart.VM_OPTIONS[0], "-Duser.language=ru", "-jar");
        // and JDK 17 is never given an option it does not know (it would not start)
        assertThat(child()).noneMatch(o -> o.contains("AOT") || o.contains("aot") || o.startsWith("--sun-misc"));
    }

    @Test
    void theUsersOwnClassSharingOnTheCommandLineOrInTheEnvironmentTurnsTheChildOff() {
        assertThat(FastStart.isSharingOption("-XX:AOTCache=/home/a/app.aot")).isTrue();
        assertThat(FastStart.isSharingOption("-Xshare:off")).isTrue();
        assertThat(FastStart.isSharingOption("-XX:SharedArchiveFile=a.jsa")).isTrue();
        assertThat(FastStart.isSharingOption("-Xmx2g")).isFalse();
        // JDK 25 would refuse -Xshare:off from the environment beside our -XX:AOTCache and not start at all
        assertThat(FastStart.sharesClasses("-Xmx1g  -Xshare:off")).isTrue();
        assertThat(FastStart.sharesClasses(" -Dfile.encoding=UTF-8 ")).isFalse();
        assertThat(FastStart.sharesClasses(null)).isFalse();
    }

    @Test
    void theInstalledAppStartsItsWindowWithTheSameOptions() throws IOException {
        List<String> args = Files.readAllLines(Path.of("installer/jpackage/common.args")).stream()
                .filter(l -> l.startsWith("--java-options -XX:")).map(l -> l.substring("--java-options ".length())).toList();
        assertThat(args).containsExactly(FastStart.VM_OPTIONS);
    }
}
