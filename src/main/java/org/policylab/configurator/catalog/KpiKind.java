package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Input, output or outcome: seeds 000 and 002 say outcomes count, outputs alone prove nothing. */
public enum KpiKind implements Vocabulary {
    INPUT,
    OUTPUT,
    OUTCOME;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "kind";
    }

    @JsonCreator
    public static KpiKind fromId(String id) {
        return Vocabulary.parse(KpiKind.class, id);
    }
}
