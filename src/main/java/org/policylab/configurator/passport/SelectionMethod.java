package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** How recipients are chosen (seed 001: subsidies work only when competitive; seed 002: pre-qualification filters). */
public enum SelectionMethod implements Vocabulary {
    OPEN_COMPETITION,
    PRE_QUALIFIED_CALL,
    DIRECT_APPOINTMENT;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "selection";
    }

    @JsonCreator
    public static SelectionMethod fromId(String id) {
        return Vocabulary.parse(SelectionMethod.class, id);
    }
}
