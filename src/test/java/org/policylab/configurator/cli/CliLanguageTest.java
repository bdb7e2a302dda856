package org.policylab.configurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.JsonInput;

/**
 * Issue 13, item 5: with {@code --lang ru} or {@code --lang kk} every error line is in that
 * language — one line, the file and the JSON pointer (or line and column) as they are, the reason
 * translated — and the exit code is the one the command always had.
 */
class CliLanguageTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        String line() {
            assertThat(err.strip().lines()).as("one line: %s", err).hasSize(1);
            return err.strip();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** No English sentence, no exception name, no stack trace. */
    static void notEnglish(String line) {
        assertThat(line).doesNotContain("Exception", "\tat ", "unknown", "expected", "found", "not found", "does not exist",
                "required", "allowed", "line ", "column", "catalog validate");
    }

    @Test
    void anUnknownStageInRussianAndKazakh() {
        Run ru = run("recommend", "--lang", "ru", "--problem", "talent-drain", "--stage", "nonsense", "--segment", "startup");
        assertThat(ru.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ru.line()).isEqualTo("policy-configurator recommend: --stage: неизвестное значение «nonsense»; допустимые значения: emerging, growth, maturity, decline");
        assertThat(ru.out()).isEmpty();
        // --lang after the bad value counts too
        Run kk = run("recommend", "--problem", "talent-drain", "--stage", "nonsense", "--segment", "startup", "--lang", "kk");
        assertThat(kk.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(kk.line()).isEqualTo("policy-configurator recommend: --stage: белгісіз «nonsense» мәні; рұқсат етілген мәндер: emerging, growth, maturity, decline");
        Run problem = run("recommend", "--lang", "ru", "--problem", "nope", "--stage", "growth", "--segment", "sme");
        assertThat(problem.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(problem.line()).startsWith("policy-configurator recommend: --problem: неизвестное значение «nope»; допустимые значения: ").contains("talent-drain");
        Run option = run("check", "x.json", "--lang", "kk", "--bogus");
        assertThat(option.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(option.line()).startsWith("policy-configurator check: белгісіз «--bogus» параметрі; рұқсат етілгендері: ").contains("--format");
        Run missing = run("export", "x.json", "--lang", "ru");
        assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.line()).startsWith("policy-configurator export: не указано: ").contains("--format", "--out");
        notEnglish(ru.line());
        notEnglish(kk.line());
    }

    /** {@code --help} says what the program does and how it ends in whole sentences, one a line, in the asked language. */
    @Test
    void theHelpDescribesTheProgramInWholeSentences() {
        for (org.policylab.configurator.i18n.Language l : org.policylab.configurator.i18n.Language.values()) {
            Run help = run("--help", "--lang", l.id());
            assertThat(help.code()).isZero();
            java.util.List<String> lines = help.out().lines().toList();
            int usage = lines.indexOf(lines.stream().filter(s -> s.startsWith("Usage: policy-configurator")).findFirst().orElseThrow());
            int options = lines.indexOf(lines.stream().filter(s -> s.strip().startsWith("-h, --help")).findFirst().orElseThrow());
            java.util.List<String> description = lines.subList(usage + 1, options);
            var m = org.policylab.configurator.i18n.Messages.of(l);
            assertThat(description).as(l.id()).containsExactly(m.get("cli.help.description").split("\n"))
                    .allSatisfy(s -> assertThat(s).matches("\\S.*\\."));
            java.util.List<String> footer = java.util.Arrays.asList(m.get("cli.help.footer").split("\n"));
            int first = lines.indexOf(footer.get(0));
            assertThat(first).as(l.id() + ": %s", help.out()).isPositive();
            assertThat(lines.get(first - 1)).isBlank();
            assertThat(lines.subList(first, lines.size())).as(l.id()).isEqualTo(footer)
                    .allSatisfy(s -> assertThat(s).matches("\\S.*\\."));
            if (l != org.policylab.configurator.i18n.Language.EN) {
                assertThat(description).allSatisfy(s -> assertThat(s).containsPattern("\\p{IsCyrillic}{4}"));
                notEnglish(String.join(" ", description));
            }
        }
        // the root's description and footer are not a command's
        assertThat(run("scenario", "--help", "--lang", "ru").out()).contains("Usage: policy-configurator scenario")
                .doesNotContain(org.policylab.configurator.i18n.Messages.of(org.policylab.configurator.i18n.Language.RU)
                        .get("cli.help.footer").split("\n")[0])
                .doesNotContain(org.policylab.configurator.i18n.Messages.of(org.policylab.configurator.i18n.Language.RU)
                        .get("cli.help.description").split("\n")[0]);
    }

    @Test
    void aFileThatIsNotAPassport() throws Exception {
        Path array = Files.writeString(tmp.resolve("list.json"), "[1, 2, 3]");
        Run ru = run("check", array.toString(), "--lang", "ru");
        assertThat(ru.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ru.line()).isEqualTo(array + ": ожидался объект паспорта программы (с полями schemaVersion и title); найдено: список");
        Path words = Files.writeString(tmp.resolve("words.json"), "not a passport");
        Run kk = run("check", words.toString(), "--lang", "kk");
        assertThat(kk.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(kk.line()).startsWith(words + ": 1-жол, 1-баған: көзделмеген «not» сөзі; ");
        notEnglish(ru.line());
        notEnglish(kk.line());
    }

    @Test
    void brokenJsonKeepsItsLineAndColumn() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\n  \"title\": \"x\",\n  \"budget\": }\n");
        Run ru = run("check", broken.toString(), "--lang", "ru");
        assertThat(ru.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ru.line()).isEqualTo(broken + ": строка 3, столбец 13: непредусмотренный символ «}»; это не JSON");
        Run kk = run("export", broken.toString(), "--format", "json", "--out", tmp.resolve("out.json").toString(), "--lang", "kk");
        assertThat(kk.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(kk.line()).isEqualTo(broken + ": 3-жол, 13-баған: көзделмеген «}» таңбасы; бұл JSON емес");
        Path duplicate = Files.writeString(tmp.resolve("twice.json"), "{\"title\": \"a\",\n\"title\": \"b\"}");
        assertThat(run("check", duplicate.toString(), "--lang", "ru").line())
                .isEqualTo(duplicate + ": строка 2, столбец 8: ключ «title» повторяется в одном объекте");
        Path truncated = Files.writeString(tmp.resolve("cut.json"), "{\"title\": \"a\",");
        assertThat(run("check", truncated.toString(), "--lang", "kk").line())
                .startsWith(truncated + ": 1-жол, ").endsWith("файл құжат аяқталмай тұрып үзіледі (JSON аяқталмаған)");
    }

    @Test
    void aPassportWithoutItsTitleNamesTheRequiredProperty() throws Exception {
        ObjectNode tree = (ObjectNode) JsonInput.mapper().readTree(PassportJson.toJson(Fixtures.good()));
        tree.remove("title");
        Path file = Files.writeString(tmp.resolve("untitled.json"), tree.toString());
        Run ru = run("check", file.toString(), "--lang", "ru");
        assertThat(ru.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ru.line()).isEqualTo(file + ": at /: отсутствует обязательное поле «title»");
        Run kk = run("check", file.toString(), "--lang", "kk");
        assertThat(kk.line()).isEqualTo(file + ": at /: «title» міндетті өрісі жоқ");
        Run en = run("check", file.toString(), "--lang", "en");
        assertThat(en.line()).isEqualTo(file + ": at /: required property 'title' not found");

        tree = (ObjectNode) JsonInput.mapper().readTree(PassportJson.toJson(Fixtures.good()));
        ((ObjectNode) tree.at("/instruments/0/budget")).put("amount", "lots");
        Path typed = Files.writeString(tmp.resolve("typed.json"), tree.toString());
        assertThat(run("check", typed.toString(), "--lang", "ru").line())
                .isEqualTo(typed + ": at /instruments/0/budget/amount: ожидалось: число; найдено: текст");
    }

    /** The numbers in a finding are in the language asked for; the JSON's counts stay numbers. */
    @Test
    void checkWritesTheNumbersOfAFindingInTheLanguageAskedFor() throws Exception {
        var bad = Fixtures.good().replaceKpi(0, Fixtures.good().kpis().get(0)
                .withBaseline(new org.policylab.configurator.passport.YearValue(2026, 4500.5))
                .withTargets(java.util.List.of(new org.policylab.configurator.passport.YearValue(2027, 1.5))));
        Path file = Files.writeString(tmp.resolve("backwards.json"), PassportJson.toJson(bad));
        Run kk = run("check", file.toString(), "--lang", "kk");
        assertThat(kk.code()).isEqualTo(Cli.FINDINGS);
        assertThat(kk.out()).contains("2027 жылғы нысана (1,5) базалық 4\u00a0500,5 мәнінен");
        Run en = run("check", file.toString(), "--lang", "en", "--format", "json");
        var json = JsonInput.mapper().readTree(en.out());
        assertThat(json.at("/findings").toString()).contains("the 2027 target 1.5 moves away from the baseline 4,500.5");
        assertThat(json.at("/summary/error").isNumber()).isTrue();
        assertThat(json.at("/summary/error").asInt()).isPositive();
    }

    @Test
    void aBrokenCatalogFileForValidateAndImport() throws Exception {
        Path catalog = tmp.resolve("catalog.json");
        assertThat(run("catalog", "export", "--out", catalog.toString()).code()).isZero();
        ObjectNode tree = (ObjectNode) JsonInput.mapper().readTree(catalog.toFile());
        ((ObjectNode) tree.at("/kpis/0")).put("kind", "impact");
        Path broken = Files.writeString(tmp.resolve("ministry-catalog.json"), tree.toString());

        Run validate = run("catalog", "validate", broken.toString(), "--standalone", "--lang", "ru");
        assertThat(validate.code()).isEqualTo(Cli.FINDINGS);
        assertThat(validate.out().strip().lines()).hasSize(1).first().asString()
                .startsWith(broken + ": at /kpis/0/kind: значение «impact» не допускается; допустимые значения: ");
        Run valid = run("catalog", "validate", catalog.toString(), "--standalone", "--lang", "kk");
        assertThat(valid.code()).isZero();
        assertThat(valid.out().strip()).isEqualTo(catalog + ": ескертулер жоқ");

        Run importRu = run("catalog", "import", broken.toString(), "--lang", "ru");
        assertThat(importRu.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(importRu.err().strip().lines()).containsExactly(
                broken + ": at /kpis/0/kind: значение «impact» не допускается; допустимые значения: input, output, outcome",
                broken + ": найдено замечаний: 1; ничего не импортировано");
        Run importKk = run("catalog", "import", broken.toString(), "--lang", "kk");
        assertThat(importKk.err()).contains(broken + ": табылған ескертулер саны: 1; ештеңе импортталмады")
                .doesNotContain("catalog validate");
        Path notJson = Files.writeString(tmp.resolve("notes.json"), "{\"version\": \"x\",}");
        Run parse = run("catalog", "import", notJson.toString(), "--lang", "kk");
        assertThat(parse.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(parse.line()).isEqualTo(notJson + ": 1-жол, 17-баған: «}» алдында үтір тұр, одан кейін элемент жоқ");
    }

    @Test
    void exportToAMissingFolder() throws Exception {
        Path in = tmp.resolve("in.json");
        PassportJson.write(Fixtures.good(), in);
        Path out = tmp.resolve("no-such-folder").resolve("passport.pdf");
        Run ru = run("export", in.toString(), "--format", "pdf", "--out", out.toString(), "--lang", "ru");
        assertThat(ru.code()).isEqualTo(Cli.FAILURE);
        assertThat(ru.line()).isEqualTo(out + ": папка " + out.toAbsolutePath().getParent() + " не существует");
        Run kk = run("export", in.toString(), "--format", "md", "--out", out.toString(), "--lang", "kk");
        assertThat(kk.code()).isEqualTo(Cli.FAILURE);
        assertThat(kk.line()).isEqualTo(out + ": " + out.toAbsolutePath().getParent() + " қалтасы жоқ");
        assertThat(out.getParent()).doesNotExist();
        Run missing = run("check", tmp.resolve("nope.json").toString(), "--lang", "kk");
        assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.line()).isEqualTo(tmp.resolve("nope.json") + ": файл табылмады");
    }
}
