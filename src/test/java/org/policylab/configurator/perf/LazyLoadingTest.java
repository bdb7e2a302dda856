package org.policylab.configurator.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;

/**
 * Issue 16: the window answers its first keystroke without loading what it does not need yet, and each command
 * loads only what it needs. Every case starts a fresh JVM with {@code -Xlog:class+load} and reads the classes
 * it loaded: an eager import of a document writer, the schema validator or a view the planner has not opened
 * (a field initialised with {@code new PdfPassportWriter()}, a static list of every view) makes this fail.
 */
class LazyLoadingTest {
    /** Thousands of classes each, none needed before the planner exports, imports, validates or opens the view. */
    private static final List<String> NOT_BEFORE_FIRST_INTERACTION = List.of(
            "com.openhtmltopdf.", "org.apache.pdfbox.", "org.apache.fontbox.", // the PDF writer
            "org.apache.poi.", "org.apache.xmlbeans.",                          // the DOCX writer
            "com.networknt.",                                                   // the JSON schema validator
            "org.policylab.configurator.export.PdfPassportWriter",
            "org.policylab.configurator.export.DocxPassportWriter",
            "org.policylab.configurator.catalog.CatalogValidator",
            "org.policylab.configurator.ui.catalog.",                           // the catalog browser and editor
            "org.policylab.configurator.ui.monitoring.",                        // the monitoring view
            "org.policylab.configurator.ui.compare.",
            "org.policylab.configurator.ui.present.",
            "org.postgresql.");  // a team workspace's driver (DriverManager's first connection loads it, scanning every jar)
    /** The JVM options of a window started in a fresh JVM without a display (Monocle), in English. */
    static final List<String> HEADLESS_WINDOW = List.of(
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1080-32",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Duser.language=en");
    private static final List<String> PDF = List.of("com.openhtmltopdf.", "org.apache.pdfbox.", "org.apache.fontbox.");
    private static final List<String> DOCX = List.of("org.apache.poi.", "org.apache.xmlbeans.");

    @TempDir
    Path dir;

    @Test
    void theWindowAnswersCtrlNWithoutTheWritersTheValidatorOrOtherViews() throws Exception {
        Run run = run(WindowStartProbe.class.getName(), HEADLESS_WINDOW);
        assertThat(run.output).as(run.describe()).contains("INTERACTIVE New program");
        // the run did reach the wizard: the probe is not passing on an empty log
        assertThat(run.loaded).contains("org.policylab.configurator.ui.MainWindow",
                "org.policylab.configurator.ui.start.StartScreen", "org.policylab.configurator.ui.wizard.WizardView");
        assertThat(offending(run.loaded, NOT_BEFORE_FIRST_INTERACTION)).as(run.describe()).isEmpty();
    }

    @Test
    void checkLoadsNoDocumentWriter() throws Exception {
        Path passport = passport();
        Run run = run("org.policylab.configurator.Launcher", List.of(), "check", passport.toString());
        assertThat(run.loaded).as(run.describe()).contains("org.policylab.configurator.engine.DesignChecks");
        List<String> writers = new ArrayList<>(PDF);
        writers.addAll(DOCX);
        assertThat(offending(run.loaded, writers)).as(run.describe()).isEmpty();
        // picocli builds only the command asked for, not the model of all ten
        assertThat(offending(run.loaded, List.of("org.policylab.configurator.cli.ExportCommand",
                "org.policylab.configurator.cli.TeamCommand", "org.policylab.configurator.cli.MonitorCommand",
                "org.policylab.configurator.cli.DraftCommand"))).as(run.describe()).isEmpty();
    }

    @Test
    void pdfExportLoadsNoPoiAndDocxExportNoPdfLibrary() throws Exception {
        Path passport = passport();
        Path home = Files.createDirectories(dir.resolve("home"));
        Run pdf = run("org.policylab.configurator.Launcher", List.of("-Duser.home=" + home), "export", passport.toString(),
                "--format", "pdf", "--out", dir.resolve("p.pdf").toString());
        assertThat(dir.resolve("p.pdf")).as(pdf.describe()).isNotEmptyFile();
        assertThat(pdf.loaded).contains("com.openhtmltopdf.pdfboxout.PdfRendererBuilder");
        assertThat(offending(pdf.loaded, DOCX)).as(pdf.describe()).isEmpty();
        // the PDF draws only the bundled fonts: PDFBox does not read the machine's fonts (seconds on a desktop with
        // many, the first time) nor leaves its list of them in the planner's home folder
        assertThat(offending(pdf.loaded, List.of("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider",
                "org.apache.pdfbox.pdmodel.font.FontMapperImpl"))).as(pdf.describe()).isEmpty();
        try (var left = Files.list(home)) {
            assertThat(left).as("files the export left in the home folder").isEmpty();
        }

        Run docx = run("org.policylab.configurator.Launcher", List.of(), "export", passport.toString(), "--format", "docx",
                "--out", dir.resolve("p.docx").toString());
        assertThat(dir.resolve("p.docx")).as(docx.describe()).isNotEmptyFile();
        assertThat(docx.loaded).anyMatch(c -> c.startsWith("org.apache.poi."));
        assertThat(offending(docx.loaded, PDF)).as(docx.describe()).isEmpty();
    }

    private Path passport() throws Exception {
        Path file = dir.resolve("ai-talent-drain.json");
        PassportJson.write(ScenarioLibrary.shipped().load("ai-talent-drain", Language.EN), file);
        return file;
    }

    private static List<String> offending(List<String> loaded, List<String> prefixes) {
        return loaded.stream().filter(c -> prefixes.stream().anyMatch(c::startsWith)).limit(20).toList();
    }

    private record Run(int exit, String output, List<String> loaded) {
        String describe() {
            return "exit " + exit + ", output:\n" + output;
        }
    }

    /** A fresh JVM on this test's class path, its own workspace, logging every class it loads. */
    private Run run(String main, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Path out = Files.createTempFile(dir, "out", ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xlog:class+load=info:file=" + log);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("POLICY_CONFIGURATOR_HOME", dir.resolve("workspace").toString());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [info][class,load] org.example.Name source: ...
            int at = line.indexOf("] ");
            int end = line.indexOf(' ', at + 2);
            if (line.contains("class,load") && at > 0 && end > at) {
                loaded.add(line.substring(at + 2, end));
            }
        }
        return new Run(p.isAlive() ? -1 : p.exitValue(), Files.readString(out), loaded);
    }
}
