package org.policylab.configurator.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file the user keeps so that it is either the old file or the complete new one:
 * a temporary file beside it, flushed to disk, then moved over. On failure the earlier file
 * stays intact, the temporary file is removed, and the error is one sentence.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A library may wrap the disk's error ("No space left on device") in its own words: the I/O error says what happened. */
    private static Throwable innermostIoError(Throwable e) {
        Throwable found = e;
        int depth = 0;
        for (Throwable t = e.getCause(); t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof IOException && t.getMessage() != null) {
                found = t;
            }
        }
        return found;
    }

    public static void write(Path target, byte[] bytes) throws OutputException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws OutputException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new OutputException(Fault.of(target.toString(), "error.output.isFolder"));
        }
        Path dir = abs.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException(Fault.of(target.toString(), "error.output.parentIsFile", dir.toString()));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException(Fault.of(target.toString(), "error.output.noFolder", String.valueOf(dir)));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new OutputException(Fault.of(target.toString(), "error.output.denied"));
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new OutputException(Fault.of(target.toString(), "error.output.failed", JsonInput.oneLine(reason)));
        } catch (IOException | RuntimeException e) {
            Throwable cause = innermostIoError(e);
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : JsonInput.oneLine(cause.getMessage());
            throw new OutputException(Fault.of(target.toString(), "error.output.failed", reason));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden .tmp is harmless
                }
            }
        }
    }
}
