package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** Which document of the state planning system the passport is (Decree No. 790 of 29.11.2017 as rewritten by Decree No. 99 of 26.02.2021): its sections and headings follow the type. */
public enum DocumentType implements Vocabulary {
    NATIONAL_PROJECT,
    CONCEPT,
    SECTORAL_PROGRAM,
    REGIONAL_PROGRAM,
    DEVELOPMENT_INSTITUTION_PROGRAM;

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "document-type";
    }

    @JsonCreator
    public static DocumentType fromId(String id) {
        return Vocabulary.parse(DocumentType.class, id);
    }
}
