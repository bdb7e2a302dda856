package org.policylab.configurator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "policy-configurator", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Design state support programs: suggest instruments and KPIs for a diagnosed problem,",
                "check a program passport against the pitfalls of industrial policy, and export it.",
                "Without a command the window opens."},
        footer = {"", "Exit codes: 0 ok, 1 findings with errors (check), 2 bad input, 3 failure.",
                "The workspace lives in the OS user-data folder, or in $POLICY_CONFIGURATOR_HOME;",
                "a team workspace is named by --workspace or $POLICY_CONFIGURATOR_WORKSPACE (jdbc:postgresql://host:5432/db)."})
public final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Cli.MISSING_COMMAND);
    }
}
