package org.policylab.configurator.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line: builds picocli, turns every bad input into one line on stderr with exit
 * code 2, and never prints a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 3;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        cl.registerConverter(org.policylab.configurator.catalog.Stage.class, org.policylab.configurator.catalog.Stage::fromId);
        cl.registerConverter(org.policylab.configurator.catalog.Segment.class, org.policylab.configurator.catalog.Segment::fromId);
        cl.registerConverter(org.policylab.configurator.catalog.Goal.class, org.policylab.configurator.catalog.Goal::fromId);
        cl.registerConverter(org.policylab.configurator.catalog.Level.class, org.policylab.configurator.catalog.Level::fromId);
        cl.registerConverter(org.policylab.configurator.catalog.EntryKind.class, org.policylab.configurator.catalog.EntryKind::fromId);
        cl.registerConverter(org.policylab.configurator.export.ExportFormat.class, org.policylab.configurator.export.ExportFormat::fromId);
        cl.registerConverter(org.policylab.configurator.i18n.Language.class, org.policylab.configurator.i18n.Language::fromId);
        cl.registerConverter(OutputFormat.class, OutputFormat::fromId);
        cl.setParameterExceptionHandler(Cli::badParameter);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd));
        return cl;
    }

    /** One line: what was wrong, where, and what is allowed. */
    static int badParameter(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(ex, cmd.getCommandSpec()));
        return BAD_INPUT;
    }

    static String describe(CommandLine.ParameterException ex, CommandSpec spec) {
        Throwable cause = ex.getCause();
        String name = spec.qualifiedName(" ");
        if (cause instanceof UnknownValueException u) {
            String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() + ": " : "";
            return name + ": " + option + u.getMessage();
        }
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() + ": " : "";
            return name + ": " + option + iae.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "?" : unmatched.get(0);
            if (first.startsWith("-")) {
                return name + ": unknown option '" + first + "'; allowed: " + options(spec);
            }
            if (!spec.subcommands().isEmpty()) {
                return name + ": unknown command '" + first + "'; allowed: " + String.join(", ", spec.subcommands().keySet());
            }
            return name + ": unexpected argument '" + first + "'";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return name + ": " + JsonLine.of(m.getMessage())
                    + (spec.subcommands().isEmpty() ? "" : "; commands: " + String.join(", ", spec.subcommands().keySet()));
        }
        return name + ": " + JsonLine.of(ex.getMessage());
    }

    private static String options(CommandSpec spec) {
        return spec.options().stream().map(OptionSpec::longestName).distinct().collect(Collectors.joining(", "));
    }

    static int failure(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UnknownValueException u) {
            err.println(cmd.getCommandSpec().qualifiedName(" ") + ": " + u.getMessage().replace('\n', ' '));
            return BAD_INPUT;
        }
        if (ex instanceof InputException) {
            err.println(firstLines(ex.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof OutputException || ex instanceof WorkspaceException) {
            err.println(JsonLine.of(ex.getMessage()));
            return FAILURE;
        }
        err.println(cmd.getCommandSpec().qualifiedName(" ") + ": internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + JsonLine.of(ex.getMessage())));
        return FAILURE;
    }

    /** Input errors may list several problems (one per line, as the schema check reports them). */
    private static String firstLines(String s) {
        String[] lines = s == null ? new String[] {"invalid input"} : s.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 20); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(JsonLine.of(lines[i]));
        }
        if (lines.length > 20) {
            sb.append("\n... and ").append(lines.length - 20).append(" more");
        }
        return sb.toString();
    }

    /** Output format of a command: machine-readable JSON or text for people. */
    public enum OutputFormat {
        JSON, TEXT;

        static OutputFormat fromId(String id) {
            for (OutputFormat f : values()) {
                if (f.name().equalsIgnoreCase(id)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + id + "'; allowed: json, text");
        }
    }

    /** One-line rendering of a message. */
    static final class JsonLine {
        private JsonLine() {
        }

        static String of(String s) {
            return org.policylab.configurator.io.JsonInput.oneLine(s);
        }
    }
}
