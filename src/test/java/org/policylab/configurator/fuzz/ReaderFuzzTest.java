package org.policylab.configurator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.CatalogJson;
import org.policylab.configurator.catalog.CatalogValidator;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Issue 9: fuzzing the readers of files a planner is sent. The property: for any bytes, only
 * {@link InputException} (our one-sentence error naming the file) may escape; no
 * NullPointerException, IllegalStateException, StackOverflowError or anything else. A passport
 * that was read can be written and read back.
 *
 * <p>In a normal test run each @FuzzTest replays its committed seed corpus,
 * {@code src/test/resources/org/policylab/configurator/fuzz/ReaderFuzzTestInputs/<method>/}. To fuzz
 * one target (Jazzer fuzzes the first selected @FuzzTest of a run; maxDuration bounds it):
 * <pre>JAZZER_FUZZ=1 ./mvnw -o test -Dtest=ReaderFuzzTest#passportReader -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * A crash is saved as {@code crash-…} in the Inputs folder (replayed from then on); fix it, keep it.
 */
class ReaderFuzzTest {
    static final String NAME = "fuzz.json";

    @FuzzTest(maxDuration = "5m")
    void passportReader(byte[] data) {
        ProgramPassport p = readPassport(data);
        if (p != null) {
            String written = PassportJson.toJson(p);
            try {
                PassportJson.parse("written.json", written);
            } catch (InputException e) {
                throw new AssertionError("a passport that was read cannot be read back once written: " + e.getMessage()
                        + "\n" + written, e);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void catalogReader(byte[] data) {
        String text;
        try {
            text = JsonInput.readText(NAME, new ByteArrayInputStream(data));
        } catch (InputException e) {
            assertOneSentencePerLine(e.getMessage());
            return;
        }
        try {
            JsonNode tree = JsonInput.readTree(NAME, text);
            CatalogValidator.Result r = CatalogValidator.validate(NAME, tree, Fixtures.catalog());
            for (CatalogValidator.Issue issue : r.issues()) {
                assertOneSentencePerLine(issue.describe());
            }
            if (r.valid()) {
                Catalog c = new Catalog(r.document());
                c.instruments().forEach(i -> c.instrument(i.id()));
            }
        } catch (InputException e) {
            assertOneSentencePerLine(e.getMessage());
        }
        // the shipped catalog is bound without the schema: that path must be as safe
        try {
            CatalogDocument doc = CatalogJson.parse(NAME, text);
            new Catalog(doc);
        } catch (InputException e) {
            assertOneSentencePerLine(e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void checkPath(byte[] data) {
        ProgramPassport p = readPassport(data);
        if (p != null) {
            List<Finding> findings = new DesignChecks(Fixtures.catalog()).check(p);
            DesignChecks.hasErrors(findings);
        }
    }

    /** The passport, or null when it was rejected with a proper one-sentence error. */
    static ProgramPassport readPassport(byte[] data) {
        try {
            String text = JsonInput.readText(NAME, new ByteArrayInputStream(data));
            return PassportJson.parse(NAME, text);
        } catch (InputException e) {
            assertOneSentencePerLine(e.getMessage());
            return null;
        }
    }

    /** Each line names the file, is short and has no control characters (they would reach a terminal). */
    static void assertOneSentencePerLine(String message) {
        if (message == null || message.isEmpty()) {
            throw new AssertionError("an error without a message");
        }
        for (String line : message.split("\n", -1)) {
            if (!line.startsWith(NAME + ": ")) {
                throw new AssertionError("an error line that does not name the file: " + line);
            }
            if (line.length() > 400) {
                throw new AssertionError("an error line of " + line.length() + " characters: " + line);
            }
            if (line.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new AssertionError("a control character in an error line: " + line.replaceAll("\\p{Cntrl}", "^"));
            }
        }
    }
}
