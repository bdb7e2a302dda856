package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** City of republican significance or oblast. */
public enum RegionType implements Vocabulary {
    CITY,
    OBLAST;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "region-type";
    }

    @JsonCreator
    public static RegionType fromId(String id) {
        return Vocabulary.parse(RegionType.class, id);
    }
}
