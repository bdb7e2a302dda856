package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.OutputException;

/**
 * A report written while the planner chooses its file (issue 16): the chosen file gets the bytes written meanwhile,
 * the document is written once whoever comes first, a cancelled dialog writes nothing not yet begun, and a failure
 * ahead is written again and reported in one line.
 */
class WriteAheadTest {
    @TempDir
    Path dir;

    /** Each time a document was written: its name and the thread that wrote it. */
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
    }

    private AtomicFiles.Content document(String name) {
        return out -> {
            written.add(name + " @" + Thread.currentThread().getName());
            out.write(("report " + name).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A document that says it began, then waits for {@link #release}. */
    private AtomicFiles.Content held(String name, CountDownLatch began) {
        AtomicFiles.Content d = document(name);
        return out -> {
            began.countDown();
            await(release);
            d.writeTo(out);
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the write-ahead thread has done everything handed to it so far. */
    private static void drain() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        WriteAhead.start(out -> done.countDown());
        await(done);
    }

    @Test
    void theChosenFileGetsTheBytesWrittenWhileTheDialogWasOpen() throws Exception {
        WriteAhead report = WriteAhead.start(document("monitoring"));
        drain(); // the planner took a while to choose the file
        Path file = dir.resolve("monitoring.pdf");

        report.writeTo(file);

        assertThat(Files.readString(file)).isEqualTo("report monitoring");
        assertThat(written).containsExactly("monitoring @write-ahead");
    }

    @Test
    void aFileChosenWhileTheReportIsBeingWrittenWaitsForItAndItIsWrittenOnce() throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        WriteAhead report = WriteAhead.start(held("changes", began));
        await(began);
        Path file = dir.resolve("changes.pdf");

        CompletableFuture<Void> export = CompletableFuture.runAsync(() -> {
            try {
                report.writeTo(file);
            } catch (OutputException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(export).isNotDone();
        assertThat(file).doesNotExist();

        release.countDown();
        export.get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).isEqualTo("report changes");
        assertThat(written).containsExactly("changes @write-ahead");
    }

    @Test
    void aFileChosenBeforeTheThreadCameToTheReportIsWrittenThereAndNotAgain() throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        WriteAhead.start(held("earlier", began)); // the thread is busy with another report
        await(began);
        WriteAhead report = WriteAhead.start(document("comparison"));
        Path file = dir.resolve("comparison.pdf");

        report.writeTo(file);
        assertThat(Files.readString(file)).isEqualTo("report comparison");
        assertThat(written).containsExactly("comparison @main");

        release.countDown();
        drain();
        assertThat(written).containsExactly("comparison @main", "earlier @write-ahead");
    }

    @Test
    void aCancelledDialogWritesNothingNotYetBegun() throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        WriteAhead.start(held("earlier", began));
        await(began);
        WriteAhead report = WriteAhead.start(document("dropped"));

        report.drop();
        release.countDown();
        drain();

        assertThat(written).containsExactly("earlier @write-ahead");
    }

    @Test
    void aFailureAheadIsWrittenAgainWhenTheFileIsChosen() throws Exception {
        int[] calls = {0};
        WriteAhead report = WriteAhead.start(out -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("fonts not readable yet");
            }
            out.write("second try".getBytes(StandardCharsets.UTF_8));
        });
        drain();
        Path file = dir.resolve("report.pdf");

        report.writeTo(file);

        assertThat(Files.readString(file)).isEqualTo("second try");
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineAndLeavesTheEarlierFile() throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "last month's report");
        WriteAhead report = WriteAhead.start(out -> {
            throw new IOException("No space left on device");
        });
        drain();

        assertThatThrownBy(() -> report.writeTo(file))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("report.pdf")
                .hasMessageContaining("No space left on device")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readString(file)).isEqualTo("last month's report");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
