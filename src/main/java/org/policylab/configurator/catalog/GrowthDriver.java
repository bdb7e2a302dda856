package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What makes a sector grow (seed 003: biotech needs venture funding and quick scale-up, metallurgy long-term orders and logistics). */
public enum GrowthDriver implements Vocabulary {
    VENTURE_FUNDING,
    QUICK_SCALE_UP,
    LONG_TERM_ORDERS,
    LOGISTICS,
    SKILLS,
    APPLIED_RESEARCH,
    EXPORT_PLATFORMS,
    RAW_MATERIALS,
    STANDARDS,
    CLUSTERING,
    DATA,
    PUBLIC_DEMAND;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "driver";
    }

    @JsonCreator
    public static GrowthDriver fromId(String id) {
        return Vocabulary.parse(GrowthDriver.class, id);
    }
}
