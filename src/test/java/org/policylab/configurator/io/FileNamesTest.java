package org.policylab.configurator.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

/** Issue 9: a file name made from a program title is always safe, on Linux, macOS and Windows. */
class FileNamesTest {
    static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "conin$", "conout$",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com¹", "com²", "com³",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³");

    static Stream<String> hostile() {
        return Stream.of("../../etc/passwd", "..\\..\\x", "/etc/passwd", "C:\\Windows\\system32", "\\\\server\\share",
                "CON", "con", "nul.txt", "NUL.tar.gz", "COM1.pdf", "lpt9", "con .txt", " aux", "prn.", "CONIN$", "com¹",
                "a/b\\c:d*e?f\"g<h>i|j", "...hidden", ".hidden", ".", "..", "...", "-rf", "--help", "a.", "name. . .",
                "x".repeat(500), "Ә".repeat(500), "😀".repeat(100), "x".repeat(79) + "😀",
                "a\u0000b\u0007c\nd\te\u001b[31mf\u007f", "\r\n", "", " ", "   \t ", "\u00a0", "\u3000\u2003",
                "\u202Egnp.exe", "ab\u200Bcd\uFEFF", "..\u202E/..", "CON" + "x".repeat(100), "con." + "y".repeat(100));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    @NullSource
    void aHostileTitleBecomesASafeName(String title) {
        assertSafe(title, FileNames.forTitle(title));
    }

    static void assertSafe(String title, String name) {
        String what = "title [" + title + "] gave [" + name + "]";
        assertThat(name).as(what).isNotBlank();
        assertThat(name.length()).as(what).isBetween(1, 80);
        assertThat(name).as(what).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|", "..");
        assertThat(name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                && c != 0x200C && c != 0x200D)).as(what + ": control or invisible format characters").isTrue();
        assertThat(name.codePoints().noneMatch(c -> Character.isSpaceChar(c) && c != ' ')).as(what + ": odd spaces").isTrue();
        assertThat(name).as(what).doesNotStartWith(".").doesNotStartWith("-").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(name.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .as(what + ": whole surrogate pairs").isEqualTo(name.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
        String base = (name.contains(".") ? name.substring(0, name.indexOf('.')) : name).trim().toLowerCase(Locale.ROOT);
        assertThat(RESERVED).as(what + ": a Windows device name").doesNotContain(base);
        Path folder = Path.of("/tmp/exports");
        Path resolved = folder.resolve(name).normalize();
        assertThat(resolved.getParent()).as(what + ": stays in its folder").isEqualTo(folder);
        assertThat(resolved.getFileName().toString()).isEqualTo(name);
    }

    @Test
    void knownCases() {
        assertThat(FileNames.forTitle("../../etc/passwd")).isEqualTo("etc passwd");
        assertThat(FileNames.forTitle("a/b\\c:d*e?f\"g<h>i|j")).isEqualTo("a b c d e f g h i j");
        assertThat(FileNames.forTitle("CON")).isEqualTo("passport-CON");
        assertThat(FileNames.forTitle("nul.txt")).isEqualTo("passport-nul.txt");
        assertThat(FileNames.forTitle("...hidden")).isEqualTo("hidden");
        assertThat(FileNames.forTitle("")).isEqualTo("passport");
        assertThat(FileNames.forTitle("  ")).isEqualTo("passport");
        assertThat(FileNames.forTitle(null)).isEqualTo("passport");
        assertThat(FileNames.forTitle("\u202Egnp.exe")).as("no right-to-left override").isEqualTo("gnp.exe");
        assertThat(FileNames.forTitle("x".repeat(500))).hasSize(80);
    }

    @Test
    void cyrillicAndKazakhLettersAreKept() {
        assertThat(FileNames.forTitle("Программа удержания специалистов по ИИ 2027–2030"))
                .isEqualTo("Программа удержания специалистов по ИИ 2027–2030");
        assertThat(FileNames.forTitle("ЖИ мамандарын ұстап қалу бағдарламасы: әғқңөұүһі"))
                .isEqualTo("ЖИ мамандарын ұстап қалу бағдарламасы әғқңөұүһі");
        // the decomposed form (as some keyboards and macOS file names give it) is composed
        assertThat(FileNames.forTitle("и\u0306")).isEqualTo("й");
    }

    @Test
    void randomTitlesFromHostileCharactersAreAlwaysSafe() {
        String alphabet = "./\\:*?\"<>|-_ aZ09\u0000\u001b\u007f\u00a0\u200b\u202e\u2066\ufeffӘәҒғЖж😀\n\t";
        Random random = new Random(9L);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(120);
            while (sb.length() < len) {
                sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String title = random.nextInt(10) == 0 ? "con" + sb : sb.toString();
            assertSafe(title, FileNames.forTitle(title));
        }
    }
}
