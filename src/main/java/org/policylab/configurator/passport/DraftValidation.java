package org.policylab.configurator.passport;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a wizard step from being complete: the passport's own shape, not its policy
 * quality (that is {@code engine.DesignChecks}). Each problem names the field (a JSON pointer)
 * and a message key; the window shows them next to the field and disables Next.
 */
public final class DraftValidation {
    private DraftValidation() {
    }

    /** A field that blocks a step. */
    public record FieldError(String pointer, String messageKey) {
    }

    public static List<FieldError> errors(ProgramPassport p, WizardStep step) {
        List<FieldError> out = new ArrayList<>();
        switch (step) {
            case PROBLEM -> {
                if (blank(p.title())) {
                    out.add(new FieldError("/title", "validation.title.required"));
                }
                if (blank(p.diagnosis().problem()) && blank(p.diagnosis().statement())) {
                    out.add(new FieldError("/diagnosis/problem", "validation.problem.required"));
                }
            }
            case CONTEXT -> {
                if (p.context().stage() == null) {
                    out.add(new FieldError("/context/stage", "validation.stage.required"));
                }
                if (p.context().goal() == null) {
                    out.add(new FieldError("/context/goal", "validation.goal.required"));
                }
            }
            case SEGMENTS -> {
                if (p.context().segments().isEmpty()) {
                    out.add(new FieldError("/context/segments", "validation.segments.required"));
                }
            }
            case INSTRUMENTS -> {
                if (p.instruments().isEmpty()) {
                    out.add(new FieldError("/instruments", "validation.instruments.required"));
                }
                for (int i = 0; i < p.instruments().size(); i++) {
                    SelectedInstrument si = p.instruments().get(i);
                    if (si.budget() != null && si.budget().amount().signum() < 0) {
                        out.add(new FieldError("/instruments/" + i + "/budget", "validation.budget.negative"));
                    }
                    if (si.coFinancingShare() != null && (si.coFinancingShare() < 0 || si.coFinancingShare() > 1)) {
                        out.add(new FieldError("/instruments/" + i + "/coFinancingShare", "validation.cofinancing.range"));
                    }
                    if (si.startYear() != null && si.endYear() != null && si.endYear() < si.startYear()) {
                        out.add(new FieldError("/instruments/" + i + "/endYear", "validation.years.order"));
                    }
                }
            }
            case KPIS -> {
                if (p.kpis().isEmpty()) {
                    out.add(new FieldError("/kpis", "validation.kpis.required"));
                }
            }
            case PHASES -> {
                for (int i = 0; i < p.phases().size(); i++) {
                    Phase ph = p.phases().get(i);
                    if (blank(ph.name())) {
                        out.add(new FieldError("/phases/" + i + "/name", "validation.phase.name"));
                    }
                    if (ph.startYear() != null && ph.endYear() != null && ph.endYear() < ph.startYear()) {
                        out.add(new FieldError("/phases/" + i + "/endYear", "validation.years.order"));
                    }
                }
            }
            case REVIEW, EXPORT -> {
                // the review shows findings; nothing blocks moving on
            }
        }
        return out;
    }

    public static boolean valid(ProgramPassport p, WizardStep step) {
        return errors(p, step).isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
