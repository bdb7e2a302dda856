package org.policylab.configurator.ui.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.FileNames;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Step 8: where, in which format and language the passport is written; the export runs off the
 * FX thread. Path, format and language live in the wizard model, so a language switch keeps them.
 */
final class ExportViewModel extends StepViewModel {
    final ObjectProperty<ExportFormat> format;
    final ObjectProperty<Language> documentLanguage;
    final ObjectProperty<String> path;
    final BooleanProperty running = new SimpleBooleanProperty(false);
    /** The outcome of the last export: the file written, or why not. */
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    final ObjectProperty<String> failure = new SimpleObjectProperty<>();
    private final Consumer<Path> onExported;

    ExportViewModel(WizardModel model, Language language, Consumer<Path> onExported) {
        super(model, language);
        this.onExported = onExported;
        if (model.exportFormatProperty().get() == null) {
            List<ExportFormat> all = formats();
            model.exportFormatProperty().set(all.contains(ExportFormat.JSON) ? ExportFormat.JSON : all.get(0));
        }
        if (model.exportLanguageProperty().get() == null) {
            model.exportLanguageProperty().set(language);
        }
        if (model.exportPathProperty().get() == null) {
            model.exportPathProperty().set(suggestedPath(passport(), model.exportFormatProperty().get()));
        }
        format = mirror(model.exportFormatProperty());
        documentLanguage = mirror(model.exportLanguageProperty());
        path = mirror(model.exportPathProperty());
        // a new format keeps the file's name and changes its extension
        format.addListener((o, a, b) -> {
            if (b != null) {
                String t = path.get() == null ? "" : path.get();
                int dot = t.lastIndexOf('.');
                path.set((dot > 0 ? t.substring(0, dot) : t) + "." + b.extension());
                renderAhead();
            }
        });
        documentLanguage.addListener((o, a, b) -> renderAhead());
    }

    /** Whether the step is on screen: while it is, the document as it stands is written ahead. */
    private boolean showing;

    /** The step came on screen, or went. */
    void showing(boolean on) {
        showing = on;
        renderAhead();
    }

    @Override
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        super.passportChanged(before, after);
        renderAhead(); // an undo, a colleague's version shown: the document to export is another
    }

    /**
     * While the planner looks at the step, the document the Export button would write is written in memory off the FX
     * thread (issue 16): the export then puts it in the file at once, a first PDF included, which takes over a second
     * of compiling in a new window. The export writes its own when anything changed since.
     */
    private void renderAhead() {
        if (showing && format.get() != null && documentLanguage.get() != null) {
            model.services().exporter().renderAhead(asExported(passport()), catalog(), documentLanguage.get(), format.get());
        }
    }

    /** The draft as its document shows it: with the version of the catalog it was checked against. */
    private ProgramPassport asExported(ProgramPassport draft) {
        return draft.withCatalogVersion(catalog().version());
    }

    List<ExportFormat> formats() {
        return model.services().exporter().formats();
    }

    static String suggestedPath(ProgramPassport p, ExportFormat f) {
        Path dir = Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(dir.resolve("Documents"))) {
            dir = dir.resolve("Documents");
        }
        return dir.resolve(FileNames.forTitle(p.title()) + "." + f.extension()).toString();
    }

    /** Writes the passport as it stands now, in the background; {@link #written} or {@link #failure} says how it went. */
    void export() {
        ProgramPassport draft = passport();
        ProgramPassport p = asExported(draft);
        Path out = Path.of(path.get().trim());
        ExportFormat f = format.get();
        Language l = documentLanguage.get();
        var catalog = catalog();
        running.set(true);
        written.set(null);
        failure.set(null);
        model.services().runner().run(() -> {
            model.services().exporter().export(p, catalog, l, f, out);
            return out;
        }, done -> {
            running.set(false);
            written.set(done);
            model.exported(draft);
            onExported.accept(done);
        }, err -> {
            running.set(false);
            failure.set(org.policylab.configurator.ui.common.ErrorText.of(err, org.policylab.configurator.i18n.Messages.of(language)));
        });
    }
}
