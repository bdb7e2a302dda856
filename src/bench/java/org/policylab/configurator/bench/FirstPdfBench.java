package org.policylab.configurator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.MonitoringReport;
import org.policylab.configurator.export.WriteAhead;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.export.PassportDocument;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Issue 16: the planner's PDF in the window. A new JVM (bench/first-pdf.sh starts one per run, with the window's
 * options) builds the demo passport's document, does what the export step does while the planner looks at it, waits as
 * long as the planner looks, then times {@code Exporter.export} to a file — the wait between pressing Export and the
 * file written:
 * <ul>
 *   <li>{@code plain}: nothing written ahead (the fonts read on a thread of their own, as a command does);</li>
 *   <li>{@code ahead}: the export step's {@link Exporter#renderAhead} of the same document;</li>
 *   <li>{@code changed}: written ahead, but the passport changed before Export (a new title): the export writes its
 *   own, in a JVM whose PDF code the first document ran;</li>
 *   <li>{@code report}: the passport's monitoring report as a PDF, written once its file is chosen (the wait is the
 *   file dialog's), as before;</li>
 *   <li>{@code report-ahead}: the same, begun when the dialog opened ({@link WriteAhead}).</li>
 * </ul>
 *
 * <p>{@code FirstPdfBench plain|ahead|changed|report|report-ahead WAIT_MS OUT.pdf}; prints
 * {@code first-pdf <mode> <wait> <ms>}.
 */
public final class FirstPdfBench {
    private FirstPdfBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long wait = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Catalog catalog = new Catalog(ShippedCatalog.load());
        ProgramPassport passport = ScenarioLibrary.shipped().load("ai-talent-drain", Language.EN)
                .withCatalogVersion(catalog.version());
        if (mode.startsWith("report")) {
            report(mode, wait, passport, catalog, out);
            return;
        }
        Exporter exporter = new Exporter();
        ProgramPassport exported = passport;
        switch (mode) {
            case "plain" -> Exporter.prepare(ExportFormat.PDF);
            case "ahead" -> exporter.renderAhead(passport, catalog, Language.EN, ExportFormat.PDF);
            case "changed" -> {
                exporter.renderAhead(passport, catalog, Language.EN, ExportFormat.PDF);
                exported = passport.withTitle(passport.title() + " (2)");
            }
            default -> throw new IllegalArgumentException("mode: plain, ahead or changed, not " + mode);
        }
        Thread.sleep(wait);
        long t0 = System.nanoTime();
        exporter.export(PassportDocument.of(exported, catalog, Language.EN), ExportFormat.PDF, out);
        System.out.printf(java.util.Locale.ROOT, "first-pdf %s %d %d%n", mode, wait, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The monitoring view's "report as PDF": the file dialog open {@code wait} ms, then the report written to the file. */
    private static void report(String mode, long wait, ProgramPassport passport, Catalog catalog, Path out) throws Exception {
        int asOf = java.time.Year.now().getValue();
        AtomicFiles.Content pdf = stream -> new MonitoringReport(passport, catalog, Messages.of(Language.EN), asOf)
                .write(MonitoringReport.Format.PDF, stream);
        WriteAhead ahead = switch (mode) {
            case "report" -> null;
            case "report-ahead" -> WriteAhead.start(pdf);
            default -> throw new IllegalArgumentException("mode: report or report-ahead, not " + mode);
        };
        Thread.sleep(wait);
        long t0 = System.nanoTime();
        if (ahead != null) {
            ahead.writeTo(out);
        } else {
            AtomicFiles.write(out, pdf);
        }
        System.out.printf(java.util.Locale.ROOT, "first-pdf %s %d %d%n", mode, wait, (System.nanoTime() - t0) / 1_000_000);
    }
}
