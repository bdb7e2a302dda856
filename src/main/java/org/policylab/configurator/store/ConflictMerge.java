package org.policylab.configurator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Merging two sides of a conflict field by field. The rows are the leaves and items where theirs and mine differ — a
 * title, an instrument's budget amount, one year's target of a KPI, one phase's gate, an instrument one side added or
 * removed — and the planner says for each which side it takes; the merge is theirs with mine's value of every row
 * that takes mine. Lists of things with an identity (instruments by their catalog id, KPIs by theirs, phases by name,
 * a KPI's targets by year) are matched by it, not by position, so an instrument added by one planner and a target
 * changed by the other are two rows, and both can be kept. Other lists (segments, conditions …) are one row each.
 *
 * <p>With the version both sides started from (the base), each row knows who changed it: a row only mine changed
 * takes mine, one only theirs changed takes theirs, and one both changed is marked and takes mine until the planner
 * says otherwise. Plain Java: the conflict view only shows it.
 */
public final class ConflictMerge {
    private ConflictMerge() {
    }

    public enum Side { THEIRS, MINE }

    /** Who changed a row since the base (UNKNOWN: no base to tell). */
    public enum ChangedBy { MINE, THEIRS, BOTH, UNKNOWN }

    /**
     * One difference between theirs and mine. {@code key} names it uniquely, e.g. {@code /title},
     * {@code /instruments[university-industry-campus]/budget/amount}, {@code /kpis[ai-graduates-hired]/targets[2028]/value};
     * {@code theirs} and {@code mine} are its value on each side as short text, null where that side has none.
     */
    public record Row(String key, List<String> path, List<Boolean> items, String theirs, String mine, ChangedBy changedBy,
                      Side suggested) {
        /** Whether step {@code i} of the path is an item of a list (its id), not a field name. */
        public boolean item(int i) {
            return items.get(i);
        }

        /** The row is a whole instrument, KPI, phase or target, present on one side only or on both. */
        public boolean wholeItem() {
            return item(path.size() - 1);
        }
    }

    /** One step of a row's path: a field of an object, or the item of a list whose {@code keyField} is {@code id}. */
    private record Step(String field, String keyField, String id) {
        static Step field(String name) {
            return new Step(name, null, null);
        }

        boolean item() {
            return keyField != null;
        }

        String text() {
            return item() ? "[" + id + "]" : "/" + field;
        }
    }

    /** The lists matched by identity: the list's field name and the field that identifies its items. */
    private static final Map<String, String> KEYS = Map.of("instruments", "instrument", "kpis", "kpi", "phases", "name",
            "targets", "year");
    /** Not the planner's to merge: the draft's identity and stamps. */
    private static final Set<String> IGNORED = Set.of("/id", "/schemaVersion", "/catalogVersion", "/revision");

    /** The rows where theirs and mine differ, in the passport's order; {@code base} may be null (then nothing is suggested). */
    public static List<Row> rows(ProgramPassport base, ProgramPassport theirs, ProgramPassport mine) {
        return walk(base, theirs, mine).stream().map(Found::row).toList();
    }

    /** A row and the steps that lead to it. */
    private record Found(Row row, List<Step> steps) {
    }

    private static List<Found> walk(ProgramPassport base, ProgramPassport theirs, ProgramPassport mine) {
        List<Found> out = new ArrayList<>();
        diff(new ArrayList<>(), tree(theirs), tree(mine), base == null ? null : tree(base), base != null, out);
        return out;
    }

    /** The rows where mine should win as the base suggests (all rows only mine or both changed); empty without a base. */
    public static Set<String> suggested(List<Row> rows) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.suggested() == Side.MINE) {
                out.add(r.key());
            }
        }
        return out;
    }

    /**
     * Theirs, with mine's value of every row named in {@code takeMine} (an item mine removed is removed, one mine added
     * is added after the item that precedes it in mine). Rows that are not named keep theirs.
     */
    public static ProgramPassport merge(ProgramPassport theirs, ProgramPassport mine, Set<String> takeMine) {
        ObjectNode t = tree(theirs);
        ObjectNode m = tree(mine);
        for (Found f : walk(null, theirs, mine)) {
            if (takeMine.contains(f.row().key())) {
                apply(t, m, f.steps());
            }
        }
        try {
            return PassportJson.parseDraft("merge of draft " + theirs.id(), JsonInput.mapper().writer()
                    .with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(t));
        } catch (InputException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WorkspaceException("cannot merge the two versions of draft " + theirs.id() + ": "
                    + Workspace.firstLine(e.getMessage()), e);
        }
    }

    /**
     * What makes the merge a passport neither side was: a problem that the merge has and neither theirs nor mine has (a
     * draft in progress may lack what a finished passport needs; that is no fault of the merge). Looked for: the
     * exchange schema's rules; an instrument or phase starting after it ends (start from one side, end from the other);
     * an instrument measured by, or gated on, a KPI the program no longer lists. Empty when the merge is as valid as
     * its sides.
     */
    public static List<Fault> problems(ProgramPassport merged, ProgramPassport theirs, ProgramPassport mine) {
        Set<String> known = new HashSet<>();
        for (ProgramPassport side : List.of(theirs, mine)) {
            for (Fault f : faults("draft", side)) {
                known.add(signature(f));
            }
        }
        List<Fault> out = new ArrayList<>();
        for (Fault f : faults("merge", merged)) {
            if (!known.contains(signature(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Fault> faults(String name, ProgramPassport p) {
        List<Fault> out = new ArrayList<>(PassportJson.violations(name, tree(p)));
        Set<String> kpis = new HashSet<>();
        p.kpis().forEach(k -> kpis.add(k.kpi()));
        for (int i = 0; i < p.instruments().size(); i++) {
            var si = p.instruments().get(i);
            if (si.startYear() != null && si.endYear() != null && si.startYear() > si.endYear()) {
                out.add(Fault.at(name, "/instruments/" + i + "/startYear", "conflict.invalid.years", si.instrument(), si.startYear(),
                        si.endYear()));
            }
            Set<String> named = new LinkedHashSet<>(si.kpis());
            si.gates().forEach(g -> {
                if (g.kpi() != null) {
                    named.add(g.kpi());
                }
            });
            for (String k : named) {
                if (!kpis.contains(k)) {
                    out.add(Fault.at(name, "/instruments/" + i + "/kpis", "conflict.invalid.kpi", si.instrument(), k));
                }
            }
        }
        for (int i = 0; i < p.phases().size(); i++) {
            var ph = p.phases().get(i);
            if (ph.startYear() != null && ph.endYear() != null && ph.startYear() > ph.endYear()) {
                out.add(Fault.at(name, "/phases/" + i + "/startYear", "conflict.invalid.years", ph.name(), ph.startYear(), ph.endYear()));
            }
        }
        return out;
    }

    /**
     * The first thing that keeps the merge of these choices from being a valid passport (see
     * {@link #problems(ProgramPassport, ProgramPassport, ProgramPassport)}), or empty when it is one.
     */
    public static java.util.Optional<Fault> problem(ProgramPassport theirs, ProgramPassport mine, Set<String> takeMine) {
        try {
            return problems(merge(theirs, mine, takeMine), theirs, mine).stream().findFirst();
        } catch (WorkspaceException e) {
            return java.util.Optional.of(e.fault() != null ? e.fault() : Fault.value("error.verbatim", e.getMessage()));
        }
    }

    /** A schema problem regardless of where in a list it sits (a merge may move an item). */
    private static String signature(Fault f) {
        String where = f.pointer() == null ? "" : f.pointer().replaceAll("/\\d+(?=/|$)", "/*");
        return where + " " + f.key() + " " + f.args();
    }

    // ------------------------------------------------------------------ the walk

    private static void diff(List<Step> at, JsonNode theirs, JsonNode mine, JsonNode base, boolean hasBase, List<Found> out) {
        String key = key(at);
        if (IGNORED.contains(key)) {
            return;
        }
        JsonNode t = present(theirs);
        JsonNode m = present(mine);
        if (t == null && m == null) {
            return;
        }
        if (t != null && m != null && t.isObject() && m.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            t.fieldNames().forEachRemaining(names::add);
            m.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                at.add(Step.field(n));
                diff(at, t.get(n), m.get(n), child(base, n), hasBase, out);
                at.remove(at.size() - 1);
            }
            return;
        }
        String idField = t != null && m != null && t.isArray() && m.isArray() && !at.isEmpty() && !at.get(at.size() - 1).item()
                ? KEYS.get(at.get(at.size() - 1).field()) : null;
        if (idField != null && identified((ArrayNode) t, idField) && identified((ArrayNode) m, idField)) {
            // mine's order first, then what only theirs has
            Set<String> ids = new LinkedHashSet<>();
            m.forEach(e -> ids.add(e.get(idField).asText()));
            t.forEach(e -> ids.add(e.get(idField).asText()));
            JsonNode b = present(base) != null && base.isArray() && identified((ArrayNode) base, idField) ? base : null;
            for (String id : ids) {
                at.add(new Step(null, idField, id));
                diff(at, find(t, idField, id), find(m, idField, id), b == null ? null : find(b, idField, id), hasBase, out);
                at.remove(at.size() - 1);
            }
            return;
        }
        if (t != null && t.equals(m)) {
            return;
        }
        ChangedBy by = ChangedBy.UNKNOWN;
        Side suggested = Side.THEIRS;
        if (hasBase) {
            JsonNode b = present(base);
            boolean mineChanged = !same(b, m);
            boolean theirsChanged = !same(b, t);
            by = mineChanged && theirsChanged ? ChangedBy.BOTH : mineChanged ? ChangedBy.MINE : ChangedBy.THEIRS;
            suggested = by == ChangedBy.THEIRS ? Side.THEIRS : Side.MINE;
        }
        List<String> path = at.stream().map(s -> s.item() ? s.id() : s.field()).toList();
        List<Boolean> items = at.stream().map(Step::item).toList();
        out.add(new Found(new Row(key, path, items, text(t), text(m), by, suggested), List.copyOf(at)));
    }

    private static ObjectNode tree(ProgramPassport p) {
        return JsonInput.mapper().valueToTree(p);
    }

    private static JsonNode present(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a == null ? b == null : a.equals(b);
    }

    private static JsonNode child(JsonNode n, String name) {
        return n != null && n.isObject() ? n.get(name) : null;
    }

    /** Every item an object with its own, distinct id: only then can a list be matched by it. */
    private static boolean identified(ArrayNode list, String idField) {
        Set<String> seen = new HashSet<>();
        for (JsonNode e : list) {
            JsonNode id = e.isObject() ? present(e.get(idField)) : null;
            if (id == null || !id.isValueNode() || !seen.add(id.asText())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode find(JsonNode list, String idField, String id) {
        for (JsonNode e : list) {
            if (e.get(idField).asText().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static int indexOf(JsonNode list, String idField, String id) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            if (e.isObject() && e.has(idField) && e.get(idField).asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(List<Step> at) {
        StringBuilder s = new StringBuilder();
        at.forEach(step -> s.append(step.text()));
        return s.toString();
    }

    /** Puts mine's value at {@code path} into theirs (removes it where mine has none). */
    private static void apply(ObjectNode theirs, ObjectNode mine, List<Step> path) {
        JsonNode t = theirs;
        JsonNode m = mine;
        for (int i = 0; i < path.size() - 1; i++) {
            t = descend(t, path.get(i));
            m = descend(m, path.get(i));
            if (t == null || m == null) {
                return;
            }
        }
        Step last = path.get(path.size() - 1);
        JsonNode value = present(descend(m, last));
        if (!last.item()) {
            if (value == null) {
                ((ObjectNode) t).remove(last.field());
            } else {
                ((ObjectNode) t).set(last.field(), value.deepCopy());
            }
            return;
        }
        ArrayNode list = (ArrayNode) t;
        int here = indexOf(list, last.keyField(), last.id());
        if (value == null) {
            if (here >= 0) {
                list.remove(here);
            }
        } else if (here >= 0) {
            list.set(here, value.deepCopy());
        } else {
            // after the nearest item before it in mine that theirs has too; first when there is none
            int at = 0;
            int mineIndex = indexOf(m, last.keyField(), last.id());
            for (int j = mineIndex - 1; j >= 0; j--) {
                int k = indexOf(list, last.keyField(), m.get(j).get(last.keyField()).asText());
                if (k >= 0) {
                    at = k + 1;
                    break;
                }
            }
            list.insert(at, value.deepCopy());
        }
    }

    private static JsonNode descend(JsonNode n, Step s) {
        if (n == null) {
            return null;
        }
        if (s.item()) {
            int i = n.isArray() ? indexOf(n, s.keyField(), s.id()) : -1;
            return i < 0 ? null : n.get(i);
        }
        return n.isObject() ? n.get(s.field()) : null;
    }

    /** A value as short text: numbers written out (400000000, not 4E+8), text without quotes, the rest as compact JSON. */
    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return n.toString();
    }
}
