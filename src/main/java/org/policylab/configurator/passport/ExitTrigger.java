package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** What ends support: a date, a performance test, or the recipient graduating out of the program (seed 002: time-bound support, extensions only for results). */
public enum ExitTrigger implements Vocabulary {
    TIME,
    PERFORMANCE,
    GRADUATION;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "exit-trigger";
    }

    @JsonCreator
    public static ExitTrigger fromId(String id) {
        return Vocabulary.parse(ExitTrigger.class, id);
    }
}
