package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Properties of an instrument the design checks reason about. */
public enum InstrumentTag implements Vocabulary {
    LOCAL_CONTENT,
    EXPORT_CONTINGENT,
    TECH_TRANSFER,
    STATE_VEHICLE,
    LEARNING_CAPACITY,
    REVIEW_MECHANISM,
    COMPETITION_SAFEGUARD,
    EXIT_MECHANISM,
    SUBSIDY,
    TAX_INCENTIVE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "tag";
    }

    @JsonCreator
    public static InstrumentTag fromId(String id) {
        return Vocabulary.parse(InstrumentTag.class, id);
    }
}
