package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.export.PassportJson;

/**
 * Issue 9: every malformed passport in {@code src/test/resources/malformed/} (plus a folder and a
 * missing path) goes through the real command line, {@code check FILE} and
 * {@code export FILE --format json --out OUT}: exit 2, stderr one line (or one line per schema
 * problem), each line naming the file, no exception name, no stack trace, and no OUT written.
 * The files in {@code wellformed/} (UTF-8 with a BOM, CRLF line ends) must be read.
 */
class MalformedPassportTest {
    @TempDir
    static Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path resources(String folder) {
        try {
            return Path.of(MalformedPassportTest.class.getResource("/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(resources(folder))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Stream<Path> malformed() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("a-folder.json"));
        Path missing = tmp.resolve("no-such-folder").resolve("missing.json");
        return Stream.concat(files("malformed").stream(), Stream.of(folder, missing));
    }

    @Test
    void theCorpusHasAtLeastThirtyFiles() throws IOException {
        assertThat(files("malformed")).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "check {0}")
    @MethodSource("malformed")
    void checkRejectsInOneClearLine(Path file) {
        Run r = run("check", file.toString());
        assertRejected(file, r);
    }

    @ParameterizedTest(name = "export {0}")
    @MethodSource("malformed")
    void exportRejectsInOneClearLineAndWritesNothing(Path file) throws IOException {
        Path out = Files.createTempDirectory(tmp, "out").resolve("passport.json");
        Run r = run("export", file.toString(), "--format", "json", "--out", out.toString());
        assertRejected(file, r);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).as("nothing, not even a temporary file, in the output folder").isEmpty();
        }
    }

    static void assertRejected(Path file, Run r) {
        String name = file.toString();
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Error");
        assertThat(r.err()).endsWith(System.lineSeparator());
        List<String> lines = r.err().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(line).as("every line names the file").startsWith(name + ": ");
            assertThat(line.length() - name.length()).as("a sentence, not a dump: %s", line).isLessThan(320);
            assertThat(line.chars().noneMatch(c -> c < 0x20 && c != '\t')).as("no control characters: %s", line).isTrue();
        }
        if (lines.size() > 1) {
            // the last line may instead count the problems left out ("and 41 more problems", «и ещё замечаний: 41»)
            assertThat(lines.subList(0, lines.size() - 1)).as("several lines only for schema problems, each with its JSON pointer")
                    .allMatch(l -> l.startsWith(name + ": at /"));
            assertThat(lines.get(lines.size() - 1)).as("the last line: a problem with its pointer, or the count of the rest")
                    .satisfiesAnyOf(l -> assertThat(l).startsWith(name + ": at /"),
                            l -> assertThat(l.substring(name.length())).matches(": \\D*\\d+\\D*"));
            assertThat(lines).hasSizeLessThanOrEqualTo(20);
        }
        assertThat(r.out()).isEmpty();
    }

    static Stream<Arguments> malformedInEachLanguage() throws IOException {
        return malformed().flatMap(f -> Stream.of(Arguments.of(f, "ru"), Arguments.of(f, "kk")));
    }

    /**
     * Issue 13: the same file in Russian or Kazakh gives the same lines as in English — the same
     * file, the same JSON pointers or lines and columns, the same offending value — with the reason
     * translated: Cyrillic, and not the English reason.
     */
    @ParameterizedTest(name = "check --lang {1} {0}")
    @MethodSource("malformedInEachLanguage")
    void checkRejectsInThePlannersLanguage(Path file, String lang) {
        Run en = run("check", file.toString(), "--lang", "en");
        Run other = run("check", file.toString(), "--lang", lang);
        assertRejected(file, other);
        List<String> enLines = en.err().lines().toList();
        List<String> lines = other.err().lines().toList();
        assertThat(lines).as("as many lines as in English").hasSameSizeAs(enLines);
        for (int i = 0; i < lines.size(); i++) {
            String enReason = reason(file, enLines.get(i));
            String reason = reason(file, lines.get(i));
            assertThat(location(file, lines.get(i))).as("the location is not translated").isEqualTo(location(file, enLines.get(i)));
            assertThat(reason).as("a translated reason: %s", lines.get(i)).isNotEqualTo(enReason)
                    .containsPattern("[а-яәғқңөұүһі]");
            // numbers and quoted values of the English reason (the line, the key, the limit) are kept
            for (String kept : numbersAndQuoted(enReason)) {
                assertThat(lines.get(i)).as("keeps %s: %s", kept, lines.get(i)).contains(kept);
            }
        }
    }

    /** {@code at /pointer} of a line, or "" when it has none. */
    static String location(Path file, String line) {
        String rest = line.substring(file.toString().length() + 2);
        return rest.startsWith("at /") ? rest.substring(0, rest.indexOf(": ")) : "";
    }

    static String reason(Path file, String line) {
        String loc = location(file, line);
        String rest = line.substring(file.toString().length() + 2);
        return loc.isEmpty() ? rest : rest.substring(loc.length() + 2);
    }

    static List<String> numbersAndQuoted(String reason) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']+)'|(?<![\\w.,])(\\d+)(?![\\w.,]*\\d)").matcher(reason);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellformed")
    void aBomOrCrlfPassportIsRead(Path file) throws Exception {
        Run check = run("check", file.toString());
        assertThat(check.code()).as(check.err()).isZero();
        Path out = Files.createTempDirectory(tmp, "ok").resolve("passport.json");
        Run export = run("export", file.toString(), "--format", "json", "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        // the files are version 1: they read as the v1 fixture, migrated
        assertThat(PassportJson.read(out)).isEqualTo(Fixtures.goodV1());
    }

    static List<Path> wellformed() throws IOException {
        return files("wellformed");
    }

    @Test
    void aFileBrokenEverywhereListsTwentyLinesAtMost() {
        Path file = resources("malformed").resolve("many-violations.json");
        Run r = run("check", file.toString());
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(20);
        assertThat(lines.get(19)).isEqualTo(file + ": and 41 more problems");
    }

    @Test
    void regressionMessagesSayWhatIsWrongInPlainWords() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("another-folder.json"));
        Path m = resources("malformed");
        assertThat(run("check", m.resolve("duplicate-key.json").toString()).err())
                .contains("line 5", "key 'title' appears twice");
        assertThat(run("check", m.resolve("utf-16le-with-bom.json").toString()).err()).contains("UTF-16", "save the file as UTF-8");
        assertThat(run("check", m.resolve("utf-16be-without-bom.json").toString()).err()).contains("UTF-16");
        assertThat(run("check", m.resolve("nan-literal.json").toString()).err()).contains("'NaN' is not a JSON number")
                .doesNotContain("ALLOW_NON_NUMERIC");
        assertThat(run("check", m.resolve("comment.json").toString()).err()).contains("comments are not allowed")
                .doesNotContain("ALLOW_COMMENTS");
        assertThat(run("check", m.resolve("key-1500-characters.json").toString()).err()).contains("a key is too long")
                .doesNotContain("StreamReadConstraints");
        assertThat(run("check", m.resolve("deep-nesting-200.json").toString()).err()).contains("nested too deeply");
        assertThat(run("check", m.resolve("string-2-mb.json").toString()).err()).contains("text value is too long");
        assertThat(run("check", m.resolve("number-100-digits.json").toString()).err()).contains("number is too long");
        assertThat(run("check", m.resolve("co-financing-150-percent.json").toString()).err())
                .contains("/instruments/0/coFinancingShare", "maximum value of 1");
        assertThat(run("check", folder.toString()).err()).contains("is a folder");
        // was accepted as Infinity, and then exported as "Infinity", a file nothing could read back
        assertThat(run("check", m.resolve("kpi-target-1e400.json").toString()).err())
                .contains("at /kpis/1/targets/2/value: the number is too large");
    }
}
