package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How strongly an instrument answers a problem: named by a seed as the answer (primary), a direct lever on a root cause (strong), or a help beside them (supporting). */
public enum Strength implements Vocabulary {
    PRIMARY,
    STRONG,
    SUPPORTING;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "strength";
    }

    @JsonCreator
    public static Strength fromId(String id) {
        return Vocabulary.parse(Strength.class, id);
    }
}
