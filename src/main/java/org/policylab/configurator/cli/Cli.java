package org.policylab.configurator.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.Fault;
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
        CommandLine cl = commandLine(out, err, args);
        return cl.execute(args);
    }

    /** The commands' names, in the order {@code --help} lists them. */
    static final List<String> COMMANDS = List.of("recommend", "check", "export", "compare", "catalog", "scenario", "monitor",
            "diff", "draft", "team");

    /**
     * A new command object by its name. A switch and not a list of classes: a class named in code is loaded only when
     * its branch runs, so a command loads no other command's classes (LazyLoadingTest).
     */
    static Object command(String name) {
        return switch (name) {
            case "recommend" -> new RecommendCommand();
            case "check" -> new CheckCommand();
            case "export" -> new ExportCommand();
            case "compare" -> new CompareCommand();
            case "catalog" -> new CatalogCommand();
            case "scenario" -> new ScenarioCommand();
            case "monitor" -> new MonitorCommand();
            case "diff" -> new DiffCommand();
            case "draft" -> new DraftCommand();
            case "team" -> new TeamCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The command line with every command (what {@code --help} lists). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * The command line for these arguments. picocli builds a command's model by reflection over its classes, which was
     * a tenth of a cold {@code export} when it built all ten (issue 16): when the first argument names a command, only
     * that one is built; anything else (no command, {@code --help}, a mistyped name) gets all of them, so the help and
     * the "did you mean" of a wrong name are as before.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cl = new CommandLine(new RootCommand());
        boolean one = args.length > 0 && COMMANDS.contains(args[0]);
        for (String name : one ? List.of(args[0]) : COMMANDS) {
            cl.addSubcommand(name, command(name));
        }
        rootHelp(cl, args);
        // after the commands: what is set here reaches only the commands present
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

    /**
     * The description and footer of {@code --help} in the language of the line ({@code --lang}, else the saved or the
     * OS language): one sentence a line, each wrapped by itself. Rendered only when the usage is printed, so no other
     * command reads the language for it. Set on the root alone: a command's help keeps its own description.
     */
    private static void rootHelp(CommandLine cl, String[] args) {
        var usage = cl.getCommandSpec().usageMessage();
        var sections = new java.util.LinkedHashMap<>(usage.sectionMap());
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> helpLines(help, "cli.help.description", args));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> System.lineSeparator()
                + helpLines(help, "cli.help.footer", args));
        usage.sectionMap(sections);
    }

    private static String helpLines(CommandLine.Help help, String key, String[] args) {
        String[] lines = messages(null, args).get(key).split("\n");
        var usage = help.commandSpec().usageMessage();
        return CommandLine.Help.join(help.ansi(), usage.width(), usage.adjustLineBreaksForWideCJKCharacters(), lines,
                new StringBuilder()).toString();
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
            // a fault in a file names the file; one about a value given to the command (an unknown scenario id, say)
            // names the command, as a bad option value does; a sentence given as it is says where itself
            err.println(firstLines(in.faults().stream()
                    .map(f -> f.file() == null && f.pointer() == null && !Fault.VERBATIM.equals(f.key())
                            ? name + ": " + f.render(m) : f.render(m))
                    .collect(Collectors.joining("\n")), m));
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

    /**
     * Input errors may list several problems (one per line, as the schema check reports them). Each line is a rendered
     * {@link org.policylab.configurator.io.Fault}, whose parts from the user are shortened already: the line is not
     * shortened again, so the allowed values at its end are all shown.
     */
    private static String firstLines(String s, Messages m) {
        String[] lines = s.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 20); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(org.policylab.configurator.io.JsonInput.flatten(lines[i]));
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
