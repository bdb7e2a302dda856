package org.policylab.configurator.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one reader for every JSON file the app reads (passport, catalog, scenario, settings):
 * a size limit, Jackson stream constraints, strict UTF-8 with or without BOM, trailing
 * content rejected, no polymorphic typing, and errors as one line with file and location.
 */
public final class JsonInput {
    /** Largest file we read: far above any real passport or catalog, far below harm. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final ObjectMapper MAPPER = newMapper();

    private JsonInput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(40)
                        .maxNameLength(1_000)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // a key given twice is ambiguous (which one counts?): refuse it rather than keep the last
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // records only: helpers such as isZero() or isOutcome() are not part of the format
                .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** Reads and checks the bytes of a file; the text is strict UTF-8, a BOM is dropped. */
    public static String readText(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(Fault.of(name, "error.input.folder"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(Fault.of(name, "error.input.tooLarge", size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(Fault.of(name, "error.input.notFound"));
        } catch (AccessDeniedException e) {
            throw new InputException(Fault.of(name, "error.input.denied"));
        } catch (IOException e) {
            throw new InputException(Fault.of(name, "error.input.unreadable", e.getClass().getSimpleName()));
        }
        return decode(name, bytes);
    }

    public static String readText(String name, InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(Fault.of(name, "error.input.overLimit", MAX_BYTES / (1024 * 1024)));
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new InputException(Fault.of(name, "error.input.unreadable", e.getClass().getSimpleName()));
        }
    }

    static String decode(String name, byte[] bytes) throws InputException {
        if (looksLikeUtf16(bytes)) {
            throw new InputException(Fault.of(name, "error.input.utf16"));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            if (text.isBlank()) {
                throw new InputException(Fault.of(name, "error.input.empty"));
            }
            if (text.indexOf('\0') >= 0) {
                throw new InputException(Fault.of(name, "error.input.binary"));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InputException(Fault.of(name, "error.input.notUtf8"));
        }
    }

    /** A UTF-16 byte order mark, or the zero bytes UTF-16 puts beside every ASCII character ({@code "{"} is 7B 00 or 00 7B). */
    private static boolean looksLikeUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return true;
        }
        return b.length >= 4 && (b[0] == 0) != (b[1] == 0) && (b[2] == 0) != (b[3] == 0) && (b[0] == 0) == (b[2] == 0);
    }

    /** Parses a file into a tree, for schema validation and migration. */
    public static JsonNode readTree(Path file) throws InputException {
        return readTree(file.toString(), readText(file));
    }

    public static JsonNode readTree(String name, String text) throws InputException {
        try {
            JsonNode node = MAPPER.readTree(text);
            try (JsonParser p = MAPPER.createParser(text)) {
                // readTree tolerates trailing content; a second pass rejects it
                MAPPER.readTree(p);
                if (p.nextToken() != null) {
                    JsonLocation loc = p.currentLocation();
                    throw new InputException(Fault.of(name, AT_LINE, loc.getLineNr(), loc.getColumnNr(),
                            Fault.Text.of("error.json.trailing")));
                }
            }
            if (node == null || node.isMissingNode()) {
                throw new InputException(Fault.of(name, "error.input.empty"));
            }
            requireFinite(name, node, new StringBuilder());
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(fault(name, e), e);
        } catch (IOException e) {
            throw new InputException(Fault.of(name, "error.input.unreadable", e.getClass().getSimpleName()), e);
        }
    }

    /** The key of a parse error's location and reason: {@code line {0}, column {1}: {2}}. */
    static final String AT_LINE = "error.json.at";

    /**
     * A number such as 1e400 parses as infinity: refused, or a file read now would be written
     * back as "Infinity", which no JSON reader accepts. (Depth is bounded by the nesting limit.)
     */
    private static void requireFinite(String name, JsonNode node, StringBuilder pointer) throws InputException {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new InputException(Fault.at(name, pointer.toString(), "error.json.numberTooLarge"));
        }
        int length = pointer.length();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFinite(name, node.get(i), pointer.append('/').append(i));
                pointer.setLength(length);
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                requireFinite(name, e.getValue(), pointer.append('/').append(e.getKey().replace("~", "~0").replace("/", "~1")));
                pointer.setLength(length);
            }
        }
    }

    /** Binds a tree to a type; errors name the JSON pointer of the offending value. */
    public static <T> T bind(String name, JsonNode node, Class<T> type) throws InputException {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new InputException(fault(name, e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(Fault.of(name, Fault.VERBATIM, oneLine(e.getMessage())), e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws InputException {
        return bind(file.toString(), readTree(file), type);
    }

    /** One line, in English: file, where, what (for logs; the user sees {@link #fault}). */
    public static String describe(String name, JsonProcessingException e) {
        return fault(name, e).english();
    }

    /**
     * A Jackson error as a fault: a binding error at its JSON pointer, a parse error with its line
     * and column; the reason is one of a small set of translated keys, never Jackson's English.
     */
    public static Fault fault(String name, JsonProcessingException e) {
        Fault.Text reason = reason(e);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new Fault(name, pointer(m), reason.key(), reason.args());
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return Fault.of(name, AT_LINE, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), reason);
        }
        return new Fault(name, null, reason.key(), reason.args());
    }

    static String pointer(JsonMappingException m) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            p.append('/');
            if (r.getFieldName() != null) {
                p.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                p.append(r.getIndex());
            }
        }
        return p.toString();
    }

    private static Fault.Text reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ValueFault v) {
            Fault f = v.fault();
            return new Fault.Text(f.key(), f.args());
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return Fault.Text.of(Fault.VERBATIM, oneLine(root.getMessage()));
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        if (msg.contains("Cannot deserialize value of type") || msg.contains("Cannot coerce")) {
            return wrongType(msg);
        }
        if (msg.contains("Unexpected end-of-input")) {
            return Fault.Text.of("error.json.truncated");
        }
        if (msg.contains("nesting depth")) {
            return Fault.Text.of("error.json.tooDeep");
        }
        if (msg.contains("String value length")) {
            return Fault.Text.of("error.json.textTooLong");
        }
        if (msg.contains("Number value length")) {
            return Fault.Text.of("error.json.numberTooLong");
        }
        if (msg.contains("Trailing token")) {
            return Fault.Text.of("error.json.trailing");
        }
        if (msg.startsWith("Duplicate field '")) {
            int end = msg.lastIndexOf('\'');
            String key = end > 17 ? msg.substring(17, end) : "?";
            return Fault.Text.of("error.json.duplicateKey", oneLine(key));
        }
        if (msg.contains("Name length")) {
            return Fault.Text.of("error.json.keyTooLong");
        }
        if (msg.startsWith("Non-standard token '")) {
            int end = msg.indexOf('\'', 20);
            return Fault.Text.of("error.json.notANumber", end > 20 ? msg.substring(20, end) : "NaN");
        }
        if (msg.contains("maybe a (non-standard) comment")) {
            return Fault.Text.of("error.json.comment");
        }
        if (msg.contains("Invalid UTF-8")) {
            return Fault.Text.of("error.input.notUtf8");
        }
        if (msg.startsWith("Illegal unquoted character") || msg.contains("CTRL-CHAR")) {
            return Fault.Text.of("error.json.controlCharacter");
        }
        if (msg.startsWith("Unrecognized token '")) {
            int end = msg.indexOf('\'', 20);
            return Fault.Text.of("error.json.unknownWord", oneLine(end > 20 ? msg.substring(20, end) : "?"));
        }
        if (msg.startsWith("Unexpected close marker")) {
            return Fault.Text.of("error.json.unbalanced");
        }
        if (msg.startsWith("Unexpected character ('")) {
            // Unexpected character ('<' (code 60)): ... — the character itself, then what was expected
            int end = msg.indexOf(" (code ");
            String c = end > 23 ? msg.substring(23, end - 1) : "?";
            if (msg.contains("double-quote to start field name")) {
                return Fault.Text.of(c.equals("}") ? "error.json.trailingComma" : "error.json.keyQuotes", oneLine(c));
            }
            if (msg.contains("comma to separate")) {
                return Fault.Text.of("error.json.comma", oneLine(c));
            }
            if (msg.contains("colon to separate")) {
                return Fault.Text.of("error.json.colon", oneLine(c));
            }
            return Fault.Text.of("error.json.character", oneLine(c));
        }
        return Fault.Text.of("error.json.syntax");
    }

    /** A value the binding could not take: what was expected and what was found, both translated. */
    private static Fault.Text wrongType(String msg) {
        String m = oneLine(msg);
        int t = m.indexOf("type `");
        String expected = "";
        if (t >= 0) {
            int end = m.indexOf('`', t + 6);
            expected = m.substring(t + 6, end > 0 ? end : m.length());
            int generic = expected.indexOf('<');
            String raw = generic > 0 ? expected.substring(0, generic) : expected;
            expected = raw.substring(raw.lastIndexOf('.') + 1);
        }
        int from = m.indexOf(" from ");
        String found = from >= 0 ? m.substring(from + 6) : "";
        String foundType = found.startsWith("String") ? "string"
                : found.startsWith("Array") || found.contains("START_ARRAY") ? "array"
                : found.startsWith("Object") || found.contains("START_OBJECT") ? "object"
                : found.startsWith("Boolean") || found.contains("VALUE_TRUE") || found.contains("VALUE_FALSE") ? "boolean"
                : found.startsWith("Floating-point") || found.startsWith("Integer") || found.contains("NUMBER") ? "number"
                : found.contains("null") || found.contains("VALUE_NULL") ? "null" : "";
        Fault.Text want = typeName(switch (expected) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "integer";
            case "double", "Double", "BigDecimal", "float", "Float" -> "number";
            case "String" -> "string";
            case "boolean", "Boolean" -> "boolean";
            case "List", "ArrayList", "Set" -> "array";
            default -> "object";
        });
        return foundType.isEmpty() ? Fault.Text.of("error.value.expected", want)
                : Fault.Text.of("error.value.type", want, typeName(foundType));
    }

    /** The translated name of a JSON type as JSON Schema spells it ({@code integer}, {@code string}...). */
    public static Fault.Text typeName(String jsonType) {
        return switch (jsonType) {
            case "integer" -> Fault.Text.of("error.json.type.integer");
            case "number" -> Fault.Text.of("error.json.type.number");
            case "string" -> Fault.Text.of("error.json.type.string");
            case "boolean" -> Fault.Text.of("error.json.type.boolean");
            case "array" -> Fault.Text.of("error.json.type.array");
            case "object" -> Fault.Text.of("error.json.type.object");
            case "null" -> Fault.Text.of("error.json.type.null");
            default -> Fault.Text.of(Fault.VERBATIM, oneLine(jsonType));
        };
    }

    /** The longest text {@link #oneLine} passes on: what the user gave (a key, a value, a file name) is shortened to it. */
    public static final int MAX_LINE = 300;

    /** One line of at most {@link #MAX_LINE} characters: for text that came from the user or from a library. */
    public static String oneLine(String s) {
        String line = flatten(s);
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE - 3) + "..." : line;
    }

    /**
     * One line, not shortened: for a sentence the app composed, whose parts from the user were shortened by
     * {@link #oneLine} already, so that what it adds itself (the allowed values of an error) is never cut off.
     */
    public static String flatten(String s) {
        if (s == null) {
            return "";
        }
        // control characters (a terminal escape sequence in a key, say) never reach the terminal
        String line = s.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?").trim();
        int at = line.indexOf(" at [Source");
        if (at > 0) {
            line = line.substring(0, at);
        }
        return line;
    }
}
