package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A low/medium/high rating: a region's infrastructure or talent base, a sector's sensitivity to an incentive. */
public enum Level implements Vocabulary {
    LOW,
    MEDIUM,
    HIGH;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "rating";
    }

    @JsonCreator
    public static Level fromId(String id) {
        return Vocabulary.parse(Level.class, id);
    }
}
