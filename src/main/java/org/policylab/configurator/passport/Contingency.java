package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** What support is made conditional on; both are prohibited subsidies (WTO SCM art. 3.1(a) and (b)). */
public enum Contingency implements Vocabulary {
    EXPORTS,
    DOMESTIC_INPUTS;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "contingency";
    }

    @JsonCreator
    public static Contingency fromId(String id) {
        return Vocabulary.parse(Contingency.class, id);
    }
}
