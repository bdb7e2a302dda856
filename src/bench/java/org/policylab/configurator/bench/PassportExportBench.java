package org.policylab.configurator.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.PassportDocument;
import org.policylab.configurator.export.PassportWriter;
import org.policylab.configurator.i18n.Language;

/**
 * Issue 6: the PDF export of a 20-instrument, 40-KPI passport in a warm JVM, beside LibreOffice's
 * {@code --headless --convert-to pdf} of the same passport's DOCX. A plain timing loop, not JMH: one
 * export takes a tenth of a second or more, and the figure to compare is a median of whole runs.
 */
public final class PassportExportBench {
    private PassportExportBench() {
    }

    /** Timings in milliseconds; {@code libreOffice} is empty when LibreOffice is not installed. */
    public record Result(int instruments, int kpis, long pdfBytes, long docxBytes, double coldFirstMs,
                         List<Double> exporterMs, List<Double> inMemoryMs, List<Double> afterStepMs,
                         String libreOfficeCommand,
                         String libreOfficeVersion, double libreOfficeFirstMs, List<Double> libreOfficeMs) {
        public double exporterMedian() {
            return median(exporterMs);
        }

        public double inMemoryMedian() {
            return median(inMemoryMs);
        }

        public double libreOfficeMedian() {
            return libreOfficeMs.isEmpty() ? Double.NaN : median(libreOfficeMs);
        }
    }

    /**
     * {@code [runs [libreOfficeRuns [libreOfficeCommand]]]}; prints the result, then one line per timed run that
     * bench/pdf.sh reads: {@code warm-app <ms>} (Exporter.export to a file), {@code warm-step <ms>} (Export pressed
     * {@link #ON_STEP_MS} after the export step showed: the document written ahead meanwhile) and
     * {@code warm-libreoffice <ms>}.
     */
    public static void main(String[] args) throws Exception {
        Result r = run(Path.of("target", "bench-export"), args.length > 0 ? Integer.parseInt(args[0]) : 25,
                args.length > 1 ? Integer.parseInt(args[1]) : 5,
                args.length > 2 ? args[2] : System.getProperty("bench.libreoffice", "libreoffice"));
        System.out.println(r);
        r.exporterMs().forEach(ms -> System.out.printf(java.util.Locale.ROOT, "warm-app %.1f%n", ms));
        r.afterStepMs().forEach(ms -> System.out.printf(java.util.Locale.ROOT, "warm-step %.1f%n", ms));
        r.libreOfficeMs().forEach(ms -> System.out.printf(java.util.Locale.ROOT, "warm-libreoffice %.1f%n", ms));
    }

    /** How long the planner looks at the export step before pressing Export, in the {@code warm-step} runs. */
    public static final long ON_STEP_MS = 1000;

    public static Result run(Path work, int runs, int libreOfficeRuns, String libreOffice) throws Exception {
        Files.createDirectories(work);
        BenchData.Large large = BenchData.large(20, 40);
        PassportDocument d = PassportDocument.of(large.passport(), large.catalog(), Language.RU);
        PassportDocument doc = new PassportDocument(d.passport(), d.catalog(), d.language(), d.findings(), d.metrics(),
                LocalDate.of(2026, 11, 22));
        Exporter exporter = new Exporter();
        Path pdf = work.resolve("passport-20x40.pdf");
        Path docx = work.resolve("passport-20x40.docx");

        long t0 = System.nanoTime();
        exporter.export(doc, ExportFormat.PDF, pdf);
        double cold = ms(System.nanoTime() - t0);
        exporter.export(doc, ExportFormat.DOCX, docx);

        // warm-up: the JIT compiles the layout and font code
        PassportWriter pdfWriter = pdfWriter();
        for (int i = 0; i < 10; i++) {
            exporter.export(doc, ExportFormat.PDF, pdf);
            pdfWriter.write(doc, new ByteArrayOutputStream());
        }
        List<Double> exporterMs = new ArrayList<>();
        List<Double> inMemoryMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            exporter.export(doc, ExportFormat.PDF, pdf);
            exporterMs.add(ms(System.nanoTime() - a));
            long b = System.nanoTime();
            pdfWriter.write(doc, new ByteArrayOutputStream(256 * 1024));
            inMemoryMs.add(ms(System.nanoTime() - b));
        }

        // the window's export step: a new document each run (the title says which), written ahead while the planner
        // looks at the step for a second; timed from Export pressed to the file written, the document's checks included
        List<Double> afterStepMs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            var p = large.passport().withTitle(large.passport().title() + " " + i);
            exporter.renderAhead(p, large.catalog(), Language.RU, ExportFormat.PDF);
            Thread.sleep(ON_STEP_MS);
            long a = System.nanoTime();
            exporter.export(PassportDocument.of(p, large.catalog(), Language.RU), ExportFormat.PDF, pdf);
            afterStepMs.add(ms(System.nanoTime() - a));
        }

        String version = "";
        double loFirst = Double.NaN;
        List<Double> loMs = new ArrayList<>();
        List<String> cmd = List.of(libreOffice, "--headless",
                "-env:UserInstallation=" + work.toAbsolutePath().resolve("lo-profile").toUri(),
                "--convert-to", "pdf", "--outdir", work.toAbsolutePath().resolve("lo").toString(), docx.toAbsolutePath().toString());
        // the command as the results file records it: paths relative to the project, so no machine's layout leaks in
        String cwd = java.nio.file.Path.of("").toAbsolutePath().toString();
        String command = String.join(" ", cmd).replace("file://" + cwd + "/", "file://$PWD/").replace(cwd + "/", "");
        String v = exec(List.of(libreOffice, "--version"));
        if (v != null) {
            version = v.strip();
            // the first run creates LibreOffice's user profile; it is reported apart from the timed runs
            long a = System.nanoTime();
            requireOk(exec(cmd), work.resolve("lo").resolve("passport-20x40.pdf"));
            loFirst = ms(System.nanoTime() - a);
            for (int i = 0; i < libreOfficeRuns; i++) {
                Files.deleteIfExists(work.resolve("lo").resolve("passport-20x40.pdf"));
                long b = System.nanoTime();
                requireOk(exec(cmd), work.resolve("lo").resolve("passport-20x40.pdf"));
                loMs.add(ms(System.nanoTime() - b));
            }
        }
        return new Result(20, 40, Files.size(pdf), Files.size(docx), cold, exporterMs, inMemoryMs, afterStepMs, command, version,
                loFirst, loMs);
    }

    /** The PDF writer itself, writing to memory, as the tests' PassportPdfBench times it (the class is package-private). */
    private static PassportWriter pdfWriter() throws ReflectiveOperationException {
        Constructor<?> c = Class.forName("org.policylab.configurator.export.PdfPassportWriter").getDeclaredConstructor();
        c.setAccessible(true);
        return (PassportWriter) c.newInstance();
    }

    private static void requireOk(String output, Path expected) {
        if (output == null || !Files.isRegularFile(expected)) {
            throw new IllegalStateException("LibreOffice did not write " + expected + ": " + output);
        }
    }

    /** Runs a command, returns its output, or null when it cannot be started or fails. */
    static String exec(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
