package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Instrument category (seed 003's toolbox, OECD STIP Compass). */
public enum InstrumentCategory implements Vocabulary {
    FINANCIAL,
    REGULATORY,
    INSTITUTIONAL,
    INFRASTRUCTURE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "category";
    }

    @JsonCreator
    public static InstrumentCategory fromId(String id) {
        return Vocabulary.parse(InstrumentCategory.class, id);
    }
}
