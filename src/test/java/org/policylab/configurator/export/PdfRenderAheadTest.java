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
 * The export step writes the planner's PDF ahead (issue 16). Its writer has fonts of its own: a PDF the planner exports
 * meanwhile (another document: the passport changed) is written in full even while the one ahead is held at its last
 * step; and the PDF written ahead is the planner's document, Kazakh letters and all.
 */
class PdfRenderAheadTest {
    @TempDir
    Path dir;

    @Test
    void thePlannersExportDoesNotWaitForADocumentBeingWrittenAhead() throws Exception {
        PassportDocument doc = PassportDocument.of(PassportFixtures.passport(Language.KK), PassportFixtures.catalog(), Language.KK);
        CountDownLatch reachedTheEnd = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the output of the document written ahead: it stops on its first byte (the document is laid out and painted by then)
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
        PdfPassportWriter ahead = PdfPassportWriter.withFontsOfItsOwn();
        CompletableFuture<Void> writtenAhead = CompletableFuture.runAsync(() -> {
            try {
                ahead.write(doc, held);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            assertThat(reachedTheEnd.await(2, TimeUnit.MINUTES)).as("the document ahead was laid out").isTrue();
            // a liveness bound, not a timing: with a lock shared with the writer ahead this would never finish
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
        writtenAhead.get(2, TimeUnit.MINUTES);
    }

    @Test
    void thePdfWrittenAheadIsThePlannersDocument() throws Exception {
        var catalog = PassportFixtures.catalog();
        var passport = PassportFixtures.passport(Language.KK);
        Exporter exporter = new Exporter();
        exporter.renderAhead(passport, catalog, Language.KK, ExportFormat.PDF);
        Path out = dir.resolve("паспорт.pdf");
        exporter.export(PassportDocument.of(passport, catalog, Language.KK), ExportFormat.PDF, out);
        String text = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(out));
        assertThat(text).contains(passport.title()).contains("Ғылым және жоғары білім министрлігі");
    }
}
