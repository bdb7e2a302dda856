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
import java.nio.file.attribute.PosixFileAttributeView;

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

    /**
     * The temporary file beside the target, created the way any new file is (mode 0666 less the
     * user's umask, e.g. 0644), not {@link Files#createTempFile}'s 0600: the file the planner
     * exports is one colleagues on the same machine or share may read, as with any other program.
     * CREATE_NEW with a random name keeps it exclusive.
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A file written over keeps the mode the user gave it; a new one has the umask's. */
    private static void keepPermissionsOf(Path target, Path tmp) throws IOException {
        if (!Files.exists(target) || !Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException ignored) {
            // the umask's mode stays: still readable as any new file
        }
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
            tmp = newTempFile(dir, abs.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissionsOf(abs, tmp);
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
