package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** A gate decision (seed 002: "extensions only if firms show gains"; remove persistent underperformers). */
public enum Decision implements Vocabulary {
    CONTINUE,
    ADJUST,
    STOP;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "decision";
    }

    @JsonCreator
    public static Decision fromId(String id) {
        return Vocabulary.parse(Decision.class, id);
    }
}
