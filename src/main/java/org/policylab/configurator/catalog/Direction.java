package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a KPI should go up or down. */
public enum Direction implements Vocabulary {
    INCREASE,
    DECREASE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "direction";
    }

    @JsonCreator
    public static Direction fromId(String id) {
        return Vocabulary.parse(Direction.class, id);
    }
}
