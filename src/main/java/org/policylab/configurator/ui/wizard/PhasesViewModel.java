package org.policylab.configurator.ui.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.ReviewType;

/** Step 6: the phases with their gates (the selected one edited), who reviews and how, and the governance texts. */
final class PhasesViewModel extends StepViewModel {
    final ItemList<Phase> phases = new ItemList<>(model, listeners, ProgramPassport::phases, model.selectedPhaseProperty(), this::showDraft);
    final DraftField<String> name = text(p -> phase(p, Phase::name), (p, v) -> phase(p, x -> new Phase(v, x.startYear(), x.endYear(), x.gate())));
    final DraftField<Integer> startYear = value(p -> phase(p, Phase::startYear),
            (p, v) -> v == null ? p : phase(p, x -> new Phase(x.name(), v, x.endYear(), x.gate())));
    final DraftField<Integer> endYear = value(p -> phase(p, Phase::endYear),
            (p, v) -> v == null ? p : phase(p, x -> new Phase(x.name(), x.startYear(), v, x.gate())));
    final DraftField<String> gate = text(p -> phase(p, Phase::gate), (p, v) -> phase(p, x -> new Phase(x.name(), x.startYear(), x.endYear(), v)));

    final DraftField<String> reviewBody = text(p -> p.review().body(), (p, v) -> p.withReview(p.review().withBody(v)));
    final DraftField<String> reviewFrequency = value(p -> p.review().frequency(), (p, v) -> p.withReview(p.review().withFrequency(v)));
    /** The type decides independence ({@code Review.withType}); the tick then only shows it. */
    final DraftField<ReviewType> reviewType = value(p -> p.review().type(), (p, v) -> p.withReview(p.review().withType(v)));
    final DraftField<Boolean> independent = value(p -> p.review().independent(),
            (p, v) -> p.withReview(p.review().withIndependent(Boolean.TRUE.equals(v))));

    final DraftField<String> legalGrounds = text(ProgramPassport::legalGrounds, ProgramPassport::withLegalGrounds);
    final DraftField<String> nationalPriority = text(ProgramPassport::nationalPriority, ProgramPassport::withNationalPriority);
    final DraftField<String> coExecutors = text(p -> String.join("\n", p.coExecutors()), (p, v) -> p.withCoExecutors(lines(v)));
    final DraftField<String> tasks = text(p -> String.join("\n", p.tasks()), (p, v) -> p.withTasks(lines(v)));

    PhasesViewModel(WizardModel model, Language language) {
        super(model, language);
    }

    @Override
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        phases.sync(after);
        super.passportChanged(before, after);
    }

    @Override
    protected Object typingContext() {
        return phases.index();
    }

    /** Adds a phase named by the caller (in the UI language), the year after the last, and selects it. */
    void addPhase(String name, int year) {
        model.edit(p -> p.addPhase(new Phase(name, year, year, null)));
        phases.selectLast();
    }

    void removeSelected() {
        int i = phases.index();
        if (i >= 0) {
            model.edit(p -> p.removePhase(i));
        }
    }

    private <V> V phase(ProgramPassport p, Function<Phase, V> get) {
        Phase x = phases.in(p);
        return x == null ? null : get.apply(x);
    }

    private ProgramPassport phase(ProgramPassport p, UnaryOperator<Phase> change) {
        int i = phases.index();
        return i < 0 || i >= p.phases().size() ? p : p.replacePhase(i, change.apply(p.phases().get(i)));
    }

    static List<String> lines(String v) {
        return v == null ? List.of() : Arrays.stream(v.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
