package org.policylab.configurator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Rule;
import org.policylab.configurator.monitoring.MonitoringChecks;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.MenuKeys;

/**
 * The user guide (docs/guide/LANG/guide.md, shipped in the jar under /guide/) has a section, by an
 * explicit heading id such as {@code {#step-problem}}, for everything the app links to: each wizard
 * step, each design-check and monitoring rule, each menu item, and the topics Help opens. The ids
 * are read from the code (the step enum, the rules, {@link MenuKeys}), so a new step, rule or menu
 * item without a section in some language fails here. Links and pictures must resolve, and the
 * Russian and Kazakh guides must be written in Russian and Kazakh.
 */
class GuideTest {
    static final Path GUIDE = Path.of("docs/guide");

    /** Sections the app opens by name (Help, the monitoring view, the start screen...). */
    static final List<String> TOPICS = List.of("method", "monitoring", "revisions", "workshop", "catalog-editor",
            "team-workspace", "command-line", "glossary", "open-files");

    /**
     * Menu items that other changes add to the main window; the guide documents them already, so
     * the app can link to them as soon as they land (then their keys join {@link MenuKeys#ITEMS}).
     */
    static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*\\{#([^}\\s]+)}\\s*$");
    static final Pattern ANY_HEADING = Pattern.compile("^#{1,6}\\s");
    static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]");

    /** The required ids, every one derived from the code except the fixed topic names. */
    static Set<String> requiredIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (WizardStep s : WizardStep.values()) {
            ids.add("step-" + s.name().toLowerCase(Locale.ROOT));
        }
        for (Rule r : new DesignChecks(Fixtures.catalog()).rules()) {
            ids.add("rule-" + r.id());
        }
        for (String r : MonitoringChecks.RULES) {
            ids.add("rule-" + r);
        }
        for (String k : MenuKeys.ITEMS) {
            ids.add(MenuKeys.guideId(k));
        }
        ids.addAll(TOPICS);
        return ids;
    }

    record Guide(String lang, Path file, List<String> lines) {
        static Guide of(String lang) throws IOException {
            Path f = GUIDE.resolve(lang).resolve("guide.md");
            assertThat(f).as("the " + lang + " guide").exists();
            return new Guide(lang, f, Files.readAllLines(f, StandardCharsets.UTF_8));
        }

        /** The lines outside fenced code blocks, with their line numbers. */
        List<String[]> text() {
            List<String[]> out = new ArrayList<>();
            boolean code = false;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.strip().startsWith("```")) {
                    code = !code;
                    continue;
                }
                if (!code) {
                    out.add(new String[] {String.valueOf(i + 1), l});
                }
            }
            return out;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (String[] l : text()) {
                Matcher m = HEADING.matcher(l[1]);
                if (m.matches()) {
                    ids.add(m.group(3));
                }
            }
            return ids;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void everyStepRuleMenuItemAndTopicHasASection(String lang) throws IOException {
        Set<String> present = new TreeSet<>(Guide.of(lang).ids());
        List<String> missing = requiredIds().stream().filter(id -> !present.contains(id)).toList();
        assertThat(missing).as("sections missing in the " + lang + " guide " + GUIDE.resolve(lang).resolve("guide.md")
                + " (add a heading ending in {#id})").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void noIdTwice(String lang) throws IOException {
        List<String> ids = Guide.of(lang).ids();
        Set<String> seen = new TreeSet<>();
        List<String> twice = ids.stream().filter(id -> !seen.add(id)).toList();
        assertThat(twice).as("heading ids used twice in the " + lang + " guide").isEmpty();
    }

    /** The translations have the same sections as the English guide, so a link works in every language. */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void sameSectionsAsTheEnglishGuide(String lang) throws IOException {
        assertThat(new TreeSet<>(Guide.of(lang).ids())).as("heading ids of the " + lang + " guide")
                .containsExactlyElementsOf(new TreeSet<>(Guide.of("en").ids()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void linksAndPicturesResolve(String lang) throws IOException {
        Guide g = Guide.of(lang);
        Set<String> ids = new TreeSet<>(g.ids());
        List<String> broken = new ArrayList<>();
        for (String[] l : g.text()) {
            Matcher m = LINK.matcher(l[1].replaceAll("`[^`]*`", ""));
            while (m.find()) {
                String target = m.group(3);
                String where = lang + "/guide.md:" + l[0] + " ";
                if (target.startsWith("#")) {
                    if (!ids.contains(target.substring(1))) {
                        broken.add(where + "link to a missing section " + target);
                    }
                } else if (target.startsWith("https://") || target.startsWith("mailto:")) {
                    // an address on the web: the guide opens offline, so only the seed articles' sources use these
                } else if (target.contains(":") || target.startsWith("/") || target.contains("..")) {
                    broken.add(where + "link outside the guide folder " + target);
                } else if (!Files.isRegularFile(g.file().resolveSibling(target))) {
                    broken.add(where + (m.group(1).isEmpty() ? "link" : "picture") + " to a missing file " + target);
                } else if (!m.group(1).isEmpty() && !target.matches("images/[A-Za-z0-9._-]+\\.png")) {
                    broken.add(where + "picture not in images/*.png " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** Every picture in a guide's images folder is shown by that guide: no stale files ship in the jar. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void everyPictureIsUsed(String lang) throws IOException {
        Path images = GUIDE.resolve(lang).resolve("images");
        if (!Files.isDirectory(images)) {
            return;
        }
        String text = String.join("\n", Guide.of(lang).lines());
        try (Stream<Path> s = Files.list(images)) {
            List<String> unused = s.map(p -> "images/" + p.getFileName()).filter(n -> !text.contains("(" + n + ")"))
                    .sorted().toList();
            assertThat(unused).as("pictures in " + images + " the guide does not show").isEmpty();
        }
    }

    /**
     * The Russian and Kazakh guides are written in those languages: of their lines of text
     * (headings and prose, not code, tables' rules or picture lines), at least nine in ten
     * contain Cyrillic letters. Ids, file names and commands stay Latin and live in code spans.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void translationsAreNotEnglish(String lang) throws IOException {
        List<String> english = new ArrayList<>();
        int prose = 0;
        for (String[] l : Guide.of(lang).text()) {
            String t = l[1].replaceAll("\\{#[^}]*}", "").replaceAll("`[^`]*`", "").replaceAll("\\]\\([^)]*\\)", "]")
                    .replaceAll("[a-z0-9]+(?:-[a-z0-9]+)+", "").strip();
            if (t.isEmpty() || t.matches("^[|:\\-\\s]+$") || t.matches("^!\\[[^\\]]*]$") || !t.matches(".*\\p{L}{3,}.*")) {
                continue;
            }
            prose++;
            if (!CYRILLIC.matcher(t).find()) {
                english.add(lang + "/guide.md:" + l[0] + " " + l[1]);
            }
        }
        assertThat(prose).as("lines of text in the " + lang + " guide").isGreaterThan(50);
        assertThat(english.size()).as("lines with no Cyrillic letter in the " + lang + " guide, the first ones: "
                        + english.subList(0, Math.min(10, english.size())))
                .isLessThanOrEqualTo(prose / 10);
    }

    /**
     * The guide speaks the official terms of docs/glossary.json: no banned variant (the Latin "KPI" or
     * «МСП» in Russian, «местное содержание» for казахстанское содержание...) in its prose. Ids and
     * commands in code spans, and a variant quoted in «…» to warn against it, are not prose.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void officialTermsOnly(String lang) throws IOException {
        com.fasterxml.jackson.databind.JsonNode g = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("docs/glossary.json").toFile());
        List<String> hits = new ArrayList<>();
        for (String[] l : Guide.of(lang).text()) {
            String t = l[1].replaceAll("\\{#[^}]*}", "").replaceAll("`[^`]*`", "").replaceAll("«[^»]*»", "")
                    .replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[a-z0-9]+(?:-[a-z0-9]+)+", "");
            for (com.fasterxml.jackson.databind.JsonNode term : g.get("terms")) {
                for (com.fasterxml.jackson.databind.JsonNode re : term.path("banned").path(lang)) {
                    Matcher m = Pattern.compile(re.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS).matcher(t);
                    if (m.find()) {
                        hits.add(lang + "/guide.md:" + l[0] + " «" + m.group() + "» (" + term.get("id").asText() + ")");
                    }
                }
            }
        }
        assertThat(hits).as("banned variants in the guide (see docs/glossary.json)").isEmpty();
    }

    /** Kazakh is written with its own letters, not in Russian. */
    @Test
    void kazakhGuideUsesKazakhLetters() throws IOException {
        String text = String.join("\n", Guide.of("kk").lines());
        assertThat(text).containsPattern("[әғқңөұүһі]");
    }

    /** No menu key is written as a literal in the window: each comes from {@link MenuKeys}, so this test sees it. */
    @Test
    void theWindowTakesItsMenuKeysFromMenuKeys() throws IOException {
        Pattern literal = Pattern.compile("\"(menu\\.[a-zA-Z]+\\.[a-zA-Z.]+)\"");
        List<String> stray = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/policylab/configurator/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("MenuKeys.java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    stray.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(stray).as("menu keys written as literals instead of MenuKeys constants").isEmpty();
    }

    /** The build copies the guide into the jar, where Help reads it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void theGuideShipsInTheJar(String lang) throws IOException {
        try (var in = GuideTest.class.getResourceAsStream("/guide/" + lang + "/guide.md")) {
            assertThat(in).as("/guide/" + lang + "/guide.md on the classpath").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(GUIDE.resolve(lang).resolve("guide.md")));
        }
    }
}
