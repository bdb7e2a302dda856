package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a sector needs as a system (seed 003). */
public enum SystemElement implements Vocabulary {
    WORKFORCE,
    SCIENCE,
    INFRASTRUCTURE,
    FINANCE,
    DEMAND;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "element";
    }

    @JsonCreator
    public static SystemElement fromId(String id) {
        return Vocabulary.parse(SystemElement.class, id);
    }
}
