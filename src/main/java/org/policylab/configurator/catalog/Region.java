package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A region of Kazakhstan with its infrastructure and talent base (seed 003: regional conditions). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(
        String id,
        LocalizedText name,
        LocalizedText description,
        RegionType type,
        Level infrastructure,
        Level talent,
        List<String> seeds) implements CatalogEntry {

    public Region {
        seeds = Lists.copy(seeds);
        infrastructure = infrastructure == null ? Level.MEDIUM : infrastructure;
        talent = talent == null ? Level.MEDIUM : talent;
    }

    public Region withLevels(Level newInfrastructure, Level newTalent) {
        return new Region(id, name, description, type, newInfrastructure, newTalent, seeds);
    }
}
