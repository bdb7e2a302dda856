package org.policylab.configurator.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits a ministry makes to its catalog, and the checks an edited entry must pass before it is
 * stored: a well-formed unique id, a name in every language, and for instruments at least one
 * stage and one segment.
 */
public final class CatalogEdits {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private CatalogEdits() {
    }

    /** A name and a description replaced, whatever the kind of entry. */
    public static CatalogEntry withTexts(CatalogEntry e, LocalizedText name, LocalizedText description) {
        if (e instanceof Instrument i) {
            return i.withName(name).withDescription(description);
        }
        if (e instanceof Kpi k) {
            return new Kpi(k.id(), name, description, k.unit(), k.direction(), k.kind(), k.level(), k.formula(),
                    k.dataSource(), k.stages(), k.keyStages(), k.segments(), k.keySegments(), k.tags(), k.seeds(), k.sectors(), k.source());
        }
        if (e instanceof Problem p) {
            return new Problem(p.id(), name, description, p.symptoms(), p.rootCauses(), p.diagnosticQuestions(),
                    p.instruments(), p.kpis(), p.systemElements(), p.systemPackage(), p.capabilityProblem(), p.seeds(), p.answers());
        }
        if (e instanceof Sector s) {
            return new Sector(s.id(), name, description, s.growthDrivers(), s.sensitivity(), s.needs(),
                    s.typicalStages(), s.seeds());
        }
        Region r = (Region) e;
        return new Region(r.id(), name, description, r.type(), r.infrastructure(), r.talent(), r.seeds());
    }

    /** A copy under a new id (the planner's variant of a shipped instrument). */
    public static CatalogEntry withId(CatalogEntry e, String id) {
        if (e instanceof Instrument i) {
            return i.withId(id);
        }
        if (e instanceof Kpi k) {
            return new Kpi(id, k.name(), k.description(), k.unit(), k.direction(), k.kind(), k.level(), k.formula(),
                    k.dataSource(), k.stages(), k.keyStages(), k.segments(), k.keySegments(), k.tags(), k.seeds(), k.sectors(), k.source());
        }
        if (e instanceof Problem p) {
            return new Problem(id, p.name(), p.description(), p.symptoms(), p.rootCauses(), p.diagnosticQuestions(),
                    p.instruments(), p.kpis(), p.systemElements(), p.systemPackage(), p.capabilityProblem(), p.seeds(), p.answers());
        }
        if (e instanceof Sector s) {
            return new Sector(id, s.name(), s.description(), s.growthDrivers(), s.sensitivity(), s.needs(),
                    s.typicalStages(), s.seeds());
        }
        Region r = (Region) e;
        return new Region(id, r.name(), r.description(), r.type(), r.infrastructure(), r.talent(), r.seeds());
    }

    /** The first free id of the form {@code base-copy}, {@code base-copy-2}, ... */
    public static String freeId(Catalog c, String base) {
        String id = base + "-copy";
        int n = 2;
        while (c.entry(id).isPresent()) {
            id = base + "-copy-" + n++;
        }
        return id;
    }

    /** Message keys of what is wrong with an entry, empty when it can be stored. */
    public static List<String> problems(CatalogEntry e) {
        List<String> out = new ArrayList<>();
        if (e.id() == null || !ID.matcher(e.id()).matches()) {
            out.add("catalog.error.id");
        }
        if (e.name() == null || blank(e.name().en()) || blank(e.name().ru()) || blank(e.name().kk())) {
            out.add("catalog.error.name");
        }
        if (e instanceof Instrument i) {
            if (i.category() == null) {
                out.add("catalog.error.category");
            }
            if (i.stages().isEmpty()) {
                out.add("catalog.error.stages");
            }
            if (i.segments().isEmpty()) {
                out.add("catalog.error.segments");
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
