package org.policylab.configurator.export;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The document the planner is about to export, written in memory on a thread of its own while the export step is on
 * screen (issue 16), so that pressing Export only puts finished bytes in the file.
 *
 * <p>One document at a time: a newer one replaces the one asked for before; a replaced one that has not begun is never
 * rendered. Its writers are its own ({@code writers} makes them: a PDF writer with fonts of its own), so an export of
 * another document never waits for a lock this thread holds. An export takes the bytes only when they are of the very
 * same document — the same passport value, catalog snapshot, language, format and date — and otherwise renders its
 * own; what failed here is not reported: the export renders again and says its own failure in one line.
 */
final class RenderAhead {
    private final Function<ExportFormat, PassportWriter> newWriter;
    private final Supplier<LocalDate> today;
    private final Map<ExportFormat, PassportWriter> writers = new EnumMap<>(ExportFormat.class);
    private ExecutorService thread;
    private Pending latest;

    /** {@code today}: the date a document written now shows. */
    RenderAhead(Function<ExportFormat, PassportWriter> newWriter, Supplier<LocalDate> today) {
        this.newWriter = newWriter;
        this.today = today;
    }

    /** What a document is made of: an export of an equal key writes the same bytes. */
    private record Key(ProgramPassport passport, Catalog catalog, Language language, LocalDate generated, ExportFormat format) {
        boolean sameDocument(Key o) {
            // the catalog snapshot by identity: a new snapshot (an import, a colleague's change) is a new document
            return catalog == o.catalog && language == o.language && format == o.format
                    && generated.equals(o.generated) && passport.equals(o.passport);
        }
    }

    private static final class Pending {
        final Key key;
        final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        /** Taken by whoever renders it: this thread, or an export that came before this thread began it. */
        private final AtomicBoolean claimed = new AtomicBoolean();

        Pending(Key key) {
            this.key = key;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    /** Starts writing the document in the background, unless it is the one already written or being written. */
    void start(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format) {
        Key key = new Key(passport, catalog, language, today.get(), format);
        Pending p;
        synchronized (this) {
            if (latest != null && latest.key.sameDocument(key) && !latest.bytes.isCompletedExceptionally()) {
                return;
            }
            p = new Pending(key);
            latest = p;
            if (thread == null) {
                thread = WriteAhead.lowPriorityThread("render-ahead");
            }
        }
        thread.execute(() -> render(p));
    }

    private void render(Pending p) {
        synchronized (this) {
            if (latest != p) { // a newer document was asked for before this one began
                p.bytes.cancel(false);
                return;
            }
        }
        if (!p.claim()) {
            return; // an export took it over
        }
        try {
            Key k = p.key;
            PassportDocument doc = PassportDocument.of(k.passport(), k.catalog(), k.language(), k.generated());
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            writers.computeIfAbsent(k.format(), newWriter).write(doc, out);
            p.bytes.complete(out.toByteArray());
        } catch (Throwable e) { // any failure: the export renders the document itself and reports what it meets
            p.bytes.completeExceptionally(e);
        }
    }

    /**
     * The bytes of the document these make when they were written ahead, waiting for them while they are being
     * written; null when this document was not asked for, failed, or had not begun (the caller then writes it itself).
     */
    byte[] take(ProgramPassport passport, Catalog catalog, Language language, LocalDate generated, ExportFormat format) {
        Pending p;
        synchronized (this) {
            p = latest;
        }
        if (p == null || !p.key.sameDocument(new Key(passport, catalog, language, generated, format))) {
            return null;
        }
        if (p.claim()) { // not begun: the export writes it now, and this thread will not
            p.bytes.cancel(false);
            return null;
        }
        try {
            return p.bytes.get();
        } catch (ExecutionException | CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
