package org.policylab.configurator.catalog;

import java.util.List;

/**
 * How an instrument is normally designed: typical duration, whether it needs a sunset or
 * exit rule (seed 001: subsidies help only when temporary), the usual private co-financing
 * share (seed 002: co-financing as a prerequisite) and typical performance gates.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record DesignConditions(Integer typicalDurationYears, boolean needsExitRule,
                               double typicalCoFinancingShare, List<LocalizedText> gates,
                               Double minCoFinancingShare) {
    public DesignConditions {
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    public DesignConditions(Integer typicalDurationYears, boolean needsExitRule, double typicalCoFinancingShare,
                            List<LocalizedText> gates) {
        this(typicalDurationYears, needsExitRule, typicalCoFinancingShare, gates, null);
    }

    public static DesignConditions none() {
        return new DesignConditions(null, false, 0, List.of(), null);
    }

    /**
     * The least private share a reviewer accepts (seed 002: "private sector co-financing as a prerequisite"): the
     * catalog's floor where it gives one, else half the typical share.
     */
    public double coFinancingFloor() {
        return minCoFinancingShare != null ? minCoFinancingShare : typicalCoFinancingShare / 2;
    }

    /**
     * The longest support a reviewer accepts before asking why (seed 002: "support should be temporary"): twice the
     * typical duration; none when the catalog gives no typical duration.
     */
    public Integer longestDurationYears() {
        return typicalDurationYears == null ? null : typicalDurationYears * 2;
    }
}
