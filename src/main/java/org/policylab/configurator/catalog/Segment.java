package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Target firm segment (seed 003): support and KPIs differ by company type. */
public enum Segment implements Vocabulary {
    LARGE,
    SME,
    STARTUP,
    NEWCOMER;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "segment";
    }

    @JsonCreator
    public static Segment fromId(String id) {
        return Vocabulary.parse(Segment.class, id);
    }
}
