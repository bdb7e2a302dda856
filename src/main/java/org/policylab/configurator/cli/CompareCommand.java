package org.policylab.configurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylab.configurator.engine.Comparison;
import org.policylab.configurator.export.ComparisonReport;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Put two or three passports side by side: context, instruments (shared and different), KPIs, budget, leverage, findings.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions ws;

    @Parameters(arity = "2..3", paramLabel = "PASSPORT.json", description = "Two or three passport files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text|pdf", description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of the terminal (required for pdf).")
    Path out;

    @Override
    public Integer call() throws InputException, OutputException {
        if (!List.of("json", "text", "pdf").contains(format)) {
            throw new ParameterException(spec.commandLine(), "compare: --format: unknown format '" + format + "'; allowed: json, text, pdf");
        }
        if ("pdf".equals(format) && out == null) {
            throw new ParameterException(spec.commandLine(), "compare: --format pdf needs --out FILE");
        }
        try {
            List<ProgramPassport> passports = new ArrayList<>();
            for (Path f : files) {
                passports.add(PassportJson.read(f));
            }
            ComparisonReport report = new ComparisonReport(Comparison.of(passports, ws.catalog()), ws.catalog(), ws.messages());
            PrintWriter console = spec.commandLine().getOut();
            switch (format) {
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
