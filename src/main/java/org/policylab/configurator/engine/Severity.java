package org.policylab.configurator.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** How serious a design-check finding is. */
public enum Severity implements Vocabulary {
    ERROR, WARNING, INFO;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "severity";
    }
}
