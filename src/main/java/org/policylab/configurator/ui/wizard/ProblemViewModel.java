package org.policylab.configurator.ui.wizard;

import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.InstructingDocument;
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
    /** The review of international experience: a concept prints it as a section of its own, the others in the analysis. */
    final DraftField<String> internationalExperience = text(ProgramPassport::internationalExperience,
            ProgramPassport::withInternationalExperience);

    /** The document of the state planning system the passport is: its sections follow the type. */
    final DraftField<org.policylab.configurator.passport.DocumentType> documentType = value(ProgramPassport::documentType,
            ProgramPassport::withDocumentType);
    final DraftField<String> developer = text(ProgramPassport::developer, ProgramPassport::withDeveloper);
    /** One executor per line. */
    final DraftField<String> responsibleExecutors = text(p -> String.join("\n", p.responsibleExecutors()),
            (p, v) -> p.withResponsibleExecutors(PhasesViewModel.lines(v)));
    final DraftField<String> instructionIssuedBy = text(p -> instruction(p).issuedBy(),
            (p, v) -> withInstruction(p, new InstructingDocument(v, instruction(p).title(), instruction(p).number(), instruction(p).date())));
    final DraftField<String> instructionTitle = text(p -> instruction(p).title(),
            (p, v) -> withInstruction(p, new InstructingDocument(instruction(p).issuedBy(), v, instruction(p).number(), instruction(p).date())));
    final DraftField<String> instructionNumber = text(p -> instruction(p).number(),
            (p, v) -> withInstruction(p, new InstructingDocument(instruction(p).issuedBy(), instruction(p).title(), v, instruction(p).date())));
    final DraftField<String> instructionDate = text(p -> instruction(p).date(),
            (p, v) -> withInstruction(p, new InstructingDocument(instruction(p).issuedBy(), instruction(p).title(), instruction(p).number(), v)));

    ProblemViewModel(WizardModel model, Language language) {
        super(model, language);
    }

    private static InstructingDocument instruction(ProgramPassport p) {
        return p.instruction() == null ? new InstructingDocument(null, null, null, null) : p.instruction();
    }

    /** An instructing document with nothing in it is no instructing document. */
    private static ProgramPassport withInstruction(ProgramPassport p, InstructingDocument d) {
        boolean empty = d.issuedBy() == null && d.title() == null && d.number() == null && d.date() == null;
        return p.withInstruction(empty ? null : d);
    }

    java.util.List<Problem> problems() {
        return catalog().problems();
    }
}
