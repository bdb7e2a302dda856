package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a KPI speaks to; the design checks look for productivity, value-added and export outcomes. */
public enum KpiTag implements Vocabulary {
    PRODUCTIVITY,
    VALUE_ADDED,
    EXPORT,
    INNOVATION,
    INVESTMENT,
    JOBS,
    SURVIVAL,
    SKILLS,
    DIGITAL,
    COST,
    DIVERSIFICATION,
    COMPETITION,
    VANITY;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "kpi-tag";
    }

    @JsonCreator
    public static KpiTag fromId(String id) {
        return Vocabulary.parse(KpiTag.class, id);
    }
}
