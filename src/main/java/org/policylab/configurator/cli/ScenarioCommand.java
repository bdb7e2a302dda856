package org.policylab.configurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "The demo scenarios that ship with the app: complete passports drawn from the seed articles.",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class, ScenarioCommand.Export.class})
final class ScenarioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    /** Scenarios speak the asked language, else English (their titles are the same program in any language). */
    static org.policylab.configurator.i18n.Language language(WorkspaceOptions ws) {
        return ws.lang != null ? ws.lang : org.policylab.configurator.i18n.Language.EN;
    }

    static ProgramPassport load(WorkspaceOptions ws, String id) throws InputException {
        return ScenarioLibrary.shipped().load(id, language(ws));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios.")
    static final class ListScenarios implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Option(names = "--format", defaultValue = "text", paramLabel = "json|text")
        Cli.OutputFormat format;

        @Override
        public Integer call() throws InputException {
            ScenarioLibrary lib = ScenarioLibrary.shipped();
            ArrayNode arr = JsonInput.mapper().createArrayNode();
            for (ScenarioLibrary.Scenario s : lib.list()) {
                ObjectNode o = arr.addObject();
                o.put("id", s.id());
                o.put("title", load(ws, s.id()).title());
            }
            if (format == Cli.OutputFormat.JSON) {
                spec.commandLine().getOut().println(CliJson.write(arr));
            } else {
                arr.forEach(o -> spec.commandLine().getOut().printf("%-28s %s%n", o.path("id").asText(), o.path("title").asText()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a scenario's passport (JSON).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws InputException {
            ProgramPassport p = load(ws, id);
            spec.commandLine().getOut().println(PassportJson.toJson(p));
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a scenario's passport to a JSON file.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() throws InputException, OutputException {
            ProgramPassport p = load(ws, id);
            PassportJson.write(p, out);
            spec.commandLine().getOut().println(org.policylab.configurator.i18n.Messages.of(language(ws))
                    .get("cli.scenario.written", out.toString()));
            return Cli.OK;
        }
    }
}
