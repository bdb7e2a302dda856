package org.policylab.configurator.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validates a JSON tree against a schema shipped in the app; each problem is a JSON pointer and a reason. */
public final class JsonSchemaCheck {
    private final JsonSchema schema;

    /** A schema problem: where (JSON pointer, {@code ""} for the document) and what, as a translatable reason. */
    public record Violation(String pointer, Fault.Text reason) {
        public Fault fault(String file) {
            return new Fault(file, pointer, reason.key(), reason.args());
        }

        /** English, one line (for logs and tests). */
        public String describe(String file) {
            return fault(file).english();
        }
    }

    private JsonSchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** Loads a schema from the classpath, e.g. {@code templates/passport/passport.schema.json}. */
    public static JsonSchemaCheck fromResource(String path) {
        try (InputStream in = JsonSchemaCheck.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the application: " + path);
            }
            JsonNode node = JsonInput.mapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            return new JsonSchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Violation> validate(JsonNode node) {
        List<ValidationMessage> messages = List.copyOf(schema.validate(node));
        // "null found, object expected" and "integer found, null expected" under a oneOf are one problem:
        // the value is none of the allowed forms; said once, with the forms
        Map<String, List<String>> alternatives = new HashMap<>();
        for (ValidationMessage m : messages) {
            if (isChoice(m)) {
                alternatives.put(pointerOf(m), new ArrayList<>());
            }
        }
        List<Violation> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = pointerOf(m);
            List<String> forms = alternatives.get(pointer);
            if (forms != null && "type".equals(m.getType())) {
                forms.addAll(expectedTypes(arg(m, 1)));
                continue;
            }
            if (forms == null || !isChoice(m)) {
                out.add(new Violation(pointer, reason(m)));
            }
        }
        for (ValidationMessage m : messages) {
            String pointer = pointerOf(m);
            if (isChoice(m) && alternatives.containsKey(pointer)) {
                List<String> forms = alternatives.remove(pointer);
                String found = m.getInstanceNode() == null ? "" : m.getInstanceNode().getNodeType().name().toLowerCase(Locale.ROOT);
                out.add(forms.isEmpty() || found.isEmpty()
                        ? new Violation(pointer, Fault.Text.of("error.schema.choice"))
                        : new Violation(pointer, typeReason(forms, "number".equals(found) && m.getInstanceNode().isIntegralNumber() ? "integer" : found)));
            }
        }
        return out.stream()
                .distinct()
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(v -> v.reason().key()))
                .toList();
    }

    private static boolean isChoice(ValidationMessage m) {
        return "oneOf".equals(m.getType()) || "anyOf".equals(m.getType());
    }

    private static String pointerOf(ValidationMessage m) {
        String pointer = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        // a pointer can hold a key from the file: no control characters may reach the terminal
        return pointer.isEmpty() || "/".equals(pointer) ? "" : JsonInput.oneLine(pointer);
    }

    private static String arg(ValidationMessage m, int i) {
        Object[] args = m.getArguments();
        return args != null && args.length > i && args[i] != null ? JsonInput.oneLine(String.valueOf(args[i])) : "";
    }

    /** {@code [integer, null]} or {@code number}: the type names. */
    private static List<String> expectedTypes(String s) {
        String inner = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        List<String> out = new ArrayList<>();
        for (String t : inner.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    private static Fault.Text typeReason(List<String> expected, String found) {
        List<String> distinct = expected.stream().distinct().toList();
        Fault.Text want = distinct.size() == 1 ? JsonInput.typeName(distinct.get(0))
                : Fault.Text.of("error.json.type.either", JsonInput.typeName(distinct.get(0)),
                        distinct.size() == 2 ? JsonInput.typeName(distinct.get(1)) : Fault.Text.of(Fault.VERBATIM,
                                String.join(", ", distinct.subList(1, distinct.size()))));
        return Fault.Text.of("error.value.type", want, JsonInput.typeName(found));
    }

    /**
     * The validator's message as one of a small set of translated reasons, by its type, with its
     * arguments; a type the app's schemas do not use falls back to the validator's English.
     */
    static Fault.Text reason(ValidationMessage m) {
        String type = m.getType() == null ? "" : m.getType();
        return switch (type) {
            case "required" -> Fault.Text.of("error.schema.required", arg(m, 0));
            case "type" -> typeReason(expectedTypes(arg(m, 1)), arg(m, 0));
            case "enum" -> Fault.Text.of("error.schema.enum", found(m), enumeration(arg(m, 0)));
            case "const" -> Fault.Text.of("error.schema.const", arg(m, 0));
            case "minimum" -> Fault.Text.of("error.schema.minimum", arg(m, 0), found(m));
            case "maximum" -> Fault.Text.of("error.schema.maximum", arg(m, 0), found(m));
            case "exclusiveMinimum" -> Fault.Text.of("error.schema.exclusiveMinimum", arg(m, 0), found(m));
            case "exclusiveMaximum" -> Fault.Text.of("error.schema.exclusiveMaximum", arg(m, 0), found(m));
            case "minLength" -> Fault.Text.of("error.schema.minLength", arg(m, 0));
            case "maxLength" -> Fault.Text.of("error.schema.maxLength", arg(m, 0));
            case "minItems" -> Fault.Text.of("error.schema.minItems", arg(m, 0), arg(m, 1));
            case "maxItems" -> Fault.Text.of("error.schema.maxItems", arg(m, 0), arg(m, 1));
            case "uniqueItems" -> Fault.Text.of("error.schema.uniqueItems");
            case "pattern" -> Fault.Text.of("error.schema.pattern", arg(m, 0));
            case "additionalProperties", "unevaluatedProperties" -> Fault.Text.of("error.schema.additionalProperties", arg(m, 0));
            case "propertyNames" -> Fault.Text.of("error.schema.propertyName", arg(m, 0));
            case "oneOf", "anyOf" -> Fault.Text.of("error.schema.choice");
            case "format" -> Fault.Text.of("error.schema.format", arg(m, 0));
            default -> Fault.Text.of(Fault.VERBATIM, strip(m));
        };
    }

    /** The offending value as found, short: itself when short, else its kind (a 1 MB text is not repeated). */
    private static String found(ValidationMessage m) {
        JsonNode v = m.getInstanceNode();
        if (v == null) {
            return "?";
        }
        String text = v.isTextual() ? v.textValue() : v.toString();
        return text.length() <= 40 ? JsonInput.oneLine(text) : JsonInput.oneLine(text.substring(0, 37)) + "...";
    }

    /** ["en", "ru", null] as en, ru, null. */
    private static String enumeration(String s) {
        String inner = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        return inner.replace("\"", "");
    }

    private static String strip(ValidationMessage m) {
        String pointer = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        String msg = m.getMessage();
        String prefix = pointer + ": ";
        return JsonInput.oneLine(msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
    }
}
