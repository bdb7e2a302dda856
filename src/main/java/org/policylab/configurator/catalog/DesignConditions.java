package org.policylab.configurator.catalog;

import java.util.List;

/**
 * How an instrument is normally designed: typical duration, whether it needs a sunset or
 * exit rule (seed 001: subsidies help only when temporary), the usual private co-financing
 * share (seed 002: co-financing as a prerequisite) and typical performance gates.
 */
public record DesignConditions(Integer typicalDurationYears, boolean needsExitRule,
                               double typicalCoFinancingShare, List<LocalizedText> gates) {
    public DesignConditions {
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    public static DesignConditions none() {
        return new DesignConditions(null, false, 0, List.of());
    }
}
