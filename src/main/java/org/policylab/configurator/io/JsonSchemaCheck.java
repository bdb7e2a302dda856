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
import java.util.Comparator;
import java.util.List;

/** Validates a JSON tree against a schema shipped in the app; each problem is a JSON pointer and a reason. */
public final class JsonSchemaCheck {
    private final JsonSchema schema;

    /** A schema problem: where (JSON pointer) and what. */
    public record Violation(String pointer, String reason) {
        public String describe(String file) {
            return file + ": at " + (pointer.isEmpty() ? "/" : pointer) + ": " + reason;
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
        return schema.validate(node).stream()
                .map(JsonSchemaCheck::toViolation)
                .distinct()
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::reason))
                .toList();
    }

    private static Violation toViolation(ValidationMessage m) {
        String pointer = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        String msg = m.getMessage();
        String prefix = pointer + ": ";
        if (msg.startsWith(prefix)) {
            msg = msg.substring(prefix.length());
        }
        if (pointer.isEmpty() || "/".equals(pointer)) {
            pointer = "";
        }
        // a pointer can hold a key from the file: no control characters may reach the terminal
        return new Violation(JsonInput.oneLine(pointer), JsonInput.oneLine(msg));
    }
}
