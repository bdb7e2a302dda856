package org.policylab.configurator.cli;

import java.util.concurrent.Callable;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.store.TeamAddress;
import org.policylab.configurator.store.TeamSchema;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.store.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Setting up a team workspace on PostgreSQL, for a ministry's IT (run as a login that may create roles). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Set up a team workspace on a PostgreSQL 15+ server (--workspace jdbc:postgresql://host:5432/db).",
        subcommands = {TeamCommand.Init.class, TeamCommand.Grant.class})
final class TeamCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Cli.MISSING_COMMAND);
    }

    static TeamAddress address(WorkspaceOptions ws) throws InputException {
        String url = ws.workspace != null ? ws.workspace : WorkspaceLocation.workspaceVariable();
        if (!TeamAddress.isTeamUrl(url)) {
            throw new InputException(Fault.value("cli.team.notTeam"));
        }
        return TeamAddress.parse(url);
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create or upgrade the schema, the roles policy_planner, policy_reviewer and policy_catalog_editor,",
                    "their grants, the audit trail, and seed the shipped catalog. Safe to run again."})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;

        @Override
        public Integer call() throws InputException {
            TeamAddress a = address(ws);
            try (Workspace w = Workspace.initTeam(a)) {
                spec.commandLine().getOut().println(ws.messages().get("cli.team.ready", a.where(), w.schemaVersion(),
                        String.join(", ", TeamSchema.PLANNER, TeamSchema.REVIEWER, TeamSchema.EDITOR)));
            }
            return Cli.OK;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Give an existing login one of the roles: planner, reviewer or catalog-editor.")
    static final class Grant implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;
        @Parameters(index = "1", paramLabel = "planner|reviewer|catalog-editor")
        String role;

        @Override
        public Integer call() throws InputException {
            if (!TeamSchema.ROLES.containsKey(role)) {
                throw new UnknownValueException("role", role, "planner, reviewer, catalog-editor");
            }
            TeamAddress a = address(ws);
            try (Workspace w = Workspace.openTeam(a, false)) {
                w.grantTeamRole(login, role);
                spec.commandLine().getOut().println(ws.messages().get("cli.team.granted", login, role, a.where()));
            }
            return Cli.OK;
        }
    }
}
