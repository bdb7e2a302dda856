package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** Whether support can run past its sunset: never, only after a review of results, or automatically (seed 002 warns against the last). */
public enum Extension implements Vocabulary {
    NONE,
    ON_REVIEW,
    AUTOMATIC;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "extension";
    }

    @JsonCreator
    public static Extension fromId(String id) {
        return Vocabulary.parse(Extension.class, id);
    }
}
