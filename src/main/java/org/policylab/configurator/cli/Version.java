package org.policylab.configurator.cli;

import org.policylab.configurator.io.AppVersion;
import picocli.CommandLine;

/** {@code --version}. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Policy Configurator " + AppVersion.current()};
    }
}
