package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A diagnosed problem a program sets out to solve (seed 003: diagnose before launching). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String id,
        LocalizedText name,
        LocalizedText description,
        List<LocalizedText> symptoms,
        List<LocalizedText> rootCauses,
        List<LocalizedText> diagnosticQuestions,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<String> instruments,
        List<String> kpis,
        List<SystemElement> systemElements,
        boolean systemPackage,
        boolean capabilityProblem,
        List<String> seeds,
        List<Answer> answers) implements CatalogEntry {

    /**
     * {@code answers} is the source of truth: the instruments that answer the problem, with their strength and seed.
     * {@code instruments} is the plain list of their ids: read from older catalog files, which give only it (their
     * instruments then answer as {@link Strength#STRONG}), and never written.
     */
    public Problem {
        symptoms = Lists.copy(symptoms);
        rootCauses = Lists.copy(rootCauses);
        diagnosticQuestions = Lists.copy(diagnosticQuestions);
        answers = Lists.copy(answers);
        if (answers.isEmpty() && instruments != null && !instruments.isEmpty()) {
            answers = instruments.stream().map(x -> new Answer(x, Strength.STRONG, null)).toList();
        }
        instruments = answers.stream().map(Answer::instrument).toList();
        kpis = Lists.copy(kpis);
        systemElements = Lists.copy(systemElements);
        seeds = Lists.copy(seeds);
    }

    /** How strongly the instrument answers this problem, if it does. */
    public Optional<Answer> answer(String instrumentId) {
        return answers.stream().filter(a -> a.instrument().equals(instrumentId)).findFirst();
    }
}
