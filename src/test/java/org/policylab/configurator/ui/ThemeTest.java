package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's look comes from a binary stylesheet (issue 16: read in a fraction of the time the CSS text takes to
 * parse). It must be exactly AtlantaFX's Primer Light as the build has it, or the window would look unlike the
 * theme it claims to be and an AtlantaFX update would silently not reach it.
 */
public class ThemeTest {
    @TempDir
    Path tmp;

    @Test
    void theBinaryStylesheetIsTheConversionOfTheAtlantaFxThemeOnTheClassPath() throws IOException {
        byte[] shipped;
        try (InputStream in = ThemeTest.class.getResourceAsStream(Theme.BINARY)) {
            assertThat(in).as(Theme.BINARY + " in the build").isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(Binary.of(shipped))
                .as("src/main/resources" + Theme.BINARY + " is not AtlantaFX's primer-light.css as the build has it; make it"
                        + " again with: ./mvnw -B -q -o test-compile exec:java -Dexec.classpathScope=test"
                        + " -Dexec.mainClass=org.policylab.configurator.ui.ThemeTest")
                .isEqualTo(Binary.of(convert(tmp)));
    }

    @Test
    void aChangedThemeIsNoticed() throws IOException {
        Path changed = tmp.resolve("changed");
        Files.createDirectories(changed);
        byte[] fresh = convert(changed, text -> text.replaceFirst("-color-fg-default: #[0-9a-fA-F]+;", "-color-fg-default: #ff0000;"));
        assertThat(Binary.of(fresh)).isNotEqualTo(Binary.of(convert(tmp)));
    }

    @Test
    void theWindowReadsTheBinaryStylesheetWithEveryRuleOfTheTheme() throws IOException {
        assertThat(Theme.url()).endsWith(".bss");
        javafx.css.Stylesheet binary = javafx.css.Stylesheet.loadBinary(new java.net.URL(Theme.url()));
        javafx.css.Stylesheet parsed = new javafx.css.CssParser().parse(ThemeTest.class.getResource(Theme.SOURCE));
        assertThat(binary.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(900);
    }

    /**
     * A binary stylesheet as JavaFX writes it: its format version, its table of strings, then the rules (which refer
     * to the strings by number). The table also holds the address of the CSS file it was made from, a path on the
     * machine that made it; that one string is left out of the comparison.
     */
    record Binary(int version, java.util.List<String> strings, java.util.List<Byte> rules) {
        static Binary of(byte[] bss) throws IOException {
            var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bss));
            int version = in.readShort();
            java.util.List<String> strings = java.util.Arrays.stream(javafx.css.StyleConverter.StringStore.readBinary(in))
                    .map(s -> s.endsWith("/primer-light.css") ? "<source>" : s).toList();
            byte[] rest = in.readAllBytes();
            java.util.List<Byte> rules = new java.util.ArrayList<>(rest.length);
            for (byte b : rest) {
                rules.add(b);
            }
            return new Binary(version, strings, rules);
        }

        @Override
        public String toString() {
            return "binary stylesheet v" + version + ", " + strings.size() + " strings, " + rules.size() + " bytes of rules";
        }
    }

    private static byte[] convert(Path dir) throws IOException {
        return convert(dir, text -> text);
    }

    private static byte[] convert(Path dir, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path css = dir.resolve("primer-light.css");
        try (InputStream in = ThemeTest.class.getResourceAsStream(Theme.SOURCE)) {
            Files.writeString(css, edit.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        Path bss = dir.resolve("primer-light.bss");
        javafx.css.Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        return Files.readAllBytes(bss);
    }

    /** Makes the binary stylesheet again from the AtlantaFX on the class path (after an AtlantaFX update). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("theme");
        Files.write(Path.of("src/main/resources" + Theme.BINARY), convert(dir));
        System.out.println("wrote src/main/resources" + Theme.BINARY);
    }
}
