package org.policylab.configurator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks of issues 4 and 6 and writes {@code bench/results/}: JMH's own JSON
 * ({@code jmh-result.json}), a CSV of the percentiles ({@code results.csv}), the export timings
 * ({@code export.csv}) and the summary table {@code RESULTS.md}.
 *
 * <p>System properties: {@code bench.forks} (2), {@code bench.warmups} (5), {@code bench.iterations} (5),
 * {@code bench.seconds} (1, per iteration), {@code bench.include} (regex of benchmarks; all),
 * {@code bench.export} (true: run the PDF/LibreOffice comparison), {@code bench.pdfRuns} (25),
 * {@code bench.libreoffice} (the LibreOffice command, {@code libreoffice}), {@code bench.out} ({@code bench/results}).
 */
public final class BenchMain {
    static final double P99_SHIPPED_MS = 2.0;
    static final double P99_100K_MS = 10;
    /** Issue 16: the wizard side panel\'s recompute (recommendation + checks) on the largest demo scenario. */
    static final double P99_LIVE_PANEL_MS = 16;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int forks = Integer.getInteger("bench.forks", 2);
        int warmups = Integer.getInteger("bench.warmups", 5);
        int iterations = Integer.getInteger("bench.iterations", 5);
        int seconds = Integer.getInteger("bench.seconds", 1);
        String include = System.getProperty("bench.include", "");
        boolean export = Boolean.parseBoolean(System.getProperty("bench.export", "true"));
        Path out = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(out);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();

        List<Row> rows = new ArrayList<>();
        if (!"none".equals(include)) {
            Options opt = new OptionsBuilder()
                    .include(include.isEmpty() ? BenchMain.class.getPackageName() + ".*Benchmark" : include)
                    .forks(forks)
                    .warmupIterations(warmups).warmupTime(TimeValue.seconds(seconds))
                    .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                    .jvmArgs("-Xms1g", "-Xmx2g")
                    .result(out.resolve("jmh-result.json").toString()).resultFormat(ResultFormatType.JSON)
                    .build();
            Collection<RunResult> results = new Runner(opt).run();
            for (RunResult r : results) {
                rows.add(Row.of(r));
            }
            rows.sort((a, b) -> a.order() - b.order());
            writeCsv(out.resolve("results.csv"), rows);
        }
        PassportExportBench.Result pdf = null;
        if (export) {
            pdf = PassportExportBench.run(Path.of("target", "bench-export"), Integer.getInteger("bench.pdfRuns", 25), 5,
                    System.getProperty("bench.libreoffice", "libreoffice"));
            writeExportCsv(out.resolve("export.csv"), pdf);
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        String load = "load average (1, 5, 15 min) at start " + loadBefore + ", at end " + loadAverage();
        String md = markdown(started, minutes, load, forks, warmups, iterations, seconds, rows, pdf);
        Files.writeString(out.resolve("RESULTS.md"), md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
    }

    /** One benchmark's sample-time distribution, in milliseconds. */
    record Row(String benchmark, String catalog, int instruments, long samples, double min, double p50, double p90, double p99,
               double p999, double max, double mean) {
        static Row of(RunResult r) {
            BenchmarkParams p = r.getParams();
            String name = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1);
            String catalog = p.getParamsKeys().contains("catalog") ? p.getParam("catalog") : "shipped";
            Statistics s = r.getPrimaryResult().getStatistics();
            double k = toMs(r.getPrimaryResult().getScoreUnit());
            int size = "shipped".equals(catalog) ? SyntheticCatalogs.shippedDocument().instruments().size() : Integer.parseInt(catalog);
            return new Row(name, catalog, size, s.getN(), s.getMin() * k, s.getPercentile(50) * k, s.getPercentile(90) * k,
                    s.getPercentile(99) * k, s.getPercentile(99.9) * k, s.getMax() * k, s.getMean() * k);
        }

        int order() {
            return (benchmark.startsWith("Recommend") ? 0 : 1_000_000_000) + ("shipped".equals(catalog) ? 0 : instruments);
        }
    }

    private static double toMs(String unit) {
        return switch (unit.substring(0, unit.indexOf('/'))) {
            case "s" -> 1e3;
            case "ms" -> 1;
            case "us" -> 1e-3;
            case "ns" -> 1e-6;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static void writeCsv(Path file, List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("benchmark,catalog,instruments,samples,min_ms,p50_ms,p90_ms,p99_ms,p99.9_ms,max_ms,mean_ms\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", r.benchmark(), r.catalog(),
                    r.instruments(), r.samples(), r.min(), r.p50(), r.p90(), r.p99(), r.p999(), r.max(), r.mean()));
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static void writeExportCsv(Path file, PassportExportBench.Result r) throws IOException {
        StringBuilder b = new StringBuilder("what,run,ms\n");
        b.append(String.format(Locale.ROOT, "pdf-first-export-cold-jvm,1,%.1f%n", r.coldFirstMs()));
        for (int i = 0; i < r.exporterMs().size(); i++) {
            b.append(String.format(Locale.ROOT, "pdf-exporter-to-file,%d,%.1f%n", i + 1, r.exporterMs().get(i)));
        }
        for (int i = 0; i < r.inMemoryMs().size(); i++) {
            b.append(String.format(Locale.ROOT, "pdf-writer-in-memory,%d,%.1f%n", i + 1, r.inMemoryMs().get(i)));
        }
        if (!r.libreOfficeMs().isEmpty()) {
            b.append(String.format(Locale.ROOT, "libreoffice-first-run-new-profile,1,%.1f%n", r.libreOfficeFirstMs()));
            for (int i = 0; i < r.libreOfficeMs().size(); i++) {
                b.append(String.format(Locale.ROOT, "libreoffice-convert-to-pdf,%d,%.1f%n", i + 1, r.libreOfficeMs().get(i)));
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    // ---- the report

    private static String markdown(String started, double minutes, String load, int forks, int warmups, int iterations, int seconds,
                                   List<Row> rows, PassportExportBench.Result pdf) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmark results\n\n");
        b.append("Generated by `org.policylab.configurator.bench.BenchMain` (see [../README.md](../README.md)); "
                + "rerunning the benchmarks overwrites this file.\n\n");
        b.append("- Date: ").append(started).append(String.format(Locale.ROOT, " (whole run: %.1f min)%n", minutes));
        b.append("- Machine: `nproc` = ").append(Runtime.getRuntime().availableProcessors()).append(", ")
                .append(cpuModel()).append(", ").append(memory()).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append("; ")
                .append(load).append(" (a load above `nproc` means other processes competed for the CPU, which shows in the "
                        + "tail percentiles)\n");
        b.append("- `java -version`:\n\n```\n").append(javaVersion().strip()).append("\n```\n\n");
        b.append("- Command: `./mvnw -B -Pbench compile exec:exec` (add `-Dbench.forks=1` etc. to shorten; see the README)\n");
        b.append(String.format(Locale.ROOT, "- JMH 1.37, `@BenchmarkMode(Mode.SampleTime)`, %d fork(s) x %d warm-up x %d measurement "
                + "iterations of %d s, forked JVMs with `-Xms1g -Xmx2g`; raw data in `jmh-result.json`, percentiles in `results.csv`%n%n",
                forks, warmups, iterations, seconds));

        if (!rows.isEmpty()) {
            b.append("## Issue 4: recommendation and check latency\n\n");
            b.append("Scenario: problem `low-local-value-added` (asks for a system package), stage growth, segments SME + large, "
                    + "goal diversification, sector `new-materials`, region `abai`, talent overridden to low: every scoring rule runs. "
                    + "Synthetic catalogs: the 60 shipped instruments followed by copies with new ids and stages, segments and "
                    + "incentive shuffled in from other shipped instruments (fixed seed); the 76 shipped KPIs and the shipped "
                    + "problems, sectors and regions.\n\n");
            b.append("| Benchmark | Catalog | Instruments | Samples | min (ms) | p50 (ms) | p90 (ms) | p99 (ms) | p99.9 (ms) | max (ms) | "
                    + "p50 per 1k instruments (ms) | Target | Met |\n");
            b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (Row r : rows) {
                boolean rec = r.benchmark().startsWith("Recommend");
                boolean live = r.benchmark().startsWith("LivePanel");
                String target = live ? "p99 ≤ 16 ms" : !rec ? "–" : "shipped".equals(r.catalog()) ? "p99 ≤ 2 ms"
                        : r.instruments() == 100_000 ? "p99 ≤ 10 ms" : "linear";
                String met = live ? yes(r.p99() <= P99_LIVE_PANEL_MS) : !rec ? "–" : "shipped".equals(r.catalog()) ? yes(r.p99() <= P99_SHIPPED_MS)
                        : r.instruments() == 100_000 ? yes(r.p99() <= P99_100K_MS) : "see below";
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        r.benchmark(), rec ? r.catalog() : live ? "shipped, largest demo scenario (ru)"
                                + (r.benchmark().endsWith("afterEdit") ? ", after an edit" : r.benchmark().endsWith("fromScratch")
                                ? ", nothing kept" : "") : "shipped, 50-instrument passport",
                        r.instruments(), r.samples(),
                        f(r.min()), f(r.p50()), f(r.p90()), f(r.p99()), f(r.p999()), f(r.max()),
                        rec ? f(r.p50() / r.instruments() * 1000) : "–", target, met));
            }
            b.append('\n').append(growth(rows)).append('\n');
        }
        if (pdf != null) {
            b.append("## Issue 6: PDF export of a 20-instrument, 40-KPI passport\n\n");
            b.append("The passport of the tests' `PassportPdfBench` (`PassportFixtures.large(20, 40)`, Russian), rebuilt in "
                    + "`BenchData.large`. PDF: ").append(pdf.pdfBytes() / 1024).append(" KB; DOCX: ").append(pdf.docxBytes() / 1024)
                    .append(" KB.\n\n");
            b.append("| What | Runs | Median (ms) | Min (ms) | Max (ms) |\n|---|---:|---:|---:|---:|\n");
            b.append(line("App PDF export, warm JVM: `Exporter.export(doc, PDF, file)` (render + atomic write with fsync)",
                    pdf.exporterMs()));
            b.append(line("App PDF writer only, warm JVM, into memory (what `PassportPdfBench` times)", pdf.inMemoryMs()));
            b.append(String.format(Locale.ROOT, "| App PDF export, first in a cold JVM | 1 | %.0f | – | – |%n", pdf.coldFirstMs()));
            if (pdf.libreOfficeMs().isEmpty()) {
                b.append("| LibreOffice `--headless --convert-to pdf` of the DOCX | – | not installed | – | – |\n");
            } else {
                b.append(line("LibreOffice `--headless --convert-to pdf` of the same passport's DOCX (new process per run)",
                        pdf.libreOfficeMs()));
                b.append(String.format(Locale.ROOT, "| LibreOffice, first run (creates its user profile; not in the median) | 1 | %.0f | – | – |%n",
                        pdf.libreOfficeFirstMs()));
                b.append(String.format(Locale.ROOT, "%nWarm app export median %.0f ms vs LibreOffice median %.0f ms: LibreOffice is %.1fx slower.%n",
                        pdf.exporterMedian(), pdf.libreOfficeMedian(), pdf.libreOfficeMedian() / pdf.exporterMedian()));
                b.append("\n").append(pdf.libreOfficeVersion()).append("; command, timed from process start to exit:\n\n```\n")
                        .append(pdf.libreOfficeCommand()).append("\n```\n");
            }
        }
        return b.toString();
    }

    private static String line(String what, List<Double> ms) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", what, ms.size(), PassportExportBench.median(ms),
                ms.stream().mapToDouble(Double::doubleValue).min().orElse(0), ms.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static String growth(List<Row> rows) {
        Map<Integer, Row> rec = new TreeMap<>();
        rows.stream().filter(r -> r.benchmark().startsWith("Recommend") && !"shipped".equals(r.catalog()))
                .forEach(r -> rec.put(r.instruments(), r));
        if (rec.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("Growth between catalog sizes (linear: the time grows by the size ratio, ×10):\n\n");
        b.append("| From → to | Size | min | p50 |\n|---|---:|---:|---:|\n");
        Row prev = null;
        boolean linearMin = true;
        boolean linearP50 = true;
        for (Row r : rec.values()) {
            if (prev != null) {
                double size = (double) r.instruments() / prev.instruments();
                double min = r.min() / prev.min();
                double p50 = r.p50() / prev.p50();
                linearMin &= min <= size * 1.25;
                linearP50 &= p50 <= size * 1.25;
                b.append(String.format(Locale.ROOT, "| %,d → %,d | ×%.0f | ×%.1f | ×%.1f |%n", prev.instruments(), r.instruments(),
                        size, min, p50));
            }
            prev = r;
        }
        b.append("\nThe fastest call (min) is the cost without interference; ")
                .append(linearMin ? "it grows no worse than linearly (within 25 %)" : "it grows worse than linearly somewhere")
                .append(". The p50 ").append(linearP50 ? "grows no worse than linearly either" : "grows faster somewhere")
                .append(linearP50 ? ".\n" : ": on a loaded machine a call of many milliseconds spans several scheduler time slices "
                        + "and is stretched by the competing processes, a call of microseconds mostly is not.\n");
        return b.toString();
    }

    private static String yes(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    private static String f(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms)
                : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("RAM unknown");
        } catch (IOException | RuntimeException e) {
            return "RAM unknown";
        }
    }

    private static String javaVersion() {
        String out = PassportExportBench.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version"));
        return out != null ? out : System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
}
