package org.policylab.configurator.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.JsonSchemaCheck;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Reads and writes the passport exchange format (schema version 2). Reading migrates older
 * versions, validates against {@code templates/passport/passport.schema.json} and reports
 * every problem as one line with its JSON pointer.
 */
public final class PassportJson {
    public static final String SCHEMA = "templates/passport/passport.schema.json";
    /** At most this many schema problems are listed, one per line; with the count line that fits the CLI's 20 lines. */
    static final int MAX_LINES = 19;
    private static volatile JsonSchemaCheck schema;

    private PassportJson() {
    }

    static JsonSchemaCheck schema() {
        if (schema == null) {
            synchronized (PassportJson.class) {
                if (schema == null) {
                    schema = JsonSchemaCheck.fromResource(SCHEMA);
                }
            }
        }
        return schema;
    }

    public static ProgramPassport read(Path file) throws InputException {
        return fromTree(file.toString(), JsonInput.readTree(file));
    }

    public static ProgramPassport parse(String name, String text) throws InputException {
        return fromTree(name, JsonInput.readTree(name, text));
    }

    public static ProgramPassport fromTree(String name, JsonNode tree) throws InputException {
        Unchecked read = unchecked(name, tree);
        read.throwIfInvalid(read.violations());
        return read.bind();
    }

    /**
     * A passport file read and migrated but not yet checked against its schema: {@link #violations} (the costly half on
     * a cold start, which may run on another thread) and {@link #bind} are independent. Whoever uses the bound passport
     * must call {@link #throwIfInvalid} before anything it made from it reaches the planner, and first whenever
     * {@link #bind} or the work with its result failed: a file that breaks the schema is reported by the schema's own
     * one-line faults, exactly as {@link #read} reports it.
     */
    public static Unchecked readUnchecked(Path file) throws InputException {
        return unchecked(file.toString(), JsonInput.readTree(file));
    }

    private static Unchecked unchecked(String name, JsonNode tree) throws InputException {
        if (!tree.isObject()) {
            throw new InputException(Fault.of(name, "error.passport.notObject",
                    JsonInput.typeName(tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        return new Unchecked(name, migrate(name, (ObjectNode) tree.deepCopy()));
    }

    /** See {@link #readUnchecked}. */
    public record Unchecked(String name, JsonNode migrated) {
        /** The schema's findings (empty when the file is valid); reads the tree only, so another thread may run it. */
        public List<JsonSchemaCheck.Violation> violations() {
            return schema().validate(migrated);
        }

        /** One line per problem, each naming the file; a file broken everywhere gets a count, not a flood. */
        public void throwIfInvalid(List<JsonSchemaCheck.Violation> violations) throws InputException {
            if (violations.isEmpty()) {
                return;
            }
            List<Fault> faults = new ArrayList<>(violations.stream().limit(MAX_LINES).map(v -> v.fault(name)).toList());
            if (violations.size() > MAX_LINES) {
                faults.add(Fault.of(name, "error.more", violations.size() - MAX_LINES));
            }
            throw new InputException(faults);
        }

        public ProgramPassport bind() throws InputException {
            return JsonInput.bind(name, migrated, ProgramPassport.class);
        }
    }

    /**
     * A draft kept in the workspace: migrated from the version that saved it, like a file, then
     * read without the exchange schema — a draft in progress may still lack what a passport sent
     * to a review panel must have.
     */
    public static ProgramPassport parseDraft(String name, String text) throws InputException {
        JsonNode tree = JsonInput.readTree(name, text);
        if (!tree.isObject()) {
            throw new InputException(name + ": expected a passport object, found "
                    + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return JsonInput.bind(name, migrate(name, (ObjectNode) tree.deepCopy()), ProgramPassport.class);
    }

    /** Schema problems, or an empty list. */
    public static List<Fault> violations(String name, JsonNode tree) {
        return schema().validate(tree).stream().map(v -> v.fault(name)).toList();
    }

    /**
     * Version 0 (drafts written before the format was published) had no schemaVersion, a
     * plain number as budget (tenge) and {@code coFinancingPercent} in percent.
     */
    static JsonNode migrate(String name, ObjectNode node) throws InputException {
        JsonNode v = node.get("schemaVersion");
        int version = v == null || v.isNull() ? 0 : v.isInt() ? v.intValue() : -1;
        if (version < 0) {
            throw new InputException(Fault.at(name, "/schemaVersion", "error.value.type",
                    JsonInput.typeName("integer"), Fault.Text.of(Fault.VERBATIM, brief(v))));
        }
        if (version > ProgramPassport.SCHEMA_VERSION) {
            throw new InputException(Fault.at(name, "/schemaVersion", "error.passport.newerVersion",
                    version, ProgramPassport.SCHEMA_VERSION));
        }
        if (version == 0) {
            if (node.get("instruments") instanceof ArrayNode list) {
                for (JsonNode i : list) {
                    if (i instanceof ObjectNode o) {
                        JsonNode b = o.get("budget");
                        if (b != null && b.isNumber()) {
                            ObjectNode money = o.putObject("budget");
                            money.put("amount", b.decimalValue());
                            money.put("currency", "KZT");
                        }
                        JsonNode pct = o.remove("coFinancingPercent");
                        if (pct != null && pct.isNumber()) {
                            o.put("coFinancingShare", pct.doubleValue() / 100.0);
                        }
                    }
                }
            }
            node.put("schemaVersion", 1);
            version = 1;
        }
        if (version == 1) {
            // version 2 only adds structured fields (exit terms, selection, local-content measure, contingencies,
            // gates, review type); what a v1 file cannot say, the design checks ask the planner to add
            node.put("schemaVersion", 2);
        }
        return node;
    }

    /** A found value for an error line: itself when short, else its kind (a 1 MB string must not become the message). */
    private static String brief(JsonNode v) {
        String text = v.toString();
        return text.length() <= 40 ? JsonInput.oneLine(text) : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String toJson(ProgramPassport p) {
        try {
            return JsonInput.mapper().writeValueAsString(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(ProgramPassport p, Path file) throws OutputException {
        AtomicFiles.write(file, out -> JsonInput.mapper().writeValue(out, p));
    }
}
