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
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.PassportDocument;
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
        prepareFirstDocument(format.get());
        format.addListener((o, a, b) -> {
            if (b != null) {
                prepareFirstDocument(b);
                String t = path.get() == null ? "" : path.get();
                int dot = t.lastIndexOf('.');
                path.set((dot > 0 ? t.substring(0, dot) : t) + "." + b.extension());
            }
        });
    }

    /**
     * What a first document of the format needs is made meanwhile, off the FX thread: a PDF's fonts, and a rehearsal of
     * the passport as it stands, so that the planner's first PDF runs code already compiled (issue 16).
     */
    private void prepareFirstDocument(ExportFormat f) {
        Exporter.prepare(f);
        if (f == ExportFormat.PDF) {
            ProgramPassport p = passport();
            var catalog = catalog();
            Language l = documentLanguage.get();
            Exporter.rehearse(() -> PassportDocument.of(p, catalog, l));
        }
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
        ProgramPassport p = draft.withCatalogVersion(catalog().version());
        Path out = Path.of(path.get().trim());
        ExportFormat f = format.get();
        Language l = documentLanguage.get();
        var catalog = catalog();
        running.set(true);
        written.set(null);
        failure.set(null);
        model.services().runner().run(() -> {
            model.services().exporter().export(PassportDocument.of(p, catalog, l), f, out);
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
