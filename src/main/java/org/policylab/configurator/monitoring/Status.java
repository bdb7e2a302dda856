package org.policylab.configurator.monitoring;

import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** Where a KPI stands in a period against its target: see {@link PlanVsFact} for the rule. */
public enum Status implements Vocabulary {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "status";
    }
}
