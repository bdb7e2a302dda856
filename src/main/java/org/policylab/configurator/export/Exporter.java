package org.policylab.configurator.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    private final Function<ExportFormat, PassportWriter> newWriter;
    private final RenderAhead ahead;
    /** The day a document written now shows. */
    private final java.util.function.Supplier<LocalDate> today;

    public Exporter() {
        this(Exporter::newWriter, Exporter::newWriterAhead, LocalDate::now);
    }

    /** An exporter whose documents {@code newWriter} writes, also those written ahead (tests count and hold them). */
    public Exporter(Function<ExportFormat, PassportWriter> newWriter) {
        this(newWriter, newWriter, LocalDate::now);
    }

    /** {@code today}: the date a document written ahead shows. */
    Exporter(Function<ExportFormat, PassportWriter> newWriter, Function<ExportFormat, PassportWriter> newWriterAhead,
             java.util.function.Supplier<LocalDate> today) {
        this.newWriter = newWriter;
        this.today = today;
        this.ahead = new RenderAhead(newWriterAhead, today);
    }

    /** Whether a PDF's fonts are read or being read ({@link #prepare}). */
    private static final java.util.concurrent.atomic.AtomicBoolean PDF_PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts, on a thread of its own, what a first document of this format needs whatever the passport (a PDF: its
     * fonts, read once per JVM); a command calls it before it reads the passport. Returns at once; the writer's classes
     * are loaded on that thread too.
     */
    public static void prepare(ExportFormat format) {
        // once per JVM: a later caller's document waits for the fonts itself, should they still be being read
        if (format == ExportFormat.PDF && PDF_PREPARED.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    PdfPassportWriter.prepare();
                } catch (RuntimeException | LinkageError e) {
                    // the document's own writing meets the same failure and reports it in one line
                }
            }, "prepare-pdf-fonts");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * The window's export step (issue 16): writes this document in memory on a thread of its own while the planner
     * looks at the step, so that {@link #export(PassportDocument, ExportFormat, Path)} of the same document only puts
     * the bytes in the file (a JVM's first PDF takes over a second on the window's compiler, a later one ~0.4 s). A
     * document asked for later replaces it; an export of any other document renders its own and does not wait for this
     * one. Returns at once; a command never calls it (its one document would only be written twice).
     */
    public void renderAhead(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format) {
        ahead.start(passport, catalog, language, format);
    }

    public List<ExportFormat> formats() {
        return List.of(ExportFormat.values());
    }

    private synchronized PassportWriter writer(ExportFormat format) {
        return writers.computeIfAbsent(format, newWriter);
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

    /** The writers of {@link #renderAhead}: the PDF's has fonts of its own, so no lock is shared with an export. */
    private static PassportWriter newWriterAhead(ExportFormat format) {
        return format == ExportFormat.PDF ? PdfPassportWriter.withFontsOfItsOwn() : newWriter(format);
    }

    /**
     * Writes the passport as a document of today; when it is the one {@link #renderAhead} wrote or is writing, its
     * bytes, without working out the document's findings and metrics again.
     */
    public void export(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format, Path out)
            throws OutputException {
        LocalDate day = today.get();
        byte[] ready = ahead.take(passport, catalog, language, day, format);
        if (ready != null) {
            AtomicFiles.write(out, ready);
            return;
        }
        export(PassportDocument.of(passport, catalog, language, day), format, out);
    }

    /** Writes the document; when it is the one {@link #renderAhead} wrote or is writing, its bytes. */
    public void export(PassportDocument doc, ExportFormat format, Path out) throws OutputException {
        byte[] ready = ahead.take(doc.passport(), doc.catalog(), doc.language(), doc.generated(), format);
        if (ready != null) {
            AtomicFiles.write(out, ready);
            return;
        }
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
