package org.policylab.configurator.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Not a test: times the PDF export of a large passport (20 instruments, 40 KPIs).
 * Run: {@code java -cp target/classes:target/test-classes:$(deps) org.policylab.configurator.export.PassportPdfBench}
 * The same measurement, beside LibreOffice's conversion, is part of the {@code bench} profile: see bench/README.md.
 */
public final class PassportPdfBench {
    private PassportPdfBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Object[] large = PassportFixtures.large(20, 40);
        PassportDocument doc = PassportFixtures.document((ProgramPassport) large[0], (Catalog) large[1], Language.RU);
        PdfPassportWriter writer = new PdfPassportWriter();
        long first = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(doc, out);
        System.out.printf("first export (cold JVM): %d ms, %d KB%n", (System.nanoTime() - first) / 1_000_000, out.size() / 1024);
        for (int i = 0; i < 5; i++) {
            writer.write(doc, new ByteArrayOutputStream());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            writer.write(doc, new ByteArrayOutputStream());
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("warm exports: %d, median %d ms, min %d ms, max %d ms%n", runs, times.get(times.size() / 2),
                times.get(0), times.get(times.size() - 1));
    }
}
