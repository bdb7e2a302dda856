package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle stage of an industry (seed 003): each stage gets its own tools and KPIs. */
public enum Stage implements Vocabulary {
    EMERGING,
    GROWTH,
    MATURITY,
    DECLINE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "stage";
    }

    @JsonCreator
    public static Stage fromId(String id) {
        return Vocabulary.parse(Stage.class, id);
    }
}
