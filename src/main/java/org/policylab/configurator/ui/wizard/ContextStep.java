package org.policylab.configurator.ui.wizard;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 2: sector, lifecycle stage (each explained), region with adjustable levels, strategic goal. */
final class ContextStep extends StepView {
    private final ContextViewModel vm;

    ContextStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new ContextViewModel(model, m.language());
    }

    @Override
    ContextViewModel viewModel() {
        return vm;
    }

    @Override
    WizardStep step() {
        return WizardStep.CONTEXT;
    }

    @Override
    protected Node create() {
        ComboBox<Sector> sector = entryBox(vm.sectors());
        sector.setId("field-context-sector");
        bind(sector, vm.sector);
        Label sectorInfo = Ui.hint("");
        sectorInfo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> sector.getValue() == null ? "" : sector.getValue().description().in(m.language()), sector.valueProperty()));

        ToggleGroup stages = new ToggleGroup();
        VBox stageBox = new VBox(8);
        stageBox.setId("field-context-stage");
        for (Stage s : Stage.values()) {
            RadioButton rb = new RadioButton(m.get(s.messageKey()));
            rb.setId("stage-" + s.id());
            rb.setToggleGroup(stages);
            rb.setUserData(s);
            Ui.explain(rb, m, "stage");
            Label help = Ui.hint(m.get(s.messageKey() + ".help"));
            help.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
            stageBox.getChildren().addAll(rb, help);
        }
        // the radio buttons show the draft's stage (none after undo); a click picks one
        Runnable showStage = () -> stages.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.stage.get()));
        showStage.run();
        vm.stage.valueProperty().addListener((o, a, b) -> showStage.run());
        stages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.stage.set((Stage) b.getUserData());
            }
        });

        ComboBox<Region> region = entryBox(vm.regions());
        region.setId("field-context-region");
        bind(region, vm.region);
        ComboBox<Level> infra = vocabBox(Level.values());
        infra.setId("field-context-infrastructure");
        Ui.explain(infra, m, "infrastructure");
        bind(infra, vm.infrastructure);
        ComboBox<Level> talent = vocabBox(Level.values());
        talent.setId("field-context-talent");
        Ui.explain(talent, m, "talent");
        bind(talent, vm.talent);

        ComboBox<Goal> goal = vocabBox(Goal.values());
        goal.setId("field-context-goal");
        bind(goal, vm.goal);
        validate(goal, "/context/goal");

        GridPane grid = ProblemStep.form();
        int r = 0;
        grid.addRow(r++, Ui.label(m.get("wizard.context.sector"), sector), sector);
        grid.addRow(r++, new Label(), sectorInfo);
        grid.addRow(r++, Ui.explain(Ui.label(m.get("wizard.context.stage"), stageBox), m, "stage"), stageBox);
        grid.addRow(r++, Ui.label(m.get("wizard.context.region"), region), region);
        HBox levels = new HBox(10, new Label(m.get("wizard.context.infrastructure")), infra,
                new Label(m.get("wizard.context.talent")), talent);
        levels.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(r++, new Label(), levels);
        grid.addRow(r, Ui.label(m.get("wizard.context.goal"), goal), goal);
        return new VBox(12, Ui.heading(m.get("wizard.step.context")), Ui.hint(m.get("wizard.context.hint")), grid);
    }

    <T extends CatalogEntry> ComboBox<T> entryBox(java.util.List<T> items) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.name().in(m.language());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    <T extends Vocabulary> ComboBox<T> vocabBox(T[] values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        Ui.showAs(box, t -> m.get(t.messageKey()));
        return box;
    }
}
