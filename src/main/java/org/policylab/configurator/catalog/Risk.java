package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Known ways an instrument fails (seeds 000-002). */
public enum Risk implements Vocabulary {
    RENT_WHEN_PERMANENT,
    ASSEMBLY_TRAP,
    CAPTURE_BY_INCUMBENTS,
    DEAD_ASSET,
    EXCESS_CAPACITY,
    STATE_FIRM_INEFFICIENCY,
    CROWDING_OUT,
    TRADE_LAW,
    OUTPUT_COUNTING,
    LOW_UPTAKE,
    INVESTOR_FLIGHT,
    FISCAL_COST,
    DEPENDENCE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "risk";
    }

    @JsonCreator
    public static Risk fromId(String id) {
        return Vocabulary.parse(Risk.class, id);
    }
}
