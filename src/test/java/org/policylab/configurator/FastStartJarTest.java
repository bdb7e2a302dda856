package org.policylab.configurator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} end to end (FastStart, issue 16): the first run of a command makes its class archive (JDK 17:
 * a dynamic CDS archive when the child ends; JDK 25+: an AOT cache assembled in the background), the next run takes
 * its classes from it, and neither run puts a word of the JVM's own on the command's output. A damaged archive never
 * stops a start. The jar is the app's classes with its dependencies on the manifest's {@code Class-Path}, as the
 * shaded jar is not built before the tests.
 */
class FastStartJarTest {
    @TempDir
    static Path dir;
    private static File jar;

    @BeforeAll
    static void thinJar() throws Exception {
        Path classes = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                classPath.add(new File(entry).toURI().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        manifest.getMainAttributes().putValue("Enable-Native-Access", "ALL-UNNAMED");
        jar = dir.resolve("app/policy-configurator.jar").toFile();
        Files.createDirectories(jar.toPath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String java, Path cache, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("-X")) {
            cmd.add(rest.remove(0)); // the user's own JVM options, before -jar
        }
        cmd.add("-jar");
        cmd.add(jar.getPath());
        cmd.addAll(rest);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put(FastStart.CACHE, cache.toString());
        pb.environment().put("POLICY_CONFIGURATOR_HOME", dir.resolve("home").toString());
        pb.environment().remove(FastStart.SWITCH);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the command ended").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> archives(Path cache, String suffix) throws IOException {
        Path cds = cache.resolve("cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cds)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    /** Waits up to two minutes for the background assembly of an AOT cache to finish: no temporary file left. */
    private static void awaitAssembly(Path cache) throws IOException, InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (!archives(cache, ".aot").isEmpty()
                    && archives(cache, "").stream().noneMatch(p -> p.getFileName().toString().contains(".tmp-"))) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static void assertScenarioList(Run run) {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).as("nothing on stderr").isEmpty();
        // only the command's own lines: no note of the JVM's on recording, dumping or using an archive
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.matches("[a-z0-9-]+ +\\S.*"), "a scenario line")
                .anyMatch(l -> l.startsWith("ai-talent-drain "));
    }

    /** The child's classes: the app's command class came from the archive (a class-load log line says so). */
    private static void assertFromArchive(Run logged) {
        assertThat(logged.code()).isZero();
        assertThat(logged.out().lines().filter(l -> l.contains(" org.policylab.configurator.cli.ScenarioCommand ")))
                .as("the scenario command's class, loaded by the child").isNotEmpty()
                .allMatch(l -> l.contains("source: shared objects file"));
    }

    @Test
    void onThisJdkTheFirstRunMakesTheArchiveAndTheNextUsesIt() throws Exception {
        assumeTrue(!FastStart.usesAotCache(Runtime.version().feature()), "the AOT test covers JDK 25+");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path cache = dir.resolve("cache17");
        Run first = run(java, cache, "scenario", "list");
        assertScenarioList(first);
        assertThat(archives(cache, ".jsa")).as("the archive the first run wrote").hasSize(1);

        Run second = run(java, cache, "scenario", "list");
        assertScenarioList(second);
        assertThat(second.out()).isEqualTo(first.out());
        assertFromArchive(run(java, cache, "-Xlog:class+load", "scenario", "list"));

        // a damaged archive (a disk that filled up while it was written): the command still answers
        Path archive = archives(cache, ".jsa").get(0);
        try (OutputStream o = Files.newOutputStream(archive)) {
            o.write(Files.readAllBytes(jar.toPath()), 0, 4096);
        }
        Run damaged = run(java, cache, "scenario", "list");
        assertThat(damaged.code()).isZero();
        assertThat(damaged.out()).isEqualTo(first.out());
    }

    @Test
    void onJdk25TheFirstRunRecordsAnAotCacheAssembledInTheBackgroundAndTheNextUsesIt() throws Exception {
        Optional<String> java = jdk25();
        assumeTrue(java.isPresent(), "no JDK 25+ on this machine (/usr/lib/jvm, or POLICY_TEST_JDK25=<java home>)");
        Path cache = dir.resolve("cache25");
        Run first = run(java.get(), cache, "scenario", "list");
        assertScenarioList(first); // without "AOTConfiguration recorded: …", which JDK 25 prints on stdout
        awaitAssembly(cache);
        assertThat(archives(cache, ".aot")).as("the cache the background JVM assembled").hasSize(1);
        assertThat(archives(cache, "")).as("its configuration and temporary file removed").hasSize(1);

        Run second = run(java.get(), cache, "scenario", "list");
        assertScenarioList(second);
        assertThat(second.out()).isEqualTo(first.out());
        assertFromArchive(run(java.get(), cache, "-Xlog:class+load", "scenario", "list"));

        Path aot = archives(cache, ".aot").get(0);
        try (OutputStream o = Files.newOutputStream(aot)) {
            o.write(Files.readAllBytes(jar.toPath()), 0, 4096);
        }
        Run damaged = run(java.get(), cache, "scenario", "list");
        assertThat(damaged.code()).isZero();
        assertThat(damaged.out()).isEqualTo(first.out());
    }

    /** A JDK of feature release 25 or later: {@code POLICY_TEST_JDK25}, else one under /usr/lib/jvm. */
    private static Optional<String> jdk25() throws IOException {
        List<Path> homes = new ArrayList<>();
        String given = System.getenv("POLICY_TEST_JDK25");
        if (given != null && !given.isBlank()) {
            homes.add(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                s.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin/java");
            if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                Optional<String> version = Files.readAllLines(release).stream()
                        .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst();
                if (version.isPresent()) {
                    String v = version.get().replaceAll("[^0-9.]", "");
                    int feature = Integer.parseInt(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
                    if (FastStart.usesAotCache(feature)) {
                        return Optional.of(java.toString());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
