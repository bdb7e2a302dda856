package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A performance gate of one instrument (passport v2): in {@code year}, the KPI {@code kpi} must reach
 * {@code threshold} (at least, or at most for a KPI meant to decrease), or the instrument is stopped, reduced or
 * adjusted. Seed 002: phased plans with performance gates; continued support depends on results.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentGate(Integer year, String kpi, Double threshold, GateAction onFail) {
    /** A gate the review can decide by a number: a year, a KPI and a threshold. */
    public boolean measurable() {
        return year != null && kpi != null && !kpi.isBlank() && threshold != null;
    }
}
