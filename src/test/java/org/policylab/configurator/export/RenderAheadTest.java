package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The export step writes the planner's document ahead (issue 16): Export then puts those bytes in the file, but only
 * when they are of the very document asked for — any change since is in the file —, and never waits for a document
 * that is not the one being exported.
 */
class RenderAheadTest {
    @TempDir
    Path dir;

    private final Catalog catalog = PassportFixtures.catalog();
    private final ProgramPassport passport = PassportFixtures.passport(Language.EN);
    /** Each document a writer wrote: its title, the thread that wrote it. */
    private final List<String> written = new CopyOnWriteArrayList<>();
    /** The writers' first {@code held} documents wait here until released (after saying they began). */
    private final CountDownLatch began = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger failing = new AtomicInteger();

    @AfterEach
    void letGo() {
        release.countDown();
    }

    /** The format's own writer (Markdown or JSON), noted and, when told, held or failed. */
    private final class Recording implements PassportWriter {
        private final PassportWriter md;

        Recording(ExportFormat f) {
            md = f == ExportFormat.JSON ? new JsonPassportWriter() : new MarkdownPassportWriter();
        }

        @Override
        public ExportFormat format() {
            return md.format();
        }

        @Override
        public void write(PassportDocument doc, OutputStream out) throws IOException {
            written.add(doc.passport().title() + " @" + Thread.currentThread().getName());
            if (held.getAndDecrement() > 0) {
                began.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failing.getAndDecrement() > 0) {
                throw new IOException("disk full");
            }
            md.write(doc, out);
        }
    }

    private Exporter exporter() {
        return new Exporter(Recording::new, Recording::new, () -> PassportFixtures.DATE);
    }

    private PassportDocument doc(ProgramPassport p) {
        return PassportFixtures.document(p, catalog, Language.EN);
    }

    private Path export(Exporter e, ProgramPassport p, String name) throws Exception {
        Path out = dir.resolve(name);
        e.export(doc(p), ExportFormat.MD, out);
        return out;
    }

    /** An exporter whose thread has begun the passport's document ahead and is held there until {@link #release}. */
    private Exporter writingAheadHeld() throws InterruptedException {
        held.set(1);
        Exporter e = exporter();
        e.renderAhead(passport, catalog, Language.EN, ExportFormat.MD);
        assertThat(began.await(1, TimeUnit.MINUTES)).isTrue();
        return e;
    }

    /** Export pressed: the export runs on a thread of the runner's, as in the window. */
    private CompletableFuture<Path> exportOnAnotherThread(Exporter e, ProgramPassport p, String name) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return export(e, p, name);
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        });
    }

    private String markdownOf(ProgramPassport p) throws IOException {
        return markdownOf(doc(p));
    }

    private static String markdownOf(PassportDocument d) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        new MarkdownPassportWriter().write(d, bytes);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void exportingTheDocumentWrittenAheadPutsItsBytesInTheFile() throws Exception {
        Exporter e = exporter();
        e.renderAhead(passport, catalog, Language.EN, ExportFormat.MD);
        aheadBegan(passport.title());
        Path out = export(e, passport, "a.md");

        assertThat(Files.readString(out)).isEqualTo(markdownOf(passport));
        assertThat(written).as("written once, ahead").containsExactly(passport.title() + " @render-ahead");
        // Export pressed again with nothing changed: the same document, not written again
        export(e, passport, "b.md");
        assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo(markdownOf(passport));
        assertThat(written).hasSize(1);
    }

    @Test
    void whatChangedAfterTheDocumentWasWrittenAheadIsInTheFile() throws Exception {
        Exporter e = exporter();
        e.renderAhead(passport, catalog, Language.EN, ExportFormat.MD);
        aheadBegan(passport.title());
        ProgramPassport renamed = passport.withTitle("Talent return programme, revised");
        Path out = export(e, renamed, "a.md");

        assertThat(Files.readString(out)).isEqualTo(markdownOf(renamed)).contains("Talent return programme, revised");
        assertThat(written).hasSize(2).last().asString().doesNotContain("render-ahead");
    }

    @Test
    void anotherLanguageFormatCatalogOrDayIsWrittenAfresh() throws Exception {
        Exporter e = exporter();
        e.renderAhead(passport, catalog, Language.EN, ExportFormat.MD);
        Path ru = dir.resolve("ru.md");
        e.export(PassportFixtures.document(passport, catalog, Language.RU), ExportFormat.MD, ru);
        Path json = dir.resolve("a.json");
        e.export(doc(passport), ExportFormat.JSON, json);
        Path otherCatalog = dir.resolve("other.md");
        e.export(PassportFixtures.document(passport, PassportFixtures.catalog(), Language.EN), ExportFormat.MD, otherCatalog);
        Path tomorrow = dir.resolve("tomorrow.md");
        PassportDocument d = doc(passport);
        PassportDocument nextDay = new PassportDocument(d.passport(), d.catalog(), d.language(), d.findings(), d.metrics(),
                PassportFixtures.DATE.plusDays(1));
        e.export(nextDay, ExportFormat.MD, tomorrow);

        // Russian, JSON, another catalog snapshot (even an equal one) and the next day: each written by the export
        assertThat(written.stream().filter(w -> !w.endsWith("@render-ahead"))).hasSize(4);
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(ru)).isEqualTo(markdownOf(PassportFixtures.document(passport, catalog, Language.RU)));
        assertThat(Files.readString(tomorrow)).isEqualTo(markdownOf(nextDay)).isNotEqualTo(markdownOf(passport));
    }

    @Test
    void anExportWhileTheDocumentIsBeingWrittenWaitsForItAndWritesItOnce() throws Exception {
        Exporter e = writingAheadHeld();
        CompletableFuture<Path> export = exportOnAnotherThread(e, passport, "a.md");
        // the export can only end with the bytes the held writer has not produced yet
        assertThat(export).isNotDone();
        release.countDown();
        Path out = export.get(1, TimeUnit.MINUTES);

        assertThat(Files.readString(out)).isEqualTo(markdownOf(passport));
        assertThat(written).containsExactly(passport.title() + " @render-ahead");
    }

    @Test
    void anExportOfAnotherDocumentDoesNotWaitForTheOneBeingWrittenAhead() throws Exception {
        Exporter e = writingAheadHeld();
        ProgramPassport renamed = passport.withTitle("Renamed while written");
        // a liveness bound, not a timing: waiting for the held document would never end
        Path out = exportOnAnotherThread(e, renamed, "a.md").get(1, TimeUnit.MINUTES);
        assertThat(Files.readString(out)).contains("Renamed while written");
    }

    @Test
    void aNewerDocumentReplacesOneThatHasNotBegunAndAnExportTakesOverOneWaitingItsTurn() throws Exception {
        Exporter e = writingAheadHeld();
        // the planner changes the title twice while the first document is written: the middle one is never written
        e.renderAhead(passport.withTitle("B"), catalog, Language.EN, ExportFormat.MD);
        e.renderAhead(passport.withTitle("C"), catalog, Language.EN, ExportFormat.MD);
        // Export pressed for C before its turn: written by the export at once, not after the held one
        Path c = exportOnAnotherThread(e, passport.withTitle("C"), "c.md").get(1, TimeUnit.MINUTES);
        assertThat(Files.readString(c)).isEqualTo(markdownOf(passport.withTitle("C")));
        release.countDown();
        // D goes through the thread after C's turn: C was not written a second time there
        e.renderAhead(passport.withTitle("D"), catalog, Language.EN, ExportFormat.MD);
        aheadBegan("D");
        export(e, passport.withTitle("D"), "d.md");

        assertThat(written).containsExactly(passport.title() + " @render-ahead", "C @" + threadOf(written.get(1)),
                "D @render-ahead");
        assertThat(written.get(1)).doesNotEndWith("@render-ahead");
    }

    /**
     * Waits until the thread writing ahead has begun this title's document (an export that comes before it begins takes
     * the document over, by design; these tests are about what comes after).
     */
    private void aheadBegan(String title) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!written.contains(title + " @render-ahead")) {
            assertThat(System.nanoTime()).as("the document written ahead: " + title).isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    private static String threadOf(String entry) {
        return entry.substring(entry.indexOf(" @") + 2);
    }

    @Test
    void aDocumentThatFailedAheadIsWrittenByTheExportAndAFailureThereIsReported() throws Exception {
        failing.set(1);
        Exporter e = exporter();
        e.renderAhead(passport, catalog, Language.EN, ExportFormat.MD);
        aheadBegan(passport.title());
        Path out = export(e, passport, "a.md");
        assertThat(Files.readString(out)).isEqualTo(markdownOf(passport));
        assertThat(written).hasSize(2);

        // failing ahead and in the export: the export's own failure, in one line, and no file
        failing.set(2);
        ProgramPassport renamed = passport.withTitle("Fails twice");
        e.renderAhead(renamed, catalog, Language.EN, ExportFormat.MD);
        aheadBegan(renamed.title());
        Path never = dir.resolve("never.md");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.export(doc(renamed), ExportFormat.MD, never))
                .isInstanceOf(org.policylab.configurator.io.OutputException.class).hasMessageContaining("disk full");
        assertThat(never).doesNotExist();
        assertThat(written).hasSize(4);
    }
}
