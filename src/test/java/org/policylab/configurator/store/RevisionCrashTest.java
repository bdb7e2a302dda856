package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Issue 15: nothing of a revision or an actual is lost on a crash. A child approves revision after revision (each with
 * an actual) and is killed (SIGKILL) at random moments; after every kill the database is intact, every revision it
 * reported is stored with its actual, and the draft is always the revision after the last approved one — an approval
 * and its new draft are one transaction, never half of it.
 */
class RevisionCrashTest {
    private static final int KILLS = 12;

    @TempDir
    Path tmp;

    static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"),
                RevisionWriterMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    void killedWhileApprovingEveryReportedRevisionIsKeptWithItsActualAndTheDraftIsAlwaysTheNextRevision() throws Exception {
        Path dir = tmp.resolve("workspace");
        Path errors = tmp.resolve("child-stderr.txt");
        Random random = new Random(20261129L);
        String id = "crash-program";
        int previous = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path out = tmp.resolve("child-" + kill + ".out");
            Process p = child(dir.toString(), id).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (WorkspaceCrashTest.savedLines(out).isEmpty()) {
                    assertThat(p.isAlive()).as("kill %d: the child died before approving; its stderr: %s", kill,
                            WorkspaceCrashTest.read(errors)).isTrue();
                    assertThat(System.nanoTime()).as("kill %d: no approval within 30 s", kill).isLessThan(deadline);
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(151));
                p.destroyForcibly();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                p.destroyForcibly();
            }
            List<Long> reported = WorkspaceCrashTest.savedLines(out);
            long lastReported = reported.get(reported.size() - 1);
            assertThat(WorkspaceCrashTest.integrityCheck(dir)).as("kill %d", kill).isEqualTo("ok");
            try (Workspace ws = Workspace.open(dir)) {
                List<RevisionStore.RevisionSummary> revisions = ws.revisions().list(id);
                int last = revisions.get(revisions.size() - 1).number();
                assertThat(revisions).extracting(RevisionStore.RevisionSummary::number).as("kill %d: no gap", kill)
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, last).boxed().toList());
                assertThat((long) last).as("kill %d: every reported approval is stored", kill).isGreaterThanOrEqualTo(lastReported);
                assertThat(last).as("kill %d: never goes back", kill).isGreaterThanOrEqualTo(previous);
                ProgramPassport lastApproved = ws.revisions().load(id, last).orElseThrow();
                assertThat(lastApproved.monitoringOrEmpty().actuals()).singleElement()
                        .satisfies(a -> assertThat(a.value()).isEqualTo((double) last));
                ProgramPassport draft = ws.drafts().load(id).orElseThrow();
                assertThat(draft.revisionOrFirst().number()).as("kill %d: the draft follows the last approval", kill).isEqualTo(last + 1);
                assertThat(draft.revisionOrFirst().approved()).isFalse();
                previous = last;
            }
        }
        assertThat(WorkspaceCrashTest.read(errors)).as("child stderr").doesNotContain("ERROR", "Exception");
    }
}
