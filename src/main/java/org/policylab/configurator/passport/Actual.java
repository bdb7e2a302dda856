package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a KPI actually reached in a period, where the figure comes from, and the evidence behind it (seed 002). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actual(String kpi, Period period, Double value, String source, String note, String evidence) {
}
