package org.policylab.configurator.export;

import com.fasterxml.jackson.annotation.JsonValue;
import org.policylab.configurator.catalog.Vocabulary;

/** The passport formats the app writes, spelled as in {@code export --format}. */
public enum ExportFormat implements Vocabulary {
    JSON("json"),
    PDF("pdf"),
    DOCX("docx"),
    MD("md");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "format";
    }

    public static ExportFormat fromId(String id) {
        return Vocabulary.parse(ExportFormat.class, id);
    }
}
