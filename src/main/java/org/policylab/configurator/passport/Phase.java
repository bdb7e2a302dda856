package org.policylab.configurator.passport;

/** A phase of the program and the performance gate that decides whether the next one starts (seed 002, Suzhou). */
public record Phase(String name, Integer startYear, Integer endYear, String gate) {
}
