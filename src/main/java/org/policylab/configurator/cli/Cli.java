package org.policylab.configurator.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
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
        cl.registerConverter(Language.class, Cli::language);
        cl.registerConverter(OutputFormat.class, OutputFormat::fromId);
        cl.setParameterExceptionHandler(Cli::badParameter);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd, parsed == null ? new String[0] : parsed.originalArgs().toArray(String[]::new)));
        return cl;
    }

    static Language language(String id) {
        try {
            return Language.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownValueException("language", id, Language.allowed());
        }
    }

    /**
     * The language of an error line: {@code --lang} when given (even if the rest of the line could
     * not be parsed), else the saved setting of the workspace, else the OS locale.
     */
    static Messages messages(CommandLine cmd, String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            String id = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (id != null) {
                try {
                    return Messages.of(Language.fromId(id));
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        var mixin = cmd == null ? null : cmd.getCommandSpec().mixins().get("ws");
        if (mixin != null && mixin.userObject() instanceof WorkspaceOptions ws) {
            return Messages.of(ws.languageForErrors());
        }
        return Messages.of(WorkspaceOptions.savedOrLocaleLanguage());
    }

    /** One line: what was wrong, where, and what is allowed. */
    static int badParameter(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(ex, cmd.getCommandSpec(), messages(cmd, args)));
        return BAD_INPUT;
    }

    static String describe(CommandLine.ParameterException ex, CommandSpec spec, Messages m) {
        Throwable cause = ex.getCause();
        String name = spec.qualifiedName(" ");
        String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() + ": " : "";
        if (cause instanceof UnknownValueException u) {
            return name + ": " + option + u.fault().reason(m);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = JsonLine.of(unmatched.isEmpty() ? "?" : unmatched.get(0));
            if (first.startsWith("-")) {
                return name + ": " + m.get("cli.error.unknownOption", first, options(spec));
            }
            if (!spec.subcommands().isEmpty()) {
                return name + ": " + m.get("cli.error.unknownCommand", first, String.join(", ", spec.subcommands().keySet()));
            }
            return name + ": " + m.get("cli.error.unexpectedArgument", first);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String what = missing.getMissing().stream()
                    .map(a -> a instanceof OptionSpec o ? o.longestName() : a.paramLabel())
                    .collect(Collectors.joining(", "));
            return name + ": " + m.get("cli.error.missing", what)
                    + (spec.subcommands().isEmpty() ? "" : "; " + m.get("cli.error.commands", String.join(", ", spec.subcommands().keySet())));
        }
        if (MISSING_COMMAND.equals(ex.getMessage())) {
            return name + ": " + m.get("cli.error.missingCommand", String.join(", ", spec.subcommands().keySet()));
        }
        if (ex.getValue() != null && ex.getArgSpec() != null) {
            return name + ": " + option + m.get("cli.error.invalidValue", JsonLine.of(ex.getValue()));
        }
        return name + ": " + m.get("cli.error.invalid", JsonLine.of(ex.getMessage()));
    }

    /** The message of the ParameterException a command throws when it is run without a subcommand. */
    static final String MISSING_COMMAND = "missing command";

    private static String options(CommandSpec spec) {
        return spec.options().stream().map(OptionSpec::longestName).distinct().collect(Collectors.joining(", "));
    }

    static int failure(Exception ex, CommandLine cmd, String[] args) {
        PrintWriter err = cmd.getErr();
        Messages m = messages(cmd, args);
        String name = cmd.getCommandSpec().qualifiedName(" ");
        if (ex instanceof UnknownValueException u) {
            String option = u.vocabulary().startsWith("--") ? u.vocabulary() + ": " : "";
            err.println(name + ": " + option + u.fault().reason(m));
            return BAD_INPUT;
        }
        if (ex instanceof InputException in) {
            err.println(firstLines(in.message(m), m));
            return BAD_INPUT;
        }
        if (ex instanceof OutputException out) {
            err.println(out.message(m));
            return FAILURE;
        }
        if (ex instanceof WorkspaceException w) {
            err.println(w.message(m));
            return FAILURE;
        }
        err.println(name + ": " + m.get("cli.error.internal", ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + JsonLine.of(ex.getMessage()))));
        return FAILURE;
    }

    /** Input errors may list several problems (one per line, as the schema check reports them). */
    private static String firstLines(String s, Messages m) {
        String[] lines = s.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 20); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(JsonLine.of(lines[i]));
        }
        if (lines.length > 20) {
            sb.append('\n').append(m.get("cli.error.moreLines", lines.length - 20));
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
            throw new UnknownValueException("format", id, "json, text");
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

    /** Text to the terminal, or written atomically to {@code out} when a file is named. */
    static void emit(String text, java.nio.file.Path out, java.io.PrintWriter console)
            throws org.policylab.configurator.io.OutputException {
        if (out == null) {
            console.println(text);
        } else {
            org.policylab.configurator.io.AtomicFiles.write(out, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
