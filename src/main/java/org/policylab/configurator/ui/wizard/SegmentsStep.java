package org.policylab.configurator.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Ui;

/** Step 3: which firms the program targets, with what each segment needs (seed 003). */
final class SegmentsStep extends StepView {
    private final SegmentsViewModel vm;

    SegmentsStep(WizardModel model, Messages m) {
        super(model, m);
        this.vm = new SegmentsViewModel(model, m.language());
    }

    @Override
    SegmentsViewModel viewModel() {
        return vm;
    }

    @Override
    WizardStep step() {
        return WizardStep.SEGMENTS;
    }

    @Override
    protected Node create() {
        VBox boxes = new VBox(10);
        boxes.setId("field-context-segments");
        for (Segment s : Segment.values()) {
            CheckBox cb = new CheckBox(m.get(s.messageKey()));
            cb.setId("segment-" + s.id());
            cb.setUserData(s);
            Ui.explain(cb, m, "segment");
            bind(cb, vm.chosen(s));
            var help = Ui.hint(m.get(s.messageKey() + ".help"));
            help.setPadding(new javafx.geometry.Insets(0, 0, 6, 26));
            boxes.getChildren().addAll(cb, help);
        }
        return new VBox(12, Ui.heading(m.get("wizard.step.segments")), Ui.hint(m.get("wizard.segments.hint")), boxes);
    }
}
