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
        try {
            ProgramPassport p = PassportJson.read(file);
            new Exporter().export(p, ws.catalog(), ws.lang != null ? ws.lang : languageOf(p), format, out);
            spec.commandLine().getOut().println(ws.messages().get("cli.export.done", out.toString()));
            return Cli.OK;
        } finally {
            ws.close();
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
