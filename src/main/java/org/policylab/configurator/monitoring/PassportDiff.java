package org.policylab.configurator.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * What changed between two passports (two revisions of a program, or two designs): every field added, removed or
 * changed, each with its JSON pointer into the newer passport (into the older one for a removal). Instruments and
 * KPIs are matched by their catalog id, so moving an instrument in the list is not a change of every instrument
 * after it; the revision stamp itself and the passport's id are not compared.
 */
public final class PassportDiff {
    private PassportDiff() {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change; {@code before} and {@code after} are JSON text (null where there is none). */
    public record Change(String pointer, Kind kind, String before, String after) {
    }

    /** The arrays whose elements are matched by a key, not by position. */
    private static final Map<String, String> KEYS = Map.of("/instruments", "instrument", "/kpis", "kpi");
    private static final Set<String> IGNORED = Set.of("/revision", "/id", "/schemaVersion", "/catalogVersion");

    public static List<Change> between(ProgramPassport older, ProgramPassport newer) {
        List<Change> out = new ArrayList<>();
        diff("", JsonInput.mapper().valueToTree(older), JsonInput.mapper().valueToTree(newer), out);
        return out;
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<Change> out) {
        if (IGNORED.contains(at)) {
            return;
        }
        if (a == null || a.isNull() || a.isMissingNode()) {
            if (b != null && !b.isNull() && !b.isMissingNode()) {
                out.add(new Change(at, Kind.ADDED, null, text(b)));
            }
            return;
        }
        if (b == null || b.isNull() || b.isMissingNode()) {
            out.add(new Change(at, Kind.REMOVED, text(a), null));
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(at + "/" + escape(n), a.get(n), b.get(n), out);
            }
        } else if (a.isArray() && b.isArray()) {
            String key = KEYS.get(at);
            if (key != null) {
                keyed(at, (ArrayNode) a, (ArrayNode) b, key, out);
            } else {
                int n = Math.max(a.size(), b.size());
                for (int i = 0; i < n; i++) {
                    diff(at + "/" + i, a.get(i), b.get(i), out);
                }
            }
        } else if (!a.equals(b)) {
            out.add(new Change(at, Kind.CHANGED, text(a), text(b)));
        }
    }

    private static void keyed(String at, ArrayNode a, ArrayNode b, String key, List<Change> out) {
        for (int j = 0; j < b.size(); j++) {
            JsonNode nb = b.get(j);
            int i = indexOf(a, key, nb.path(key).asText());
            if (i < 0) {
                out.add(new Change(at + "/" + j, Kind.ADDED, null, text(nb)));
            } else {
                diff(at + "/" + j, a.get(i), nb, out);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (indexOf(b, key, a.get(i).path(key).asText()) < 0) {
                out.add(new Change(at + "/" + i, Kind.REMOVED, text(a.get(i)), null));
            }
        }
    }

    private static int indexOf(ArrayNode list, String key, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path(key).asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter PLAIN = JsonInput.mapper().writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** A value as compact JSON, numbers written out (400000000, not 4E+8). */
    private static String text(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        try {
            return PLAIN.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return n.toString();
        }
    }

    /** RFC 6901: '~' and '/' in a name. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The changes as JSON: an array of {@code pointer, kind, before, after}. */
    public static ArrayNode toJson(List<Change> changes) {
        ArrayNode out = JsonInput.mapper().createArrayNode();
        for (Change c : changes) {
            ObjectNode o = out.addObject();
            o.put("pointer", c.pointer());
            o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            put(o, "before", c.before());
            put(o, "after", c.after());
        }
        return out;
    }

    private static void put(ObjectNode o, String name, String json) {
        if (json == null) {
            o.putNull(name);
            return;
        }
        try {
            o.set(name, JsonInput.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            o.put(name, json);
        }
    }
}
