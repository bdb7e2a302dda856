package org.policylab.configurator.catalog;

/** What every catalog entry has: a stable id, a name and a description in three languages. */
public sealed interface CatalogEntry permits Instrument, Kpi, Problem, Sector, Region {
    String id();

    LocalizedText name();

    LocalizedText description();
}
