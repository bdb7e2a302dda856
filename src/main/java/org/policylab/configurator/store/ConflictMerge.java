package org.policylab.configurator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Merging two sides of a conflict field by field: the passport's fields that differ between theirs and mine (title,
 * diagnosis, instruments, KPIs, monitoring …), each with the changes inside it as the revisions diff lists them; the
 * merge is theirs with mine's value for the fields the planner chose. Plain Java: the conflict view only shows it.
 */
public final class ConflictMerge {
    private ConflictMerge() {
    }

    /** One field of the passport that differs, and what differs inside it (pointers into mine). */
    public record Field(String name, List<PassportDiff.Change> changes) {
    }

    /** The differing fields, in the order the passport has them. */
    public static List<Field> fields(ProgramPassport theirs, ProgramPassport mine) {
        Map<String, List<PassportDiff.Change>> byField = new LinkedHashMap<>();
        for (PassportDiff.Change c : PassportDiff.between(theirs, mine)) {
            String p = c.pointer();
            int slash = p.indexOf('/', 1);
            String field = slash < 0 ? p.substring(1) : p.substring(1, slash);
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(c);
        }
        List<Field> out = new ArrayList<>();
        byField.forEach((k, v) -> out.add(new Field(k, List.copyOf(v))));
        return out;
    }

    /** Theirs, with mine's value of each field named in {@code takeMine} (a field mine removed is removed). */
    public static ProgramPassport merge(ProgramPassport theirs, ProgramPassport mine, Set<String> takeMine) {
        ObjectNode t = JsonInput.mapper().valueToTree(theirs);
        JsonNode m = JsonInput.mapper().valueToTree(mine);
        for (String f : takeMine) {
            JsonNode v = m.get(f);
            if (v == null || v.isNull()) {
                t.remove(f);
            } else {
                t.set(f, v.deepCopy());
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
}
