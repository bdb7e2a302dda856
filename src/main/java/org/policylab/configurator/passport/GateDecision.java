package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A decision taken at a performance gate (seed 002: "continued support depends on results"): at a phase's gate
 * ({@code phase}, its index) or at an instrument's own gate ({@code instrument} id and {@code gate} index), on a
 * date (ISO yyyy-mm-dd), with the rationale and the evidence it rests on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GateDecision(Integer phase, String instrument, Integer gate, String date, Decision decision,
                           String rationale, String evidence) {
    /** The year the decision was taken, from its date; null when the date is not set. */
    public Integer year() {
        return date == null || date.length() < 4 ? null : Integer.valueOf(date.substring(0, 4));
    }
}
