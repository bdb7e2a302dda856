package org.policylab.configurator.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.OutputException;

/**
 * A report written in memory while the planner chooses its file (issue 16): the window starts writing the monitoring
 * report, the revisions' changes or the comparison the moment their file dialog opens — a second or more, about what a
 * window's first PDF takes on its compiler — and {@link #writeTo} puts the finished bytes in the chosen file.
 *
 * <p>The document is made of values fixed when it is started (the dialog is modal: nothing the report shows changes
 * while it is open). One thread writes these documents, one after another, at low priority. {@link #writeTo} takes the
 * bytes, waiting while they are being written; when the writing had not begun it writes the document itself, and when
 * it failed ahead it writes it again and reports its own failure in one line, as any export does. {@link #drop}: the
 * dialog was cancelled, and a document not yet begun is never written.
 */
public final class WriteAhead {
    private static ExecutorService thread;

    private final AtomicFiles.Content document;
    private final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
    /** Taken by whoever writes it: the thread, {@link #writeTo} when it came first, or {@link #drop}. */
    private final AtomicBoolean claimed = new AtomicBoolean();

    private WriteAhead(AtomicFiles.Content document) {
        this.document = document;
    }

    /** Starts writing the document in memory on the write-ahead thread; returns at once. */
    public static WriteAhead start(AtomicFiles.Content document) {
        WriteAhead w = new WriteAhead(document);
        thread().execute(w::writeAhead);
        return w;
    }

    private static synchronized ExecutorService thread() {
        if (thread == null) {
            thread = lowPriorityThread("write-ahead");
        }
        return thread;
    }

    /** One daemon thread at the lowest priority, for documents written before they are asked for (also RenderAhead's). */
    static ExecutorService lowPriorityThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    private void writeAhead() {
        if (!claimed.compareAndSet(false, true)) {
            return; // written by writeTo, or dropped, before this thread came to it
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            document.writeTo(out);
            bytes.complete(out.toByteArray());
        } catch (Throwable e) { // writeTo writes it again and reports what it meets
            bytes.completeExceptionally(e);
        }
    }

    /**
     * Puts the document in the file, atomically (the earlier file survives any failure): the bytes written ahead,
     * waiting for them while they are being written, else the document written now.
     */
    public void writeTo(Path file) throws OutputException {
        byte[] ready = claimed.compareAndSet(false, true) ? null : await();
        if (ready != null) {
            AtomicFiles.write(file, ready);
        } else {
            AtomicFiles.write(file, document);
        }
    }

    private byte[] await() {
        try {
            return bytes.get();
        } catch (ExecutionException | CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** No file was chosen: a document not yet begun is never written (one being written runs to its end, unused). */
    public void drop() {
        claimed.compareAndSet(false, true);
    }
}
