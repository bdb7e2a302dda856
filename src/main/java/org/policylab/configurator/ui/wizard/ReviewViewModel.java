package org.policylab.configurator.ui.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.engine.ResultsChain;
import org.policylab.configurator.i18n.Language;

/** Step 7: the findings of the design checks, the program's metrics and its results chain, following the draft. */
final class ReviewViewModel extends StepViewModel {
    final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(model.findingsProperty().get());
    final ObjectProperty<ProgramMetrics> metrics = new SimpleObjectProperty<>();
    final ObjectProperty<ResultsChain> chain = new SimpleObjectProperty<>();

    ReviewViewModel(WizardModel model, Language language) {
        super(model, language);
        listeners.on(model.findingsProperty(), (o, a, b) -> findings.set(b));
        compute();
    }

    @Override
    protected void passportChanged(org.policylab.configurator.passport.ProgramPassport before,
                                   org.policylab.configurator.passport.ProgramPassport after) {
        super.passportChanged(before, after);
        compute();
    }

    private void compute() {
        metrics.set(ProgramMetrics.of(passport(), catalog()));
        chain.set(ResultsChain.of(passport(), catalog()));
    }

    /** The problem's name for the chain: the catalog's, else the planner's statement, else a dash. */
    String problemName() {
        return catalog().problem(passport().diagnosis().problem()).map(p -> p.name().in(language))
                .orElse(java.util.Optional.ofNullable(passport().diagnosis().statement()).orElse("—"));
    }
}
