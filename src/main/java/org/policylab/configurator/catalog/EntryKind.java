package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of catalog entry, spelled as in {@code catalog list KIND} and the exchange file's arrays. */
public enum EntryKind implements Vocabulary {
    INSTRUMENTS(Instrument.class),
    KPIS(Kpi.class),
    PROBLEMS(Problem.class),
    SECTORS(Sector.class),
    REGIONS(Region.class);

    private final Class<? extends CatalogEntry> type;

    EntryKind(Class<? extends CatalogEntry> type) {
        this.type = type;
    }

    public Class<? extends CatalogEntry> type() {
        return type;
    }

    public static EntryKind of(CatalogEntry e) {
        for (EntryKind k : values()) {
            if (k.type.isInstance(e)) {
                return k;
            }
        }
        throw new IllegalArgumentException(e.getClass().getName());
    }

    @Override
    @JsonValue
    public String id() {
        return Vocabulary.idOf(this);
    }

    @Override
    public String kind() {
        return "kind";
    }

    @JsonCreator
    public static EntryKind fromId(String id) {
        return Vocabulary.parse(EntryKind.class, id);
    }
}
