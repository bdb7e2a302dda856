package org.policylab.configurator.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Writes a passport in any format, atomically: the earlier file survives any failure.
 *
 * <p>Each writer is made the first time its format is asked for: the PDF writer pulls in openhtmltopdf and
 * PDFBox, the DOCX writer Apache POI, thousands of classes that neither the window's first screen nor a command
 * exporting another format needs (issue 16; {@code LazyLoadingTest} guards it).
 */
public final class Exporter {
    private final Map<ExportFormat, PassportWriter> writers = new EnumMap<>(ExportFormat.class);

    public Exporter() {
    }

    /** Whether a PDF's fonts are read or being read ({@link #prepare}). */
    private static final java.util.concurrent.atomic.AtomicBoolean PDF_PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts, on a thread of its own, what a first document of this format needs whatever the passport (a PDF: its
     * fonts, read once per JVM); a command calls it before it reads the passport, the window when the export step
     * shows. Returns at once; the writer's classes are loaded on that thread too.
     */
    public static void prepare(ExportFormat format) {
        // once per JVM: a later caller's document waits for the fonts itself, should they still be being read
        if (format == ExportFormat.PDF) {
            onceInBackground(PDF_PREPARED, "prepare-pdf-fonts", Thread.NORM_PRIORITY, PdfPassportWriter::prepare);
        }
    }

    /** Whether the window's first PDF was rehearsed ({@link #rehearse}). */
    private static final java.util.concurrent.atomic.AtomicBoolean PDF_REHEARSED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The window's export step (issue 16): a JVM's first PDF runs openhtmltopdf's and PDFBox's code for the first time,
     * several times slower than once the window's compiler has compiled it. While the planner looks at the step, a
     * thread of its own writes the document once, to nowhere: the planner's export then finds that code compiled, and
     * does not wait for the rehearsal (it has fonts of its own; no lock is shared). Once per JVM; a command never calls
     * it (its one document would only be written twice). Returns at once.
     */
    public static void rehearse(java.util.function.Supplier<PassportDocument> document) {
        onceInBackground(PDF_REHEARSED, "rehearse-pdf", Thread.MIN_PRIORITY,
                () -> PdfPassportWriter.rehearse(document.get(), java.io.OutputStream.nullOutputStream()));
    }

    private interface BackgroundWork {
        void run() throws java.io.IOException;
    }

    /**
     * Runs the work on a daemon thread of its own, the first time only ({@code started} says whether it was). What
     * fails there is not reported: the planner's or the command's own document meets the same failure and says it in
     * one line.
     */
    private static void onceInBackground(java.util.concurrent.atomic.AtomicBoolean started, String name, int priority,
                                         BackgroundWork work) {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    work.run();
                } catch (java.io.IOException | RuntimeException | LinkageError e) {
                    // see above: reported by the document's own writing
                }
            }, name);
            t.setDaemon(true);
            t.setPriority(priority);
            t.start();
        }
    }

    public List<ExportFormat> formats() {
        return List.of(ExportFormat.values());
    }

    private synchronized PassportWriter writer(ExportFormat format) {
        return writers.computeIfAbsent(format, Exporter::newWriter);
    }

    /** The one place that names the writers; a {@code new} here loads a writer's classes only when this runs. */
    private static PassportWriter newWriter(ExportFormat format) {
        return switch (format) {
            case JSON -> new JsonPassportWriter();
            case PDF -> new PdfPassportWriter();
            case DOCX -> new DocxPassportWriter();
            case MD -> new MarkdownPassportWriter();
        };
    }

    public void export(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format, Path out)
            throws OutputException {
        export(PassportDocument.of(passport, catalog, language), format, out);
    }

    public void export(PassportDocument doc, ExportFormat format, Path out) throws OutputException {
        PassportWriter w = writerFor(format, out);
        AtomicFiles.write(out, stream -> w.write(doc, stream));
    }

    /**
     * The document in memory, for a caller that must still decide whether it is written (the command line renders while
     * the passport file is checked against its schema, then writes it with {@link AtomicFiles}); {@code out} names the
     * file in an error.
     */
    public byte[] render(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format, Path out)
            throws OutputException {
        PassportWriter w = writerFor(format, out);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 18);
        try {
            w.write(PassportDocument.of(passport, catalog, language), bytes);
        } catch (java.io.IOException e) {
            throw new OutputException(org.policylab.configurator.io.Fault.of(out.toString(), "error.output.failed",
                    org.policylab.configurator.io.JsonInput.oneLine(String.valueOf(e.getMessage()))));
        }
        return bytes.toByteArray();
    }

    private PassportWriter writerFor(ExportFormat format, Path out) throws OutputException {
        PassportWriter w = format == null ? null : writer(format);
        if (w == null) {
            throw new OutputException(org.policylab.configurator.io.Fault.of(out.toString(), "error.output.formatUnavailable", format.id()));
        }
        return w;
    }
}
