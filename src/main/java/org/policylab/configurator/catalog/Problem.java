package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A diagnosed problem a program sets out to solve (seed 003: diagnose before launching). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String id,
        LocalizedText name,
        LocalizedText description,
        List<LocalizedText> symptoms,
        List<LocalizedText> rootCauses,
        List<LocalizedText> diagnosticQuestions,
        List<String> instruments,
        List<String> kpis,
        List<SystemElement> systemElements,
        boolean systemPackage,
        boolean capabilityProblem,
        List<String> seeds) implements CatalogEntry {

    public Problem {
        symptoms = Lists.copy(symptoms);
        rootCauses = Lists.copy(rootCauses);
        diagnosticQuestions = Lists.copy(diagnosticQuestions);
        instruments = Lists.copy(instruments);
        kpis = Lists.copy(kpis);
        systemElements = Lists.copy(systemElements);
        seeds = Lists.copy(seeds);
    }
}
