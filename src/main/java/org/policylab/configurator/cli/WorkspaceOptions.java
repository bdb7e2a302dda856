package org.policylab.configurator.cli;

import java.util.Locale;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.Settings;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.store.WorkspaceLocation;
import picocli.CommandLine.Option;

/** Options every command shares: the language of its output, and access to the workspace. */
class WorkspaceOptions {
    @Option(names = "--lang", paramLabel = "en|ru|kk", description = "Language of names and sentences (default: saved setting, else OS locale, else en).")
    Language lang;

    @Option(names = "--workspace", paramLabel = "FOLDER|jdbc:postgresql://HOST:PORT/DB",
            description = "The workspace: a folder, or a team workspace's JDBC URL (default: $POLICY_CONFIGURATOR_WORKSPACE,"
                    + " else $POLICY_CONFIGURATOR_HOME, else the user-data folder). The password comes from PGPASSWORD or ~/.pgpass.")
    String workspace;

    private Workspace opened;

    Workspace workspace() {
        if (opened == null) {
            opened = workspace != null ? Workspace.open(workspace) : Workspace.open();
        }
        return opened;
    }

    Catalog catalog() {
        return workspace().catalog();
    }

    private Language resolved;

    Language language() {
        if (lang != null) {
            return lang;
        }
        if (resolved == null) {
            resolved = workspace().settings().get(Settings.LANGUAGE).map(Language::fromId)
                    .orElse(Language.fromLocale(Locale.getDefault()));
        }
        return resolved;
    }

    /** The language of an error line: as {@link #language()}, but never failing (the workspace may be the error). */
    Language languageForErrors() {
        return lang != null ? lang : resolved != null ? resolved : savedOrLocaleLanguage();
    }

    /** The saved language when the workspace can be read, else the OS locale's. */
    static Language savedOrLocaleLanguage() {
        if (org.policylab.configurator.store.TeamAddress.isTeamUrl(WorkspaceLocation.workspaceVariable())) {
            // an error line does not wait for a server that may be the error
            return Language.fromLocale(Locale.getDefault());
        }
        try (Workspace w = Workspace.open()) {
            return w.settings().get(Settings.LANGUAGE).map(Language::fromId).orElse(Language.fromLocale(Locale.getDefault()));
        } catch (RuntimeException e) {
            return Language.fromLocale(Locale.getDefault());
        }
    }

    Messages messages() {
        return Messages.of(language());
    }

    void close() {
        if (opened != null) {
            opened.close();
        }
    }
}
