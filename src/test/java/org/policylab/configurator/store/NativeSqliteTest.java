package org.policylab.configurator.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is copied into the cache once, whole, and reused (issue 16: not extracted on every start). */
class NativeSqliteTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsCopiedOnceIntoAVersionedFolderAndReusedAfter() throws Exception {
        Path lib = NativeSqlite.cachedLibrary(cache);
        assertNotNull(lib, "this platform's library is in sqlite-jdbc's jar");
        assertTrue(lib.startsWith(cache.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())), lib.toString());
        assertEquals(LibraryLoaderUtil.getNativeLibName(), lib.getFileName().toString());
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(lib), "the copy is the jar's library, byte for byte");
        }
        try (Stream<Path> files = Files.list(lib.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, written);
        assertEquals(lib, NativeSqlite.cachedLibrary(cache));
        assertEquals(written, Files.getLastModifiedTime(lib), "a later start does not write it again");
    }

    @Test
    void anEmptyFileLeftThereIsWrittenAgain() throws Exception {
        Path lib = NativeSqlite.cachedLibrary(cache);
        Files.write(lib, new byte[0]);
        assertEquals(lib, NativeSqlite.cachedLibrary(cache));
        assertTrue(Files.size(lib) > 100_000, "the library is whole again");
    }
}
