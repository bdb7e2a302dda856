package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** What happens to an instrument that fails its performance gate (seed 002: remove persistent underperformers). */
public enum GateAction implements Vocabulary {
    STOP,
    REDUCE,
    ADJUST;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "gate-action";
    }

    @JsonCreator
    public static GateAction fromId(String id) {
        return Vocabulary.parse(GateAction.class, id);
    }
}
