package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.cli.Cli;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.OutputException;

/**
 * Issue 9: an export that cannot be written — into a folder we may not write, under a path whose
 * "folder" is a regular file, onto a folder, or onto a full disk half-way through — fails with one
 * clear line, leaves the earlier file byte for byte, and leaves no temporary file behind.
 * (PassportDocumentsTest covers a missing folder and a writer failing for another reason.)
 *
 * <p>The tests run as root here, and root ignores {@code chmod 555}: the read-only folder test
 * is skipped then, and the path under a regular file (which fails for root too) stands in for an
 * unwritable place. A read-only file system is not available in the test environment.
 */
class AtomicExportTest {
    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();
    private final Catalog catalog = PassportFixtures.catalog();
    private final PassportDocument doc = PassportFixtures.document(PassportFixtures.passport(Language.EN), catalog, Language.EN);

    static final Map<ExportFormat, PassportWriter> WRITERS = Map.of(ExportFormat.JSON, new JsonPassportWriter(),
            ExportFormat.PDF, new PdfPassportWriter(), ExportFormat.DOCX, new DocxPassportWriter(),
            ExportFormat.MD, new MarkdownPassportWriter());

    /** A disk that fills up after {@code room} bytes. */
    static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = (int) Math.min(len, Math.max(room, 0));
            out.write(b, off, fits);
            room -= fits;
            if (fits < len) {
                throw new IOException("No space left on device");
            }
        }
    }

    static void assertOneClearLine(String message, Path target) {
        assertThat(message).startsWith(target.toString()).doesNotContain("\n", "Exception", "\tat ");
        assertThat(message.length()).as(message).isLessThan(target.toString().length() + 200);
    }

    List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aDiskFullHalfwayKeepsTheEarlierFileAndLeavesNoTemporaryFile(ExportFormat f) throws Exception {
        Path earlier = dir.resolve("passport." + f.extension());
        exporter.export(doc, f, earlier);
        byte[] before = Files.readAllBytes(earlier);
        assertThat(before.length).isGreaterThan(100);

        PassportWriter w = WRITERS.get(f);
        OutputException e = assertThrows(OutputException.class,
                () -> AtomicFiles.write(earlier, out -> w.write(doc, new FullDisk(out, before.length / 2))));
        assertOneClearLine(e.getMessage(), earlier);
        assertThat(e.getMessage()).contains("No space left on device", "unchanged");
        assertThat(Files.readAllBytes(earlier)).as("earlier file byte for byte").isEqualTo(before);
        assertThat(namesIn(dir)).as("no *.tmp left").containsExactly(earlier.getFileName().toString());
    }

    @Test
    void aFullDiskWhileTheBytesAreFlushedIsReportedToo() throws Exception {
        Path earlier = dir.resolve("passport.md");
        Files.writeString(earlier, "earlier");
        OutputException e = assertThrows(OutputException.class, () -> AtomicFiles.write(earlier, out -> {
            out.write("new text".getBytes());
            throw new IOException("No space left on device");
        }));
        assertOneClearLine(e.getMessage(), earlier);
        assertThat(Files.readString(earlier)).isEqualTo("earlier");
        assertThat(namesIn(dir)).containsExactly("passport.md");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aPathUnderARegularFileFailsInOneLineAndCreatesNothing(ExportFormat f) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path target = file.resolve("passport." + f.extension());
        OutputException e = assertThrows(OutputException.class, () -> exporter.export(doc, f, target));
        assertOneClearLine(e.getMessage(), target);
        assertThat(e.getMessage()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
        assertThat(namesIn(dir)).containsExactly("notes.txt");
    }

    @Test
    void aReadOnlyFolderFailsInOneLineAndKeepsTheEarlierFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Path earlier = folder.resolve("passport.pdf");
        exporter.export(doc, ExportFormat.PDF, earlier);
        byte[] before = Files.readAllBytes(earlier);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root: chmod 555 does not stop root (see the class comment)");
            OutputException e = assertThrows(OutputException.class, () -> exporter.export(doc, ExportFormat.PDF, earlier));
            assertOneClearLine(e.getMessage(), earlier);
            assertThat(e.getMessage()).contains("permission denied");
            assertThat(Files.readAllBytes(earlier)).isEqualTo(before);
            assertThat(namesIn(folder)).containsExactly("passport.pdf");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theCommandLineReportsAnUnwritableTargetInOneLineAndKeepsTheEarlierFile() throws Exception {
        Path passport = dir.resolve("in.json");
        PassportJson.write(Fixtures.good(), passport);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path earlier = out.resolve("passport.pdf");
        assertThat(cli("export", passport.toString(), "--format", "pdf", "--out", earlier.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(earlier);
        Path file = Files.writeString(out.resolve("notes.txt"), "x");

        for (Path target : List.of(out, file.resolve("passport.pdf"), out.resolve("missing").resolve("passport.pdf"))) {
            for (String format : List.of("pdf", "docx", "md", "json")) {
                Run r = cli("export", passport.toString(), "--format", format, "--out", target.toString());
                assertThat(r.code()).as("%s %s: %s", format, target, r.err()).isEqualTo(Cli.FAILURE);
                assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
                assertOneClearLine(r.err().strip(), target);
                assertThat(r.out()).isEmpty();
            }
        }
        assertThat(Files.readAllBytes(earlier)).isEqualTo(before);
        assertThat(namesIn(out)).containsExactly("notes.txt", "passport.pdf");
    }
}
