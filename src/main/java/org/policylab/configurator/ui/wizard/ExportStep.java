package org.policylab.configurator.ui.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.PassportDocument;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.FileNames;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 8: export the passport in a format and language, in the background, with progress. */
final class ExportStep extends StepView {
    private final ExportViewModel vm;

    ExportStep(WizardModel model, Messages m, Consumer<Path> onExported) {
        super(model, m);
        this.vm = new ExportViewModel(model, m.language(), onExported);
    }

    @Override
    ExportViewModel viewModel() {
        return vm;
    }

    @Override
    WizardStep step() {
        return WizardStep.EXPORT;
    }

    @Override
    protected Node create() {
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(vm.formats()));
        format.setId("export-format");
        Ui.showAs(format, f -> m.get("export.format." + f.id()));
        format.valueProperty().bindBidirectional(vm.format);
        ComboBox<Language> lang = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        lang.setId("export-language");
        Ui.showAs(lang, l -> m.get("language." + l.id()));
        lang.valueProperty().bindBidirectional(vm.documentLanguage);

        TextField path = new TextField();
        path.setId("export-path");
        path.textProperty().bindBidirectional(vm.path);
        Button browse = Ui.button(m.get("export.browse"), () -> {
            FileChooser fc = new FileChooser();
            Path current = Path.of(path.getText());
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                fc.setInitialDirectory(current.getParent().toFile());
            }
            fc.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
            var f = fc.showSaveDialog(path.getScene().getWindow());
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        browse.setId("export-browse");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("export-progress");
        progress.setPrefSize(28, 28);
        Label result = new Label();
        result.setId("export-result");
        result.setWrapText(true);
        Button export = Ui.button(m.get("export.run"), () -> { });
        export.setId("export-run");
        export.getStyleClass().add("accent");
        export.setOnAction(e -> vm.export());
        progress.visibleProperty().bind(vm.running);
        export.disableProperty().bind(vm.running);
        Runnable outcome = () -> {
            if (vm.running.get()) {
                result.getStyleClass().setAll("label");
                result.setText(m.get("export.running"));
            } else if (vm.written.get() != null) {
                result.getStyleClass().setAll("label", "finding-ok");
                result.setText(m.get("export.done", vm.written.get().toString()));
            } else if (vm.failure.get() != null) {
                result.getStyleClass().setAll("label", "finding-error");
                result.setText(vm.failure.get());
            } else {
                result.setText("");
            }
        };
        vm.running.addListener((o, a, b) -> outcome.run());
        vm.written.addListener((o, a, b) -> outcome.run());
        vm.failure.addListener((o, a, b) -> outcome.run());
        outcome.run();

        GridPane g = ProblemStep.form();
        g.addRow(0, Ui.label(m.get("export.format"), format), format);
        g.addRow(1, Ui.label(m.get("export.language"), lang), lang);
        HBox where = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        g.addRow(2, Ui.label(m.get("export.path"), path), where);
        HBox run = new HBox(12, export, progress);
        run.setAlignment(Pos.CENTER_LEFT);
        g.addRow(3, new Label(), run);
        g.addRow(4, new Label(), result);
        VBox root = new VBox(12, Ui.heading(m.get("wizard.step.export")), Ui.hint(m.get("export.hint")), g);
        root.sceneProperty().addListener((o, a, b) -> vm.showing(b != null));
        return root;
    }
}
