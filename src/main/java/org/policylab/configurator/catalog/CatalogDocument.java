package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The catalog exchange file: what {@code catalog export} writes and {@code catalog import} reads. */
@JsonPropertyOrder({"version", "instruments", "kpis", "problems", "sectors", "regions"})
public record CatalogDocument(
        String version,
        List<Instrument> instruments,
        List<Kpi> kpis,
        List<Problem> problems,
        List<Sector> sectors,
        List<Region> regions) {

    public CatalogDocument {
        instruments = Lists.copy(instruments);
        kpis = Lists.copy(kpis);
        problems = Lists.copy(problems);
        sectors = Lists.copy(sectors);
        regions = Lists.copy(regions);
    }

    /** This document followed by another's entries (the shipped catalog is split over files). */
    public CatalogDocument plus(CatalogDocument other) {
        return new CatalogDocument(version != null ? version : other.version,
                concat(instruments, other.instruments), concat(kpis, other.kpis),
                concat(problems, other.problems), concat(sectors, other.sectors),
                concat(regions, other.regions));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
