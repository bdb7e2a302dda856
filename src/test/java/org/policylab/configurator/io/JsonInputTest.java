package org.policylab.configurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.export.PassportJson;

/** Issue 9: regression tests for what the malformed corpus and the fuzzer found in the one JSON reader. */
class JsonInputTest {
    @Test
    void aKeyGivenTwiceIsRefusedNamingItWithoutItsControlCharacters() {
        // found by fuzzing: the duplicate key's name went into the message with a raw DEL/ESC in it
        InputException e = assertThrows(InputException.class,
                () -> JsonInput.readTree("f.json", "{\"a\\u001b[2J\u007f\": 1, \"a\\u001b[2J\u007f\": 2}"));
        assertThat(e.getMessage()).startsWith("f.json: line 1, column ").contains("appears twice");
        assertThat(e.getMessage().chars().noneMatch(c -> c < 0x20 || c == 0x7f)).as(e.getMessage()).isTrue();
    }

    @Test
    void errorLinesNeverCarryControlCharacters() {
        assertThat(JsonInput.oneLine("a\u001b[31m\u0007b\nc\td\u007f")).isEqualTo("a?[31m?b c d?");
    }

    @Test
    void utf16IsNamed() {
        byte[] le = "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_16BE);
        byte[] bom = "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_16); // big-endian with FE FF
        for (byte[] b : new byte[][] {le, be, bom}) {
            InputException e = assertThrows(InputException.class, () -> JsonInput.decode("f.json", b));
            assertThat(e.getMessage()).isEqualTo("f.json: UTF-16 text; save the file as UTF-8");
        }
    }

    @Test
    void aHugeWrongSchemaVersionIsDescribedByItsKindNotDumped() {
        // found by fuzzing: the whole value (an array, or a megabyte of text) became the message
        String big = "{\"schemaVersion\": \"" + "x".repeat(100_000) + "\", \"title\": \"t\"}";
        InputException e = assertThrows(InputException.class, () -> PassportJson.parse("f.json", big));
        assertThat(e.getMessage()).isEqualTo("f.json: at /schemaVersion: expected a whole number, found string");
        InputException small = assertThrows(InputException.class, () -> PassportJson.parse("f.json", "{\"schemaVersion\": 1.5}"));
        assertThat(small.getMessage()).isEqualTo("f.json: at /schemaVersion: expected a whole number, found 1.5");
    }

    @Test
    void aNumberBeyondDoubleIsRefusedWithItsPointer() throws InputException {
        // was read as Infinity and written back as the string "Infinity": an export that could not be imported
        InputException e = assertThrows(InputException.class,
                () -> JsonInput.readTree("f.json", "{\"k\": [{\"a/b\": {\"value\": -1e309}}]}"));
        assertThat(e.getMessage()).isEqualTo("f.json: at /k/0/a~1b/value: the number is too large");
        assertThat(JsonInput.readTree("f.json", "{\"v\": 1.7976931348623157e308, \"i\": 123456789012345678901234567890}")).isNotNull();
    }

    @Test
    void nanAndCommentsAreExplainedInPlainWords() {
        InputException nan = assertThrows(InputException.class, () -> JsonInput.readTree("f.json", "{\"a\": NaN}"));
        assertThat(nan.getMessage()).isEqualTo("f.json: line 1, column 10: 'NaN' is not a JSON number");
        InputException comment = assertThrows(InputException.class, () -> JsonInput.readTree("f.json", "/* c */ {}"));
        assertThat(comment.getMessage()).isEqualTo("f.json: line 1, column 1: comments are not allowed in JSON");
    }
}
