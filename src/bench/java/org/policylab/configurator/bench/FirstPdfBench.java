package org.policylab.configurator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.PassportDocument;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;

/**
 * Issue 16: the planner's first PDF in the window. A new JVM (bench/first-pdf.sh starts one per run, with the window's
 * options) builds the demo passport's document, does what the export step does when the planner picks PDF —
 * {@link Exporter#prepare} the fonts and, unless told {@code plain}, {@link Exporter#rehearse} the document — waits as
 * long as a planner looks at the step, then times {@code Exporter.export} of that document to a file.
 *
 * <p>{@code FirstPdfBench plain|rehearse WAIT_MS OUT.pdf}; prints {@code first-pdf <mode> <wait> <ms>}.
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
        PassportDocument doc = PassportDocument.of(ScenarioLibrary.shipped().load("ai-talent-drain", Language.EN), catalog,
                Language.EN);
        Exporter.prepare(ExportFormat.PDF);
        if (!"plain".equals(mode)) {
            Exporter.rehearse(() -> doc);
        }
        Thread.sleep(wait);
        long t0 = System.nanoTime();
        new Exporter().export(doc, ExportFormat.PDF, out);
        System.out.printf(java.util.Locale.ROOT, "first-pdf %s %d %d%n", mode, wait, (System.nanoTime() - t0) / 1_000_000);
    }
}
