package org.policylab.configurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a program passport against the pitfalls of industrial policy.",
                "Exit 0: no errors; 1: errors found; 2: unreadable input."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions ws;

    @Parameters(index = "0", paramLabel = "PASSPORT.json", description = "The passport file.")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text", description = "Output format (default ${DEFAULT-VALUE}).")
    Cli.OutputFormat format;

    @Option(names = "--as-of", paramLabel = "YEAR", description = "For a program in monitoring: the last year whose actuals are due (default: this year).")
    Integer asOf;

    @Override
    public Integer call() throws InputException {
        try {
            ProgramPassport p = PassportJson.read(file);
            Catalog catalog = ws.catalog();
            List<Finding> findings = new java.util.ArrayList<>(new DesignChecks(catalog).check(p));
            // a program in monitoring is checked against its actuals too
            findings.addAll(new org.policylab.configurator.monitoring.MonitoringChecks(catalog)
                    .check(p, asOf == null ? java.time.Year.now().getValue() : asOf));
            findings.sort(java.util.Comparator.comparing(Finding::severity));
            Messages m = ws.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Cli.OutputFormat.JSON) {
                out.println(CliJson.write(toJson(findings, m)));
            } else {
                printText(findings, m, out);
            }
            return DesignChecks.hasErrors(findings) ? Cli.FINDINGS : Cli.OK;
        } finally {
            ws.close();
        }
    }

    static ObjectNode toJson(List<Finding> findings, Messages m) {
        ObjectNode root = JsonInput.mapper().createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("message", f.message(m));
            o.put("target", f.target());
            o.put("principle", f.principle(m));
            o.put("fix", f.fix(m));
        }
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.id(), findings.stream().filter(f -> f.severity() == s).count());
        }
        return root;
    }

    private static void printText(List<Finding> findings, Messages m, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println(m.get("cli.check.clean"));
            return;
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println(m.get(s.messageKey()) + " (" + group.size() + ")");
            for (Finding f : group) {
                out.println("  [" + f.rule() + "] " + f.message(m) + "  (" + f.target() + ")");
                out.println("      " + m.get("cli.check.fix") + " " + f.fix(m));
            }
        }
    }
}
