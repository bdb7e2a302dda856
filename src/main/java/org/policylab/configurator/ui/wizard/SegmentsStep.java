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
    SegmentsStep(WizardModel model, Messages m) {
        super(model, m);
    }

    @Override
    WizardStep step() {
        return WizardStep.SEGMENTS;
    }

    @Override
    protected Node create() {
        VBox boxes = new VBox(10);
        boxes.setId("field-context-segments");
        List<CheckBox> checks = new ArrayList<>();
        for (Segment s : Segment.values()) {
            CheckBox cb = new CheckBox(m.get(s.messageKey()));
            cb.setId("segment-" + s.id());
            cb.setUserData(s);
            cb.setSelected(passport().context().segments().contains(s));
            Ui.explain(cb, m, "segment");
            cb.selectedProperty().addListener((o, a, b) -> {
                List<Segment> chosen = checks.stream().filter(CheckBox::isSelected).map(c -> (Segment) c.getUserData()).toList();
                if (!chosen.equals(passport().context().segments())) {
                    edit(p -> p.withContext(p.context().withSegments(chosen)));
                }
            });
            checks.add(cb);
            var help = Ui.hint(m.get(s.messageKey() + ".help"));
            help.setPadding(new javafx.geometry.Insets(0, 0, 6, 26));
            boxes.getChildren().addAll(cb, help);
        }
        model.passportProperty().addListener((o, a, b) -> checks.forEach(c ->
                c.setSelected(b.context().segments().contains((Segment) c.getUserData()))));
        return new VBox(12, Ui.heading(m.get("wizard.step.segments")), Ui.hint(m.get("wizard.segments.hint")), boxes);
    }
}
