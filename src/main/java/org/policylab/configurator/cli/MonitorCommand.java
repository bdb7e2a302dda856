package org.policylab.configurator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policylab.configurator.export.MonitoringReport;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.monitoring.ActualsImport;
import org.policylab.configurator.passport.ProgramPassport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Monitoring of an approved program: import actuals, write the monitoring report. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitoring after approval: import KPI actuals, report plan versus fact.",
        subcommands = {MonitorCommand.Import.class, MonitorCommand.Report.class})
final class MonitorCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "monitor: a command is needed; allowed: import, report");
    }

    /** What both subcommands take: the workspace, one passport, and the year whose actuals are due. */
    abstract static class OnePassport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOptions ws;

        @Parameters(index = "0", paramLabel = "PASSPORT.json")
        Path passport;

        @Option(names = "--as-of", paramLabel = "YEAR", description = "The last year whose actuals are due (default: this year).")
        Integer asOf;

        int asOfYear() {
            return asOf == null ? Year.now().getValue() : asOf;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import KPI actuals from CSV or XLSX (columns kpi,period,value[,source,note,evidence]; period 2027 or 2027-Q1)",
                    "into the passport; nothing is written if a row is bad (exit 2, one line per bad row)."})
    static final class Import extends OnePassport {
        @Option(names = "--actuals", required = true, paramLabel = "FILE.csv|FILE.xlsx")
        Path actuals;

        @Option(names = "--out", required = true, paramLabel = "OUT.json")
        Path out;

        @Override
        public Integer call() throws InputException, OutputException {
            try {
                Messages m = ws.messages();
                ProgramPassport p = PassportJson.read(passport);
                if (!Files.isRegularFile(actuals)) {
                    throw new InputException(m.get("import.error.no-file", actuals.toString()));
                }
                String name = actuals.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
                    throw new InputException(m.get("import.error.file-type", actuals.toString()));
                }
                ActualsImport.Result r;
                try {
                    r = ActualsImport.read(actuals, p, asOfYear());
                } catch (IOException | RuntimeException e) {
                    throw new InputException(m.get("import.error.unreadable", actuals.toString(), String.valueOf(e.getMessage())));
                }
                if (!r.ok()) {
                    throw new InputException(r.errors().stream().map(e -> describe(actuals, e, m)).collect(Collectors.joining("\n")));
                }
                PassportJson.write(ActualsImport.merge(p, r.actuals()), out);
                PrintWriter console = spec.commandLine().getOut();
                console.println(m.get("cli.monitor.imported", r.actuals().size(), out.toString()));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }

        static String describe(Path file, ActualsImport.RowError e, Messages m) {
            String where = e.column() == null ? m.get("import.at.row", e.row()) : m.get("import.at.cell", e.row(), e.column());
            return file + ": " + where + ": " + m.get(e.key(), e.args().toArray());
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write the monitoring report: status summary, plan versus fact per KPI with charts, budget execution, gate decisions, findings.")
    static final class Report extends OnePassport {
        @Option(names = "--format", required = true, paramLabel = "pdf|docx|xlsx|json")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() throws InputException, OutputException {
            MonitoringReport.Format f;
            try {
                f = MonitoringReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "monitor report: --format: unknown format '" + format + "'; allowed: pdf, docx, xlsx, json");
            }
            try {
                ProgramPassport p = PassportJson.read(passport);
                MonitoringReport report = new MonitoringReport(p, ws.catalog(), ws.messages(), asOfYear());
                report.write(f, out);
                spec.commandLine().getOut().println(ws.messages().get("cli.export.done", out.toString()));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }
}
