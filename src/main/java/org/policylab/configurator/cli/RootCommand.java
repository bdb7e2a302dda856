package org.policylab.configurator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The program without a command. Its description and footer in {@code --help} are the messages {@code cli.help.description}
 * and {@code cli.help.footer}, in the language of the line (Cli.rootHelp).
 */
@Command(name = "policy-configurator", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Cli.MISSING_COMMAND);
    }
}
