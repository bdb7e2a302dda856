package org.policylab.configurator.passport;

/** Who reviews the program, how often, and whether they are independent of the operator (seed 002). */
public record Review(String body, String frequency, boolean independent) {
    public static Review empty() {
        return new Review(null, null, false);
    }
}
