package org.policylab.configurator.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The toolbox catalog: an immutable, indexed snapshot. The engine and the window read it;
 * edits go through the workspace's {@code store.CatalogRepository} and produce a new snapshot.
 */
public final class Catalog {
    private final String version;
    private final Map<String, Instrument> instruments;
    private final Map<String, Kpi> kpis;
    private final Map<String, Problem> problems;
    private final Map<String, Sector> sectors;
    private final Map<String, Region> regions;

    public Catalog(CatalogDocument doc) {
        this.version = doc.version() == null ? "unversioned" : doc.version();
        this.instruments = index(doc.instruments(), Instrument::id);
        this.kpis = index(doc.kpis(), Kpi::id);
        this.problems = index(doc.problems(), Problem::id);
        this.sectors = index(doc.sectors(), Sector::id);
        this.regions = index(doc.regions(), Region::id);
    }

    private static <T> Map<String, T> index(List<T> entries, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T e : entries) {
            map.putIfAbsent(id.apply(e), e);
        }
        return Collections.unmodifiableMap(map);
    }

    public String version() {
        return version;
    }

    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    public List<Kpi> kpis() {
        return List.copyOf(kpis.values());
    }

    public List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(id == null ? null : instruments.get(id));
    }

    public Optional<Kpi> kpi(String id) {
        return Optional.ofNullable(id == null ? null : kpis.get(id));
    }

    public Optional<Problem> problem(String id) {
        return Optional.ofNullable(id == null ? null : problems.get(id));
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(id == null ? null : sectors.get(id));
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(id == null ? null : regions.get(id));
    }

    /** Any entry by id, looked up in the order instruments, KPIs, problems, sectors, regions. */
    public Optional<CatalogEntry> entry(String id) {
        List<Map<String, ? extends CatalogEntry>> all = List.of(instruments, kpis, problems, sectors, regions);
        for (Map<String, ? extends CatalogEntry> m : all) {
            CatalogEntry e = m.get(id);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public CatalogDocument toDocument() {
        return new CatalogDocument(version, new ArrayList<>(instruments.values()), new ArrayList<>(kpis.values()),
                new ArrayList<>(problems.values()), new ArrayList<>(sectors.values()),
                new ArrayList<>(regions.values()));
    }

    public int size() {
        return instruments.size() + kpis.size() + problems.size() + sectors.size() + regions.size();
    }
}
