package org.policylab.configurator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing for {@code java -jar policy-configurator.jar} (issue 16): a JVM reads the app's classes
 * (JavaFX, Jackson, SQLite, the app's own) from a memory-mapped archive instead of opening, verifying and
 * parsing them one by one, which is a large part of every start. JDK 17 takes such an archive only from the
 * command line, so the jar starts itself once more with it:
 *
 * <ol>
 *   <li>{@code java -jar} starts this small parent (JDK classes only, from the JDK's own archive);</li>
 *   <li>it starts the real app as a child JVM with the same options and arguments, adding
 *       {@code -XX:SharedArchiveFile=<cache>/cds/<key>.jsa} when that archive exists, else
 *       {@code -XX:ArchiveClassesAtExit=<tmp>} so that this run writes it when it ends;</li>
 *   <li>it waits, passes the child's exit code on, and forwards a termination (SIGTERM, logout) to the child,
 *       whose own shutdown hook saves the last edit.</li>
 * </ol>
 *
 * <p>Never breaks a start: the archive's name is a hash of the jar (path, size, time), the JVM and the mode
 * (window or command line), so a rebuilt jar or another JVM makes a new one; it is written under a temporary
 * name, tried once in a throw-away JVM and only then moved into place (a truncated archive crashes a JDK 17
 * JVM); a JVM that cannot use it still runs without it ({@code -Xshare:auto}), silently; when a child started
 * with it dies at once of a crash, the archive is deleted and the child started again without it. Any failure
 * to start a child runs the app in this process as before. The child runs with {@link #VM_OPTIONS}: C1 only, and
 * the serial collector.
 *
 * <p>Off when: the app was not started with {@code -jar} (tests, {@code javafx:run}), inside the installed
 * app (jpackage's launcher has its own AppCDS), when the user passed their own CDS options, or when
 * {@code POLICY_CONFIGURATOR_FAST_START=off}. The archives live in the user's cache folder
 * ({@code POLICY_CONFIGURATOR_CACHE}, else {@code $XDG_CACHE_HOME} or {@code ~/.cache}, {@code %LOCALAPPDATA%},
 * {@code ~/Library/Caches}), not in the workspace: they belong to the jar and the JVM, not to the planner's data.
 *
 * <p>This class runs before anything else and uses the JDK alone, without lambdas or string concatenation by
 * {@code invokedynamic}: the parent's own start must stay a few tens of milliseconds.
 */
final class FastStart {
    static final String CHILD = "policy.configurator.child";
    static final String SWITCH = "POLICY_CONFIGURATOR_FAST_START";
    static final String CACHE = org.policylab.configurator.io.CacheFolder.VARIABLE;
    /** A child that dies with this code this soon after its start crashed while the JVM started (e.g. a bad archive). */
    private static final long CRASH_AT_START_MS = 3000;

    private FastStart() {
    }

    /** Runs the app in a child JVM with the class archive; empty when this process should run the app itself. */
    static Optional<Integer> relaunch(String[] args) {
        try {
            return Optional.ofNullable(relaunchOrNull(args));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Integer relaunchOrNull(String[] args) throws IOException {
        if (System.getProperty(CHILD) != null || "off".equalsIgnoreCase(System.getenv(SWITCH))
                || System.getProperty("jpackage.app-path") != null) {
            return null;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> javaCommand = info.command();
        Optional<String[]> commandLine = info.arguments();
        if (javaCommand.isEmpty() || commandLine.isEmpty()) {
            return null;
        }
        String[] cl = commandLine.get();
        int jarAt = -1;
        for (int i = 0; i < cl.length; i++) {
            String a = cl[i];
            if ("-jar".equals(a)) {
                jarAt = i;
                break;
            }
            if (isSharingOption(a)) {
                return null; // the user chose their own class-data sharing
            }
        }
        if (sharesClasses(System.getenv("JAVA_TOOL_OPTIONS")) || sharesClasses(System.getenv("JDK_JAVA_OPTIONS"))) {
            return null; // the same, for every JVM (JDK 25 refuses -Xshare beside an AOT cache and would not start)
        }
        // java [options] -jar FILE args: the arguments after FILE must be exactly this main's
        if (jarAt < 0 || jarAt + 1 >= cl.length || cl.length - jarAt - 2 != args.length) {
            return null;
        }
        File jar = new File(cl[jarAt + 1]).getCanonicalFile();
        if (!jar.isFile()) {
            return null;
        }
        Path folder = cacheFolder().resolve("cds");
        String prefix = archivePrefix(args);
        int feature = Runtime.version().feature();
        boolean aot = usesAotCache(feature);
        String name = archiveName(jar, prefix, aot);
        Path archive = folder.resolve(name);
        boolean haveArchive = Files.isRegularFile(archive);
        String java = javaCommand.get();
        Path dumping = null;
        List<String> cdsOptions;
        if (haveArchive) {
            cdsOptions = aot ? List.of(option("-XX:AOTCache=", archive)) : List.of(option("-XX:SharedArchiveFile=", archive), "-Xshare:auto");
        } else if (aot && beingAssembled(folder, name)) {
            cdsOptions = List.of(); // an earlier run's cache is being made right now: this run goes without
        } else {
            Files.createDirectories(folder);
            dumping = folder.resolve(new StringBuilder(name).append(".tmp-").append(ProcessHandle.current().pid()).toString());
            // the recording JVM says "AOTConfiguration recorded: …" on stdout as it ends, past any -Xlog: silenced
            cdsOptions = aot ? List.of("-XX:AOTMode=record", option("-XX:AOTConfiguration=", configuration(dumping)),
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput")
                    : List.of(option("-XX:ArchiveClassesAtExit=", dumping), "-Xshare:auto");
        }

        List<String> cmd = childCommand(java, cl, jarAt, jar, args, cdsOptions, feature);
        // once the child has ended (normally, or because this parent was asked to end): keep what it dumped
        Runnable afterChild = null;
        if (dumping != null) {
            afterChild = new Once(new Dumped(java, jar, dumping, archive, folder, prefix, name, aot));
        }
        long started = System.nanoTime();
        int code = runChild(cmd, afterChild);
        if (haveArchive && code == 134 && System.nanoTime() - started < CRASH_AT_START_MS * 1_000_000L) {
            // the JVM died while mapping the archive (a damaged file): forget it, start without
            Files.deleteIfExists(archive);
            cmd = childCommand(java, cl, jarAt, jar, args, aot ? List.of() : List.of("-Xshare:auto"), feature);
            code = runChild(cmd, null);
        }
        if (afterChild != null) {
            afterChild.run();
        }
        return code;
    }

    /** An option by which the user chooses class-data sharing themselves (an archive, a cache, or none). */
    static boolean isSharingOption(String a) {
        return a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit") || a.startsWith("-Xshare")
                || a.contains("AutoCreateSharedArchive") || a.contains("DumpLoadedClassList") || a.startsWith("-XX:AOT");
    }

    /** Options from an environment variable ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}) name any. */
    static boolean sharesClasses(String options) {
        if (options == null) {
            return false;
        }
        int i = 0;
        while (i < options.length()) { // words between white space (no regular expression in the parent's start)
            while (i < options.length() && Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < options.length() && !Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            if (i > start && isSharingOption(options.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * JDK 25 and later: an <em>AOT cache</em> (JEP 483, 514, 515) instead of a dynamic CDS archive. Besides the
     * classes it keeps them linked, with their constant pools, lambdas and string concatenations resolved, and the
     * method profiles of the training run. Measured on a returning user's window under Xvfb (child JVM started
     * directly, 7 alternating runs, start → the wizard drawn): 2.48 s with the AOT cache against 2.89 s with a
     * dynamic archive on the same JDK 25 and 2.95 s on JDK 17 (bench/README, fifth pass).
     */
    static boolean usesAotCache(int feature) {
        return feature >= 25;
    }

    private static Path configuration(Path dumping) {
        return dumping.resolveSibling(new StringBuilder(dumping.getFileName().toString()).append(".aotconf").toString());
    }

    /** A cache for this jar and JVM is being assembled (a temporary file younger than ten minutes). */
    private static boolean beingAssembled(Path folder, String name) throws IOException {
        long recent = System.currentTimeMillis() - 600_000L;
        try (var files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                if (p.getFileName().toString().startsWith(name) && !p.getFileName().toString().equals(name)
                        && Files.getLastModifiedTime(p).toMillis() > recent) {
                    return true;
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
        return false;
    }

    /** Runs its action once, whichever thread comes first (the main thread or the shutdown hook). */
    private static final class Once implements Runnable {
        private final Runnable action;
        private boolean done;

        Once(Runnable action) {
            this.action = action;
        }

        @Override
        public synchronized void run() {
            if (!done) {
                done = true;
                action.run();
            }
        }
    }

    /**
     * What a first run dumped ({@code file}: a JDK 17 archive, or a JDK 25+ cache's configuration beside it) and
     * where it goes once a JVM is known to start with it. JDK 25+: the cache is assembled from the configuration by
     * a JVM of its own ({@code -XX:AOTMode=create}, seconds of CPU), started in the background so that neither a
     * command's answer nor the closing of the window waits for it ({@link #assemble}); until it is in place later
     * starts run without one.
     */
    private static final class Dumped implements Runnable {
        final String java;
        final File jar;
        final Path file;
        final Path archive;
        final Path folder;
        final String prefix;
        final String name;
        final boolean aot;

        Dumped(String java, File jar, Path file, Path archive, Path folder, String prefix, String name, boolean aot) {
            this.java = java;
            this.jar = jar;
            this.file = file;
            this.archive = archive;
            this.folder = folder;
            this.prefix = prefix;
            this.name = name;
            this.aot = aot;
        }

        @Override
        public void run() {
            if (aot) {
                assembleInBackground(this);
            } else {
                keepIfUsable(this);
            }
        }
    }

    private static void assembleInBackground(Dumped d) {
        try {
            if (!Files.isRegularFile(configuration(d.file))) {
                return;
            }
            helperJvm(d, List.of(), FastStart.class.getName(), ASSEMBLE, d.java, d.jar.getPath(), d.file.toString(),
                    d.archive.toString(), d.folder.toString(), d.prefix, d.name).start();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(configuration(d.file)); // no cache this time; the next start records again
        }
    }

    static final String ASSEMBLE = "assemble-aot-cache";

    /**
     * The background JVM of {@link #assembleInBackground}:
     * {@code FastStart assemble-aot-cache JAVA JAR TEMPORARY CACHE FOLDER PREFIX NAME}.
     */
    public static void main(String[] a) {
        if (a.length != 8 || !ASSEMBLE.equals(a[0])) {
            System.err.println("usage: FastStart " + ASSEMBLE + " JAVA JAR TEMPORARY CACHE FOLDER PREFIX NAME");
            System.exit(2);
        }
        assemble(new Dumped(a[1], new File(a[2]), Path.of(a[3]), Path.of(a[4]), Path.of(a[5]), a[6], a[7], true));
    }

    /** Makes the cache from the recorded configuration, then keeps it only if a JVM starts with it. */
    static void assemble(Dumped d) {
        Path config = configuration(d.file);
        try {
            List<String> create = List.of("-XX:AOTMode=create", option("-XX:AOTConfiguration=", config),
                    option("-XX:AOTCache=", d.file));
            if (succeeds(helperJvm(d, create), 600)) {
                keepIfUsable(d);
            }
        } catch (IOException | RuntimeException e) {
            // no cache this time; the next start records again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(config);
            deleteQuietly(d.file);
        }
    }

    /**
     * A silent JVM on the jar with the app's options: {@code java <options> VM_OPTIONS -Xlog:disable -cp JAR <rest>}
     * (the background assembly, the assembly itself, the trial of an archive).
     */
    private static ProcessBuilder helperJvm(Dumped d, List<String> options, String... rest) {
        List<String> cmd = new ArrayList<>();
        cmd.add(d.java);
        cmd.addAll(options);
        for (String option : VM_OPTIONS) {
            cmd.add(option);
        }
        cmd.add("-Xlog:disable");
        cmd.add("-cp");
        cmd.add(d.jar.getPath());
        for (String r : rest) {
            cmd.add(r);
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Runs it and waits up to the time given: true when it ended with 0 in time (else it is stopped). */
    private static boolean succeeds(ProcessBuilder pb, long seconds) throws IOException, InterruptedException {
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temporary file in the cache, removed by a later keep
        }
    }

    /**
     * The JVM options of the window and of the commands (issue 16, measured under Xvfb, returning user, process start
     * to Ctrl+N answered, alternating runs): <b>C1 only</b> — the start-up code ran in tier 3, C1's code with full
     * profiling for C2, which is markedly slower than tier 1's; with C2 reached later (tier-4 thresholds ×8) or never,
     * the window still answered at 1.8–1.9 s, with C1 alone at 1.5 s. The cost is later: a warm in-window PDF export
     * takes about a fifth longer (0.3 → 0.4 s), while the first one, the one a planner waits for, is about a second
     * faster (C2 no longer compiles beside it); the live panel's recompute stays far under a frame. <b>The serial
     * collector</b> (what the JVM itself picks on a small machine): another 50–100 ms, G1's set-up and barriers, for
     * a heap of some tens of megabytes whose pauses stay short. When the user names a collector, theirs is used.
     * The installed app has the same options (installer/jpackage/common.args; FastStartTest keeps them equal).
     */
    static final String[] VM_OPTIONS = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"};

    /** No arguments, or one passport file to open (see {@link Launcher#passportToOpen}): the window; else a command. */
    static boolean isWindow(String[] args) {
        return args.length == 0 || Launcher.passportToOpen(args).isPresent();
    }

    /**
     * The child's command line: {@code cdsOptions} (the archive or cache to use or to make; nothing when neither),
     * the JVM's notes on it silenced, {@link #VM_OPTIONS}, then the user's own options, the jar and the arguments.
     */
    static List<String> childCommand(String java, String[] cl, int jarAt, File jar, String[] args,
                                     List<String> cdsOptions, int feature) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(cdsOptions);
        // the JVM's own notes on the archive (a JVM that cannot use it, classes it skips) would reach stdout
        cmd.add(usesAotCache(feature) ? "-Xlog:aot*=off,cds*=off" : "-Xlog:cds=off,cds+dynamic=off");
        if (feature >= 23) {
            // JavaFX 21's renderer (Marlin) allocates off-heap memory through sun.misc.Unsafe: JDK 24+ would warn
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.add("-XX:-UsePerfData");
        boolean ownCollector = false;
        for (int i = 0; i < jarAt; i++) {
            ownCollector |= cl[i].startsWith("-XX:+Use") && cl[i].endsWith("GC");
        }
        for (String option : VM_OPTIONS) {
            if (!(ownCollector && option.endsWith("GC"))) {
                cmd.add(option); // two collectors named would stop the JVM from starting
            }
        }
        for (int i = 0; i < jarAt; i++) {
            cmd.add(cl[i]); // the user's own options last: they win over ours
        }
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-jar");
        cmd.add(jar.getPath()); // canonical: the archive records the class path it was made with
        for (String a : args) {
            cmd.add(a);
        }
        return cmd;
    }

    private static int runChild(List<String> cmd, Runnable afterChild) throws IOException {
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        Thread forward = new ForwardTermination(child, afterChild);
        Runtime.getRuntime().addShutdownHook(forward);
        try {
            int code = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(forward);
            return code;
        } catch (IllegalStateException shuttingDown) {
            return waitFor(child);
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the app ends
            }
        }
    }

    /** The parent is asked to end (SIGTERM, SIGINT, logout): the child is asked too, and waited for (its last save). */
    private static final class ForwardTermination extends Thread {
        private final Process child;
        private final Runnable afterChild;

        ForwardTermination(Process child, Runnable afterChild) {
            super("fast-start-forward");
            this.child = child;
            this.afterChild = afterChild;
        }

        @Override
        public void run() {
            child.destroy();
            try {
                if (child.waitFor(30, TimeUnit.SECONDS) && afterChild != null) {
                    afterChild.run(); // the archive the child wrote as it ended
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The archive the child wrote at its exit is moved into place only if a JVM starts with it: a truncated or
     * damaged archive would crash every later start. Earlier archives of the same mode (an older jar) go.
     */
    private static void keepIfUsable(Dumped d) {
        try {
            if (!Files.isRegularFile(d.file) || Files.size(d.file) == 0) {
                return;
            }
            List<String> use = d.aot
                    ? List.of(option("-XX:AOTCache=", d.file), "-XX:AOTMode=on") // fails unless the cache can be used
                    : List.of(option("-XX:SharedArchiveFile=", d.file), "-Xshare:auto");
            if (!succeeds(helperJvm(d, use, "-version"), 60)) {
                return;
            }
            Files.move(d.file, d.archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (var old = Files.newDirectoryStream(d.folder)) {
                for (Path p : old) {
                    String n = p.getFileName().toString();
                    // an older jar's archive of the same kind; a temporary file left by a run that was killed (not one
                    // being written)
                    boolean stale = n.endsWith(d.aot ? ".aot" : ".jsa") || Files.getLastModifiedTime(p).toMillis()
                            < System.currentTimeMillis() - 3_600_000L;
                    if (sameKind(n, d.prefix) && !n.equals(d.name) && stale) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time; the next start makes one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(d.file);
        }
    }

    /**
     * The file is an archive (or a temporary one) of this prefix's kind: the prefix, then the hash. Not one of a
     * longer prefix that begins the same ({@code cli-export-pdf-} for {@code cli-export-}).
     */
    static boolean sameKind(String fileName, String prefix) {
        if (!fileName.startsWith(prefix)) {
            return false;
        }
        int end = fileName.indexOf('.', prefix.length());
        if (end <= prefix.length()) {
            return false;
        }
        for (int i = prefix.length(); i < end; i++) {
            char c = fileName.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String option(String name, Path value) {
        return new StringBuilder(name).append(value).toString();
    }

    /**
     * {@code window-} for the window, {@code cli-<command>-} for a command: each command loads its own classes (an
     * export the PDF library, a check none of it), so each has its own archive, made by its first run. An export
     * has one per format ({@code cli-export-pdf-}): a PDF and a DOCX share few classes, and an archive made by the
     * first DOCX export left the PDF's out (a cold PDF export 2.33 s with it against 2.08 s with its own, medians
     * of 5 alternating).
     */
    static String archivePrefix(String[] args) {
        if (isWindow(args)) {
            return "window-";
        }
        StringBuilder b = new StringBuilder("cli-");
        if (!appendName(b, args[0])) {
            return "cli-other-";
        }
        if ("export".equals(args[0])) {
            String format = null;
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--format=")) {
                    format = args[i].substring("--format=".length());
                } else if ("--format".equals(args[i]) && i + 1 < args.length) {
                    format = args[i + 1];
                }
            }
            if (format != null) {
                b.append('-');
                if (!appendName(b, format.toLowerCase(java.util.Locale.ROOT))) {
                    return "cli-other-";
                }
            }
        }
        return b.append('-').toString();
    }

    /** Appends a name of lower-case letters and digits (at most 20); false for anything else. */
    private static boolean appendName(StringBuilder b, String name) {
        if (name.isEmpty() || name.length() > 20) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            b.append(c);
        }
        return true;
    }

    /** {@code <prefix><hash>.jsa}, or {@code .aot} for an AOT cache; the hash covers the jar and the JVM. */
    static String archiveName(File jar, String prefix, boolean aot) {
        String key = new StringBuilder(jar.getPath()).append('|').append(jar.length()).append('|')
                .append(jar.lastModified()).append('|').append(System.getProperty("java.home")).append('|')
                .append(System.getProperty("java.vm.version")).toString();
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return new StringBuilder(prefix).append(Long.toHexString(h)).append(aot ? ".aot" : ".jsa").toString();
    }

    static Path cacheFolder() {
        return org.policylab.configurator.io.CacheFolder.path();
    }
}
