package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** What a local-content condition counts (seed 001: value added, not assembly percentages). */
public enum LocalContentMeasure implements Vocabulary {
    DOMESTIC_VALUE_ADDED,
    PURCHASES,
    ASSEMBLY;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "local-content-measure";
    }

    @JsonCreator
    public static LocalContentMeasure fromId(String id) {
        return Vocabulary.parse(LocalContentMeasure.class, id);
    }
}
