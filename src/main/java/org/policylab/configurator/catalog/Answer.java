package org.policylab.configurator.catalog;

/**
 * An instrument that answers a problem, how strongly, and the seed that says so (seed 003: "Problem: talent drain in
 * AI sector; Tool: joint university campuses + tax breaks for startups").
 */
public record Answer(String instrument, Strength strength, String seed) {
    public Answer {
        strength = strength == null ? Strength.STRONG : strength;
    }
}
