package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of lever an instrument pulls; sectors differ in their sensitivity to each (seed 003). */
public enum Incentive implements Vocabulary {
    GRANT,
    LOAN,
    GUARANTEE,
    EQUITY,
    TAX,
    PROCUREMENT,
    REGULATION,
    INFRASTRUCTURE,
    TRAINING,
    ADVISORY,
    NETWORK;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "incentive";
    }

    @JsonCreator
    public static Incentive fromId(String id) {
        return Vocabulary.parse(Incentive.class, id);
    }
}
