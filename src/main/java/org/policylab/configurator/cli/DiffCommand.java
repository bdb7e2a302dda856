package org.policylab.configurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policylab.configurator.export.DiffReport;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.monitoring.PassportDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed from A to B (two revisions of a program): added, removed and changed, each with its JSON pointer.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions ws;

    @Parameters(index = "0", paramLabel = "A.json")
    Path a;

    @Parameters(index = "1", paramLabel = "B.json")
    Path b;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|pdf")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of the terminal (required for pdf).")
    Path out;

    @Override
    public Integer call() throws InputException, OutputException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "pdf").contains(f)) {
            throw new ParameterException(spec.commandLine(), "diff: --format: unknown format '" + format + "'; allowed: text, json, pdf");
        }
        if ("pdf".equals(f) && out == null) {
            throw new ParameterException(spec.commandLine(), "diff: --format pdf needs --out FILE");
        }
        try {
            var older = PassportJson.read(a);
            var newer = PassportJson.read(b);
            DiffReport report = new DiffReport(older, newer, PassportDiff.between(older, newer), ws.messages());
            PrintWriter console = spec.commandLine().getOut();
            switch (f) {
                case "pdf" -> {
                    report.writePdf(out);
                    console.println(ws.messages().get("cli.export.done", out.toString()));
                }
                case "json" -> Cli.emit(CliJson.write(report.toJson()), out, console);
                default -> Cli.emit(report.toText(), out, console);
            }
            return Cli.OK;
        } finally {
            ws.close();
        }
    }

}
