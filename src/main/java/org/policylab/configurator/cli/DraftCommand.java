package org.policylab.configurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.Comments;
import org.policylab.configurator.store.DraftStore;
import org.policylab.configurator.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The drafts of a workspace — the planner's own or a team's — for a ministry's IT: list, import, export. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "The drafts in the workspace (your own, or a team workspace with --workspace jdbc:postgresql://…).",
        subcommands = {DraftCommand.ListDrafts.class, DraftCommand.Import.class, DraftCommand.Export.class,
                DraftCommand.AddComment.class, DraftCommand.ListComments.class})
final class DraftCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Cli.MISSING_COMMAND);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the drafts, last saved first (json: id, title, revision, updatedBy, updatedAt, version).")
    static final class ListDrafts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Option(names = "--format", defaultValue = "text", paramLabel = "json|text")
        Cli.OutputFormat format;
        @Option(names = "--limit", paramLabel = "N", description = "Only the N drafts saved last.")
        Integer limit;

        @Override
        public Integer call() {
            try {
                ArrayNode arr = JsonInput.mapper().createArrayNode();
                var drafts = limit == null ? ws.workspace().drafts().list() : ws.workspace().drafts().list(Math.max(0, limit));
                for (DraftStore.DraftSummary d : drafts) {
                    ObjectNode o = arr.addObject();
                    o.put("id", d.id());
                    o.put("title", d.title());
                    o.put("revision", d.revision());
                    o.put("updatedBy", d.updatedBy());
                    o.put("updatedAt", d.updatedAt().toString());
                    o.put("version", d.version());
                }
                if (format == Cli.OutputFormat.JSON) {
                    spec.commandLine().getOut().println(CliJson.write(arr));
                } else {
                    arr.forEach(o -> spec.commandLine().getOut().printf("%-38s %3d  %-24s %-16s %s%n", o.path("id").asText(),
                            o.path("revision").asInt(), o.path("updatedAt").asText(), o.path("updatedBy").asText(),
                            o.path("title").asText()));
                }
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a passport file as a new draft; prints the new draft's id.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() throws InputException {
            try {
                ProgramPassport p = PassportJson.read(file);
                ProgramPassport stored = ws.workspace().drafts().importAsNew(p);
                spec.commandLine().getOut().println(stored.id());
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a draft to a passport JSON file (atomically: on failure the earlier file is kept).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--out", required = true, paramLabel = "FILE.json")
        Path out;

        @Override
        public Integer call() throws InputException, OutputException {
            try {
                ProgramPassport p = ws.workspace().drafts().load(id)
                        .orElseThrow(() -> new InputException(Fault.value("cli.draft.noDraft", id, ws.workspace().describe())));
                PassportJson.write(p, out);
                spec.commandLine().getOut().println(ws.messages().get("cli.export.done", out.toString()));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    /** Comments live on the team server only: a planner's own workspace is refused in one line (exit 2). */
    static Workspace teamWorkspace(WorkspaceOptions ws, String id) throws InputException {
        Workspace w = ws.workspace();
        if (!w.comments().available()) {
            throw new InputException(Fault.value("cli.comment.notTeam"));
        }
        if (w.drafts().peek(id).isEmpty()) {
            throw new InputException(Fault.value("cli.draft.noDraft", id, w.describe()));
        }
        return w;
    }

    @Command(name = "comment", mixinStandardHelpOptions = true,
            description = "Add a comment to a draft on a team workspace (the server records your login and the time); prints its id.")
    static final class AddComment implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() throws InputException {
            try {
                if (text.isBlank()) {
                    throw new InputException(Fault.value("cli.comment.empty"));
                }
                long n = teamWorkspace(ws, id).comments().add(id, text);
                spec.commandLine().getOut().println(n);
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "comments", mixinStandardHelpOptions = true,
            description = "List a draft's comments on a team workspace, oldest first (json: author, at, body).")
    static final class ListComments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--format", defaultValue = "text", paramLabel = "json|text")
        Cli.OutputFormat format;

        @Override
        public Integer call() throws InputException {
            try {
                ArrayNode arr = JsonInput.mapper().createArrayNode();
                for (Comments.Comment c : teamWorkspace(ws, id).comments().list(id)) {
                    ObjectNode o = arr.addObject();
                    o.put("author", c.author());
                    o.put("at", c.at().toString());
                    o.put("body", c.body());
                }
                if (format == Cli.OutputFormat.JSON) {
                    spec.commandLine().getOut().println(CliJson.write(arr));
                } else {
                    arr.forEach(o -> spec.commandLine().getOut().printf("%s  %s  %s%n", o.path("at").asText(),
                            o.path("author").asText(), o.path("body").asText()));
                }
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }
}
