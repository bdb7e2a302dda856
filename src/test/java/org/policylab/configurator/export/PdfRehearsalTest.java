package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.i18n.Language;

/**
 * The window rehearses a first PDF while the planner is on the export step (issue 16: the planner's first PDF then
 * runs compiled code). The rehearsal must never stand in the way: a PDF the planner exports meanwhile is written in
 * full, with its own fonts, even while the rehearsal is held at its last step.
 */
class PdfRehearsalTest {
    @TempDir
    Path dir;

    @Test
    void thePlannersExportDoesNotWaitForARehearsalInProgress() throws Exception {
        PassportDocument doc = PassportDocument.of(PassportFixtures.passport(Language.KK), PassportFixtures.catalog(), Language.KK);
        CountDownLatch reachedTheEnd = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the rehearsal's output: it stops on its first byte (the document is laid out and painted by then)
        OutputStream held = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                reachedTheEnd.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                write(0);
            }
        };
        CompletableFuture<Void> rehearsal = CompletableFuture.runAsync(() -> {
            try {
                PdfPassportWriter.rehearse(doc, held);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            assertThat(reachedTheEnd.await(2, TimeUnit.MINUTES)).as("the rehearsal wrote its document").isTrue();
            // a liveness bound, not a timing: with a lock shared with the rehearsal this would never finish
            Path out = dir.resolve("planner.pdf");
            CompletableFuture<Void> export = CompletableFuture.runAsync(() -> {
                try {
                    new Exporter().export(doc, ExportFormat.PDF, out);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            export.get(2, TimeUnit.MINUTES);
            assertThat(PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(out)))
                    .contains("Ғылым және жоғары білім министрлігі");
        } finally {
            release.countDown();
        }
        rehearsal.get(2, TimeUnit.MINUTES);
    }
}
