package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** Who the review body answers to (seed 002: independent external reviews). */
public enum ReviewType implements Vocabulary {
    EXTERNAL_INDEPENDENT,
    EXTERNAL_CONTRACTED,
    INTERNAL;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "review-type";
    }

    @JsonCreator
    public static ReviewType fromId(String id) {
        return Vocabulary.parse(ReviewType.class, id);
    }
}
