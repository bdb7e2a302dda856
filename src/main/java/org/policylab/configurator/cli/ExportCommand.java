package org.policylab.configurator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a program passport as a document. The file is written atomically: on failure the earlier file is kept.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions ws;

    @Parameters(index = "0", paramLabel = "PASSPORT.json", description = "The passport file.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Document format.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the document.")
    Path out;

    @Override
    public Integer call() throws InputException, OutputException {
        // a PDF's fonts are read on their own thread meanwhile
        org.policylab.configurator.export.Exporter.prepare(format);
        // the workspace opens and its catalog is read on a second thread while the passport file is read and
        // checked against its schema: two independent halves of a cold start, on two cores (issue 16)
        java.util.concurrent.CompletableFuture<org.policylab.configurator.catalog.Catalog> catalog =
                new java.util.concurrent.CompletableFuture<>();
        Thread opening = new Thread(() -> {
            try {
                catalog.complete(ws.catalog());
            } catch (Throwable e) {
                catalog.completeExceptionally(e);
            }
        }, "open-workspace");
        opening.setDaemon(true);
        opening.start();
        try {
            // the file's check against its schema (a cold start's costliest part of reading it) runs beside the
            // rendering; the document is written only once the file is known valid, and a file that is not valid is
            // reported by the schema's own lines whatever else failed with it (what `read` alone reports)
            PassportJson.Unchecked read = PassportJson.readUnchecked(file);
            java.util.concurrent.CompletableFuture<java.util.List<org.policylab.configurator.io.JsonSchemaCheck.Violation>> checked =
                    java.util.concurrent.CompletableFuture.supplyAsync(read::violations, work -> {
                        Thread t = new Thread(work, "check-passport");
                        t.setDaemon(true);
                        t.start();
                    });
            byte[] document;
            try {
                ProgramPassport p = read.bind();
                awaitQuietly(opening);
                document = new Exporter().render(p, catalogOf(catalog), ws.lang != null ? ws.lang : languageOf(p), format, out);
            } catch (InputException | OutputException | RuntimeException e) {
                read.throwIfInvalid(checked.join());
                throw e;
            }
            read.throwIfInvalid(checked.join());
            org.policylab.configurator.io.AtomicFiles.write(out, document);
            spec.commandLine().getOut().println(ws.messages().get("cli.export.done", out.toString()));
            return Cli.OK;
        } finally {
            awaitQuietly(opening); // the workspace is closed only once it has finished opening
            ws.close();
        }
    }

    /** The catalog, or the workspace's own failure as it would have been thrown on this thread. */
    private static org.policylab.configurator.catalog.Catalog catalogOf(
            java.util.concurrent.CompletableFuture<org.policylab.configurator.catalog.Catalog> catalog) {
        try {
            return catalog.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void awaitQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private org.policylab.configurator.i18n.Language languageOf(ProgramPassport p) {
        try {
            return p.language() == null ? ws.language() : org.policylab.configurator.i18n.Language.fromId(p.language());
        } catch (IllegalArgumentException e) {
            return ws.language();
        }
    }
}
