package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who a KPI measures (seed 002: firms, programs, governments). */
public enum KpiLevel implements Vocabulary {
    FIRM,
    PROGRAM,
    GOVERNMENT;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "level";
    }

    @JsonCreator
    public static KpiLevel fromId(String id) {
        return Vocabulary.parse(KpiLevel.class, id);
    }
}
