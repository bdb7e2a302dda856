package org.policylab.configurator.ui.wizard;

import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/** Step 1: the title, the responsible body, the problem picked from the catalog and its diagnosis. */
final class ProblemViewModel extends StepViewModel {
    final DraftField<String> title = text(ProgramPassport::title, ProgramPassport::withTitle);
    final DraftField<String> responsibleBody = text(ProgramPassport::responsibleBody, ProgramPassport::withResponsibleBody);
    /** The problem as the list shows it; null clears the list's selection (undo of a pick). */
    final DraftField<Problem> problem = value(p -> catalog().problem(p.diagnosis().problem()).orElse(null),
            (p, v) -> v == null ? p : p.withDiagnosis(p.diagnosis().withProblem(v.id())));
    final DraftField<String> statement = text(p -> p.diagnosis().statement(), (p, v) -> p.withDiagnosis(p.diagnosis().withStatement(v)));
    final DraftField<String> targetChange = text(p -> p.diagnosis().targetChange(),
            (p, v) -> p.withDiagnosis(p.diagnosis().withTargetChange(v)));
    final DraftField<String> successMeasure = text(p -> p.diagnosis().successMeasure(),
            (p, v) -> p.withDiagnosis(p.diagnosis().withSuccessMeasure(v)));
    final DraftField<String> readiness = text(p -> p.diagnosis().readiness(), (p, v) -> p.withDiagnosis(p.diagnosis().withReadiness(v)));
    final DraftField<String> evidence = text(p -> p.diagnosis().evidence(), (p, v) -> p.withDiagnosis(p.diagnosis().withEvidence(v)));

    ProblemViewModel(WizardModel model, Language language) {
        super(model, language);
    }

    java.util.List<Problem> problems() {
        return catalog().problems();
    }
}
