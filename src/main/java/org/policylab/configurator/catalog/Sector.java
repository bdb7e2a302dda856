package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A sector with its growth drivers and its sensitivity to each kind of incentive
 * (seed 003: tax incentives work for biotech, not for heavy industry).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sector(
        String id,
        LocalizedText name,
        LocalizedText description,
        List<GrowthDriver> growthDrivers,
        Map<Incentive, Level> sensitivity,
        List<SystemElement> needs,
        List<Stage> typicalStages,
        List<String> seeds) implements CatalogEntry {

    public Sector {
        growthDrivers = Lists.copy(growthDrivers);
        sensitivity = sensitivity == null ? Map.of() : Map.copyOf(sensitivity);
        needs = Lists.copy(needs);
        typicalStages = Lists.copy(typicalStages);
        seeds = Lists.copy(seeds);
    }

    public Level sensitivityTo(Incentive incentive) {
        return sensitivity.getOrDefault(incentive, Level.MEDIUM);
    }
}
