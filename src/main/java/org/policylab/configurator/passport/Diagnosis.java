package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The problem diagnosis (seed 003: diagnose before launching) with seed 002's questions:
 * what change are we targeting ({@code targetChange}), how will we know it worked
 * ({@code evidence} of the problem and {@code successMeasure}), who is ready to lead
 * ({@code readiness}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Diagnosis(String problem, String statement, String targetChange, String evidence,
                        String successMeasure, String readiness) {
    public static Diagnosis empty() {
        return new Diagnosis(null, null, null, null, null, null);
    }

    public Diagnosis withProblem(String id) {
        return new Diagnosis(id, statement, targetChange, evidence, successMeasure, readiness);
    }

    public Diagnosis withStatement(String s) {
        return new Diagnosis(problem, s, targetChange, evidence, successMeasure, readiness);
    }

    public Diagnosis withTargetChange(String s) {
        return new Diagnosis(problem, statement, s, evidence, successMeasure, readiness);
    }

    public Diagnosis withEvidence(String s) {
        return new Diagnosis(problem, statement, targetChange, s, successMeasure, readiness);
    }

    public Diagnosis withSuccessMeasure(String s) {
        return new Diagnosis(problem, statement, targetChange, evidence, s, readiness);
    }

    public Diagnosis withReadiness(String s) {
        return new Diagnosis(problem, statement, targetChange, evidence, successMeasure, s);
    }
}
