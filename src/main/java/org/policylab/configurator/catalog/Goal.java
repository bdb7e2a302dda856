package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Strategic goal of a program (seed 003). */
public enum Goal implements Vocabulary {
    IMPORT_SUBSTITUTION,
    EXPORTS,
    TECH_LEADERSHIP,
    DIVERSIFICATION;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "goal";
    }

    @JsonCreator
    public static Goal fromId(String id) {
        return Vocabulary.parse(Goal.class, id);
    }
}
