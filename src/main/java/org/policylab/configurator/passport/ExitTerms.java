package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The structured exit of an instrument (passport v2): the year support ends, what triggers the end, whether it may
 * be extended, and what a recipient pays back if it misses its commitments. Seeds 001 and 002: subsidies help only
 * when temporary, with strict exit reviews; extensions only for gains in productivity, exports or technology.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExitTerms(Integer sunsetYear, ExitTrigger trigger, Extension extension, String clawback) {
    public static ExitTerms empty() {
        return new ExitTerms(null, null, null, null);
    }

    public boolean isEmpty() {
        return sunsetYear == null && trigger == null && extension == null && (clawback == null || clawback.isBlank());
    }

    public ExitTerms withSunsetYear(Integer v) {
        return new ExitTerms(v, trigger, extension, clawback);
    }

    public ExitTerms withTrigger(ExitTrigger v) {
        return new ExitTerms(sunsetYear, v, extension, clawback);
    }

    public ExitTerms withExtension(Extension v) {
        return new ExitTerms(sunsetYear, trigger, v, clawback);
    }

    public ExitTerms withClawback(String v) {
        return new ExitTerms(sunsetYear, trigger, extension, v);
    }
}
