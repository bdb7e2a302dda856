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
                throw new InputException(name + ": is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(name + ": file is " + size / (1024 * 1024)
                        + " MB, larger than the " + MAX_BYTES / (1024 * 1024) + " MB limit");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": file not found");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        return decode(name, bytes);
    }

    public static String readText(String name, InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(name + ": larger than the " + MAX_BYTES / (1024 * 1024) + " MB limit");
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String decode(String name, byte[] bytes) throws InputException {
        if (looksLikeUtf16(bytes)) {
            throw new InputException(name + ": UTF-16 text; save the file as UTF-8");
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
                throw new InputException(name + ": file is empty");
            }
            if (text.indexOf('\0') >= 0) {
                throw new InputException(name + ": binary content, not a JSON text file");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid UTF-8 text");
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
                    throw new InputException(name + ": line " + loc.getLineNr() + ": unexpected content after the end of the JSON document");
                }
            }
            if (node == null || node.isMissingNode()) {
                throw new InputException(name + ": file is empty");
            }
            requireFinite(name, node, new StringBuilder());
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(describe(name, e), e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * A number such as 1e400 parses as infinity: refused, or a file read now would be written
     * back as "Infinity", which no JSON reader accepts. (Depth is bounded by the nesting limit.)
     */
    private static void requireFinite(String name, JsonNode node, StringBuilder pointer) throws InputException {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new InputException(name + ": at " + oneLine(pointer.length() == 0 ? "/" : pointer.toString()) + ": the number is too large");
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
            throw new InputException(describe(name, e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(name + ": " + oneLine(e.getMessage()), e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws InputException {
        return bind(file.toString(), readTree(file), type);
    }

    /** One line: file, where, what. */
    public static String describe(String name, JsonProcessingException e) {
        StringBuilder sb = new StringBuilder(name).append(": ");
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            sb.append("at ").append(oneLine(pointer(m))).append(": ");
        } else if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            sb.append("line ").append(e.getLocation().getLineNr()).append(", column ")
                    .append(e.getLocation().getColumnNr()).append(": ");
        }
        sb.append(oneLine(reason(e)));
        return sb.toString();
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

    private static String reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return oneLine(root.getMessage());
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        if (msg.contains("Cannot deserialize value of type")) {
            return "wrong type of value: " + simplifyType(msg);
        }
        if (msg.contains("Unexpected end-of-input")) {
            return "the file ends too early (truncated JSON)";
        }
        if (msg.contains("nesting depth")) {
            return "nested too deeply (more than 64 levels)";
        }
        if (msg.contains("String value length")) {
            return "a text value is too long (over 1,000,000 characters)";
        }
        if (msg.contains("Number value length")) {
            return "a number is too long (over 40 digits)";
        }
        if (msg.contains("Trailing token")) {
            return "unexpected content after the end of the JSON document";
        }
        if (msg.startsWith("Duplicate field '")) {
            return "key " + msg.substring("Duplicate field ".length()) + " appears twice in the same object";
        }
        if (msg.contains("Name length")) {
            return "a key is too long (over 1,000 characters)";
        }
        if (msg.startsWith("Non-standard token '")) {
            int end = msg.indexOf('\'', 20);
            return (end > 20 ? msg.substring(19, end + 1) : "NaN or Infinity") + " is not a JSON number";
        }
        if (msg.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        return oneLine(msg);
    }

    private static String simplifyType(String msg) {
        String m = oneLine(msg);
        int from = m.indexOf("from ");
        String found = from >= 0 ? m.substring(from + 5) : "";
        int t = m.indexOf("type `");
        String expected = "";
        if (t >= 0) {
            int end = m.indexOf('`', t + 6);
            expected = m.substring(t + 6, end > 0 ? end : m.length());
            expected = expected.substring(expected.lastIndexOf('.') + 1);
        }
        return "expected " + friendly(expected) + (found.isEmpty() ? "" : ", found " + found.split("[:(]")[0].trim());
    }

    private static String friendly(String javaType) {
        return switch (javaType) {
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double", "BigDecimal" -> "a number";
            case "String" -> "a text";
            case "boolean", "Boolean" -> "true or false";
            default -> javaType.startsWith("List") || javaType.startsWith("java.util.List") ? "an array" : "an object (" + javaType + ")";
        };
    }

    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        // control characters (a terminal escape sequence in a key, say) never reach the terminal
        String line = s.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?").trim();
        int at = line.indexOf(" at [Source");
        if (at > 0) {
            line = line.substring(0, at);
        }
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
