package org.policylab.configurator.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.policylab.configurator.io.CacheFolder;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, written once into the user's cache folder and loaded from there on every later start
 * (issue 16). Left to itself, sqlite-jdbc copies its 1 MB library out of the jar into a new temporary file on every
 * start, reads it back byte by byte to compare, and first lists the whole temporary folder to delete its earlier
 * copies — a few hundred milliseconds of a cold JVM, taken from the window's start on a 2-core machine.
 *
 * <p>The library goes to {@code <cache>/native/sqlite-jdbc-<version>/<os.name>-<os.arch>/}: another sqlite-jdbc makes another
 * folder. It is written under a temporary name and moved into place, so a file there is whole. Never breaks a start:
 * when the user chose a library ({@code org.sqlite.lib.path}), it is left alone; when the copy cannot be written or
 * loaded (a read-only or {@code noexec} cache), sqlite-jdbc's own way is used, as before.
 */
final class NativeSqlite {
    private static boolean done;

    private NativeSqlite() {
    }

    /** Loads the library once per JVM (later calls return at once); the connections then find it loaded. */
    static synchronized void load() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // the user's own library
        }
        Path cached = null;
        try {
            cached = cachedLibrary(CacheFolder.path());
        } catch (IOException | RuntimeException e) {
            // not cached: sqlite-jdbc extracts it as before
        }
        if (cached != null) {
            System.setProperty("org.sqlite.lib.path", cached.getParent().toString());
            System.setProperty("org.sqlite.lib.name", cached.getFileName().toString());
            // its clean-up of earlier copies then lists this small folder, not the whole temporary folder
            System.setProperty("org.sqlite.tmpdir", cached.getParent().toString());
        }
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception | UnsatisfiedLinkError e) {
            if (cached != null) {
                System.clearProperty("org.sqlite.lib.path");
                System.clearProperty("org.sqlite.lib.name");
                System.clearProperty("org.sqlite.tmpdir");
            }
            // the first connection tries sqlite-jdbc's own way and reports what fails
        }
    }

    private static String folderName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The library in {@code cache}, written there first when it is not yet; null when this sqlite-jdbc has no library
     * for this OS in its jar (it then looks on the library path itself).
     */
    static Path cachedLibrary(Path cache) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName(); // libsqlitejdbc.so, sqlitejdbc.dll, ...
        // named by the JVM's own OS and architecture: sqlite-jdbc's folder name for them is worked out by starting a
        // process (`uname -o`, to tell Android's Termux apart), which only a first copy needs
        Path dir = cache.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(folderName(System.getProperty("os.name", "os") + "-" + System.getProperty("os.arch", "arch")));
        Path lib = dir.resolve(name);
        if (Files.isRegularFile(lib) && Files.size(lib) > 0) {
            return lib;
        }
        String folder = LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/Linux/x86_64
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return lib;
    }
}
