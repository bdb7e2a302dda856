package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an instrument is for: support that changes what firms do, or governance that keeps a program honest (dashboards, reporting, exit reviews, panels, safeguards, conditional disbursement; seed 002). */
public enum Role implements Vocabulary {
    SUPPORT,
    GOVERNANCE;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "role";
    }

    @JsonCreator
    public static Role fromId(String id) {
        return Vocabulary.parse(Role.class, id);
    }
}
