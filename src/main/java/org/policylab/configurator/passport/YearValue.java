package org.policylab.configurator.passport;

/** A value in a year: a KPI's baseline or one of its yearly targets. */
public record YearValue(Integer year, Double value) {
}
