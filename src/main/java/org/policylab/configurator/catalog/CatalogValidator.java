package org.policylab.configurator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.JsonSchemaCheck;

/**
 * Checks a catalog exchange file: against {@code catalog.schema.json}, then every
 * cross-reference (an instrument naming an unknown KPI, a problem naming an unknown
 * instrument...) and duplicate ids. Each problem names the file, the JSON pointer and why.
 */
public final class CatalogValidator {
    public static final String SCHEMA = "templates/catalog/catalog.schema.json";
    private static volatile JsonSchemaCheck schema;

    /** One problem in a catalog file: where, and why as a translatable reason. */
    public record Issue(String file, String pointer, Fault.Text reason) {
        public Fault fault() {
            return new Fault(file, pointer, reason.key(), reason.args());
        }

        /** {@code FILE: at /pointer: reason} in the language of {@code m}. */
        public String describe(Messages m) {
            return fault().render(m);
        }

        /** English, for logs and tests. */
        public String describe() {
            return fault().english();
        }
    }

    /** The outcome: the document when it could be read, and the issues found. */
    public record Result(CatalogDocument document, List<Issue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    private CatalogValidator() {
    }

    static JsonSchemaCheck schema() {
        if (schema == null) {
            synchronized (CatalogValidator.class) {
                if (schema == null) {
                    schema = JsonSchemaCheck.fromResource(SCHEMA);
                }
            }
        }
        return schema;
    }

    /** Validates a file; references may also point into {@code base} (the workspace catalog), or null. */
    public static Result validate(Path file, Catalog base) throws InputException {
        return validate(file.toString(), JsonInput.readTree(file), base);
    }

    public static Result validate(String name, JsonNode tree, Catalog base) throws InputException {
        List<Issue> issues = new ArrayList<>();
        for (JsonSchemaCheck.Violation v : schema().validate(tree)) {
            issues.add(new Issue(name, v.pointer(), v.reason()));
        }
        if (!issues.isEmpty()) {
            return new Result(null, issues);
        }
        CatalogDocument doc = CatalogJson.bind(name, tree);
        duplicates(name, "instruments", doc.instruments().stream().map(Instrument::id).toList(), issues);
        duplicates(name, "kpis", doc.kpis().stream().map(Kpi::id).toList(), issues);
        duplicates(name, "problems", doc.problems().stream().map(Problem::id).toList(), issues);
        duplicates(name, "sectors", doc.sectors().stream().map(Sector::id).toList(), issues);
        duplicates(name, "regions", doc.regions().stream().map(Region::id).toList(), issues);

        Set<String> kpis = new HashSet<>();
        Set<String> instruments = new HashSet<>();
        Set<String> problems = new HashSet<>();
        doc.kpis().forEach(k -> kpis.add(k.id()));
        doc.instruments().forEach(i -> instruments.add(i.id()));
        doc.problems().forEach(p -> problems.add(p.id()));
        if (base != null) {
            base.kpis().forEach(k -> kpis.add(k.id()));
            base.instruments().forEach(i -> instruments.add(i.id()));
            base.problems().forEach(p -> problems.add(p.id()));
        }
        for (int i = 0; i < doc.instruments().size(); i++) {
            Instrument x = doc.instruments().get(i);
            refs(name, "/instruments/" + i + "/kpis", x.kpis(), kpis, "error.catalog.unknownKpi", issues);
            refs(name, "/instruments/" + i + "/problems", x.problems(), problems, "error.catalog.unknownProblem", issues);
            for (int s = 0; s < x.keyStages().size(); s++) {
                if (!x.stages().contains(x.keyStages().get(s))) {
                    issues.add(new Issue(name, "/instruments/" + i + "/keyStages/" + s,
                            Fault.Text.of("error.catalog.keyStage", x.keyStages().get(s).id())));
                }
            }
        }
        Set<String> sectors = new HashSet<>();
        doc.sectors().forEach(x -> sectors.add(x.id()));
        if (base != null) {
            base.sectors().forEach(x -> sectors.add(x.id()));
        }
        for (int i = 0; i < doc.kpis().size(); i++) {
            refs(name, "/kpis/" + i + "/sectors", doc.kpis().get(i).sectors(), sectors, "error.catalog.unknownSector", issues);
        }
        for (int i = 0; i < doc.problems().size(); i++) {
            Problem p = doc.problems().get(i);
            // answers given in the file are reported where they are; an older file's plain list where it is
            boolean derived = p.answers().stream().allMatch(a -> a.seed() == null && a.strength() == Strength.STRONG);
            if (derived) {
                refs(name, "/problems/" + i + "/instruments", p.instruments(), instruments, "error.catalog.unknownInstrument", issues);
            } else {
                for (int j = 0; j < p.answers().size(); j++) {
                    if (!instruments.contains(p.answers().get(j).instrument())) {
                        issues.add(new Issue(name, "/problems/" + i + "/answers/" + j + "/instrument",
                                Fault.Text.of("error.catalog.unknownInstrument", p.answers().get(j).instrument())));
                    }
                }
            }
            refs(name, "/problems/" + i + "/kpis", p.kpis(), kpis, "error.catalog.unknownKpi", issues);
        }
        return new Result(doc, issues);
    }

    private static void refs(String name, String pointer, List<String> ids, Set<String> known, String key, List<Issue> out) {
        for (int j = 0; j < ids.size(); j++) {
            if (!known.contains(ids.get(j))) {
                out.add(new Issue(name, pointer + "/" + j, Fault.Text.of(key, ids.get(j))));
            }
        }
    }

    private static void duplicates(String name, String array, List<String> ids, List<Issue> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer first = seen.putIfAbsent(ids.get(i), i);
            if (first != null) {
                out.add(new Issue(name, "/" + array + "/" + i + "/id",
                        Fault.Text.of("error.catalog.duplicateId", ids.get(i), "/" + array + "/" + first)));
            }
        }
    }
}
