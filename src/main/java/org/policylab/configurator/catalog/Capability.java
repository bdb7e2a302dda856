package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Cross-sector capabilities of industrial policy 2.0 (seed 004). */
public enum Capability implements Vocabulary {
    TECHNOLOGY_INTEGRATION,
    DATA,
    PROTOTYPING,
    MARKET_ENTRY,
    BRANDING,
    SERVICE_SCALING;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "capability";
    }

    @JsonCreator
    public static Capability fromId(String id) {
        return Vocabulary.parse(Capability.class, id);
    }
}
