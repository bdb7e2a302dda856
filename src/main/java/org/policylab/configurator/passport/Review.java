package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who reviews the program, how often, and whether they are independent of the operator (seed 002). Passport v2 adds
 * the body's {@link ReviewType}: the flag alone let an operator's own internal audit call itself independent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Review(String body, String frequency, boolean independent, ReviewType type) {
    public Review(String body, String frequency, boolean independent) {
        this(body, frequency, independent, null);
    }

    public static Review empty() {
        return new Review(null, null, false, null);
    }

    public Review withBody(String v) {
        return new Review(v, frequency, independent, type);
    }

    public Review withFrequency(String v) {
        return new Review(body, v, independent, type);
    }

    public Review withIndependent(boolean v) {
        return new Review(body, frequency, v, type);
    }

    /** The type decides independence: only an external independent body is. */
    public Review withType(ReviewType v) {
        return new Review(body, frequency, v == null ? independent : v == ReviewType.EXTERNAL_INDEPENDENT, v);
    }
}
