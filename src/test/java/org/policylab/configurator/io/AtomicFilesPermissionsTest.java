package org.policylab.configurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: an exported file gets the mode any new file gets under the user's umask (0644 under
 * umask 022), not the 0600 of a temporary file; a file written over keeps its own mode. POSIX only.
 */
class AtomicFilesPermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    }

    /** What this process's umask makes of a new file: the mode an export must have. */
    private Set<PosixFilePermission> newFileMode() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe.txt"));
        return Files.getPosixFilePermissions(probe);
    }

    @Test
    void aNewExportHasTheModeOfAnyNewFile() throws Exception {
        Set<PosixFilePermission> expected = newFileMode();
        Path out = dir.resolve("passport.json");
        AtomicFiles.write(out, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
        if (expected.contains(PosixFilePermission.OTHERS_READ)) {
            // e.g. umask 022: readable by others, where a temporary file's 0600 was not
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isNotEqualTo("rw-------");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("probe.txt", "passport.json");
        }
    }

    @Test
    void aFileWrittenOverKeepsItsMode() throws Exception {
        Path out = dir.resolve("passport.json");
        Files.writeString(out, "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, chosen);
        AtomicFiles.write(out, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(chosen);
    }
}
