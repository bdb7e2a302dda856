package org.policylab.configurator.passport;

/** The steps a planner walks through to draft a passport, in order. */
public enum WizardStep {
    PROBLEM, CONTEXT, SEGMENTS, INSTRUMENTS, KPIS, PHASES, REVIEW, EXPORT;

    /** Message key of the step's title, e.g. {@code wizard.step.problem}. */
    public String titleKey() {
        return "wizard.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
