package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Issue 9: the workspace survives the app being killed mid-save, and two instances writing at
 * once. Child JVMs run {@link DraftWriterMain} on the test class path.
 */
class WorkspaceCrashTest {
    static final int KILLS = 50;

    @TempDir
    Path tmp;

    static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"),
                DraftWriterMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static String integrityCheck(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME).toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.length() > 0 ? "\n" : "").append(rs.getString(1));
            }
            return sb.toString();
        }
    }

    static long storedCounter(Path dir, String id) {
        try (Workspace ws = Workspace.open(dir)) {
            ProgramPassport p = ws.drafts().load(id).orElseThrow(() -> new AssertionError("draft " + id + " is gone"));
            return DraftWriterMain.counterOf(p.title());
        }
    }

    /**
     * SIGKILL (Process.destroyForcibly on Linux) at random moments while the child saves in a
     * loop: after every kill the database passes integrity_check and the draft holds at least
     * the last counter the child reported as committed.
     */
    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killedWhileSavingTheWorkspaceStaysIntactAndKeepsEveryCommittedSave() throws Exception {
        killRepeatedly(KILLS, 150, dir -> child(dir.toString(), "crash-draft", "Crash test"));
    }

    /**
     * The same kills, while the window's own autosave path writes: a wizard model on a headless
     * JavaFX toolkit, its debouncer, the background runner and the workspace's writer thread
     * ({@code AutosaveWriterMain}). Fewer kills: each child starts a JavaFX toolkit.
     */
    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedWhileTheWindowAutosavesTheWorkspaceStaysIntactAndKeepsEveryCommittedSave() throws Exception {
        killRepeatedly(12, 300, dir -> autosaveChild(dir.toString(), "crash-draft", "Autosave crash test"));
    }

    static ProcessBuilder autosaveChild(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                "org.policylab.configurator.ui.wizard.AutosaveWriterMain"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private void killRepeatedly(int kills, int maxDelayMs, java.util.function.Function<Path, ProcessBuilder> children) throws Exception {
        Path dir = tmp.resolve("workspace");
        Path errors = tmp.resolve("child-stderr.txt");
        Random random = new Random(20260922L);
        String id = "crash-draft";
        long previous = 0;
        int killedAfterSaving = 0;
        for (int kill = 1; kill <= kills; kill++) {
            // stdout goes to a file: destroyForcibly closes the pipes, and a file keeps what was printed before the kill
            Path out = tmp.resolve("child-" + kill + ".out");
            Process p = children.apply(dir).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (savedLines(out).isEmpty()) {
                    assertThat(p.isAlive()).as("kill %d: the child died before saving; its stderr: %s", kill, read(errors)).isTrue();
                    assertThat(System.nanoTime()).as("kill %d: no save within 30 s", kill).isLessThan(deadline);
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(maxDelayMs + 1));
                p.destroyForcibly();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                p.destroyForcibly();
            }
            List<Long> saved = savedLines(out);
            long lastPrinted = saved.get(saved.size() - 1);
            if (lastPrinted > previous + 1) {
                killedAfterSaving++;
            }
            assertThat(integrityCheck(dir)).as("kill %d", kill).isEqualTo("ok");
            long stored = storedCounter(dir, id);
            assertThat(stored).as("kill %d: stored counter vs last reported commit", kill).isGreaterThanOrEqualTo(lastPrinted);
            assertThat(stored).as("kill %d: never goes back", kill).isGreaterThanOrEqualTo(previous);
            previous = stored;
        }
        assertThat(read(errors)).as("child stderr").doesNotContain("ERROR", "Exception");
        assertThat(killedAfterSaving).as("kills that landed in the middle of a run of saves").isGreaterThan(kills / 4);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains(Workspace.FILE_NAME);
        }
    }

    /** Two app instances saving drafts into one workspace at the same time: no SQLITE_BUSY, nothing lost. */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void twoInstancesWriteOneWorkspaceAtOnce() throws Exception {
        Path dir = tmp.resolve("shared-workspace");
        String[] ids = {"instance-a", "instance-b"};
        Process[] ps = new Process[2];
        Path[] outs = new Path[2];
        Path[] errs = new Path[2];
        for (int i = 0; i < 2; i++) {
            outs[i] = tmp.resolve(ids[i] + ".out");
            errs[i] = tmp.resolve(ids[i] + ".err");
            // both start on a fresh folder: creating, migrating and seeding it races too
            ps[i] = child(dir.toString(), ids[i], "Instance " + (char) ('A' + i), "3000")
                    .redirectOutput(outs[i].toFile()).redirectError(errs[i].toFile()).start();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(ps[i].waitFor(60, TimeUnit.SECONDS)).as("instance %s finished", ids[i]).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            String err = read(errs[i]);
            assertThat(ps[i].exitValue()).as("instance %s exit; stderr: %s", ids[i], err).isZero();
            assertThat(err).doesNotContain("BUSY", "locked", "ERROR", "Exception");
            List<String> lines = Files.readAllLines(outs[i]);
            String done = lines.get(lines.size() - 1);
            assertThat(done).startsWith("done ");
            long last = Long.parseLong(done.substring(5));
            assertThat(last).as("saves by %s", ids[i]).isGreaterThanOrEqualTo(5);
            assertThat(lines.get(lines.size() - 2)).isEqualTo("saved " + last);
            assertThat(storedCounter(dir, ids[i])).as("stored counter of %s", ids[i]).isEqualTo(last);
        }
        assertThat(integrityCheck(dir)).isEqualTo("ok");
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.drafts().list()).extracting(DraftStore.DraftSummary::id).containsExactlyInAnyOrder(ids);
            assertThat(ws.catalog().instruments()).as("the catalog was seeded once, whole").hasSizeGreaterThanOrEqualTo(45);
        }
    }

    /** The counters of the complete {@code saved N} lines printed so far (a line cut by the kill is ignored). */
    static List<Long> savedLines(Path out) throws IOException {
        String text = read(out);
        List<Long> saved = new ArrayList<>();
        int end = text.lastIndexOf('\n');
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            if (line.matches("saved \\d+")) {
                saved.add(Long.parseLong(line.substring(6)));
            }
        }
        return saved;
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
