package org.policylab.configurator.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: the glossary of official terms (docs/glossary.json) is kept — no banned variant and no mixed
 * pair (KPI beside КПЭ, МСП beside МСБ) anywhere in the catalog, the bundles, the passport templates and schema or the
 * demo scenarios (templates/scenarios, each file in its own language), in the language the variant is banned in.
 */
class GlossaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Texts per language: the bundles' values and the catalog's localized fields; templates count for every language. */
    static Map<String, List<String[]>> texts() throws IOException {
        Map<String, List<String[]>> out = new TreeMap<>();
        for (String lang : List.of("en", "ru", "kk")) {
            out.put(lang, new ArrayList<>());
        }
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String name = p.getFileName().toString();
                String lang = name.substring(name.lastIndexOf('_') + 1, name.indexOf(".properties"));
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0) {
                        out.get(lang).add(new String[] {name + ": " + line.substring(0, eq), line.substring(eq + 1)});
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(Path.of("templates/catalog"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith("schema.json")).toList()) {
                collect(p.getFileName().toString(), JSON.readTree(p.toFile()), out);
            }
        }
        try (Stream<Path> s = Files.list(Path.of("templates/passport"))) {
            // the visible text of the templates: no stylesheet, no markup, no mustache tags
            for (Path p : s.filter(f -> !f.toString().endsWith(".json") && !f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>", " ")
                        .replaceAll("(?s)\\{\\{.*?}}", " ").replaceAll("(?s)<[^>]*>", " ");
                for (String lang : List.of("ru", "kk")) {
                    out.get(lang).add(new String[] {p.getFileName().toString(), text});
                }
            }
        }
        // the demo scenarios: every prose value of a file counts for the file's language (X.ru.json → ru);
        // ids and enum values (lower-case slugs such as "kpi-dashboards") are not prose and are skipped
        try (Stream<Path> s = Files.list(Path.of("templates/scenarios"))) {
            for (Path p : s.filter(f -> f.toString().matches(".*\\.(en|ru|kk)\\.json")).sorted().toList()) {
                String name = p.getFileName().toString();
                String lang = name.substring(name.length() - "xx.json".length(), name.length() - ".json".length());
                collectProse(name, JSON.readTree(p.toFile()), out.get(lang));
            }
        }
        // the passport schema: its descriptions hold Russian terms (e.g. «поручение»), checked as Russian and Kazakh
        for (Path p : List.of(Path.of("templates/passport/passport.schema.json"))) {
            List<String[]> schema = new ArrayList<>();
            collectProse(p.getFileName().toString(), JSON.readTree(p.toFile()), schema);
            out.get("ru").addAll(schema);
            out.get("kk").addAll(schema);
        }
        return out;
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    /** Every textual value that is prose, with its JSON path. */
    private static void collectProse(String where, JsonNode n, List<String[]> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collectProse(where + "/" + e.getKey(), e.getValue(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectProse(where + "/" + i, n.get(i), out);
            }
        } else if (n.isTextual() && !SLUG.matcher(n.asText()).matches()) {
            out.add(new String[] {where, n.asText()});
        }
    }

    private static void collect(String where, JsonNode n, Map<String, List<String[]>> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (out.containsKey(e.getKey()) && e.getValue().isTextual()) {
                    out.get(e.getKey()).add(new String[] {where, e.getValue().asText()});
                } else {
                    collect(where, e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collect(where, x, out));
        }
    }

    @Test
    void theGlossaryGivesEveryTermInThreeLanguagesWithASource() throws IOException {
        JsonNode g = JSON.readTree(Path.of("docs/glossary.json").toFile());
        assertThat(g.get("terms").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode t : g.get("terms")) {
            for (String lang : List.of("en", "ru", "kk")) {
                assertThat(t.path("preferred").path(lang).asText()).as(t.get("id") + " " + lang).isNotBlank();
            }
            assertThat(t.path("source").path("title").asText()).as(t.get("id") + " source").isNotBlank();
            assertThat(t.path("source").path("url").asText()).as(t.get("id") + " source").startsWith("https://");
        }
    }

    @Test
    void noBannedVariantInTheCatalogBundlesOrTemplates() throws IOException {
        JsonNode g = JSON.readTree(Path.of("docs/glossary.json").toFile());
        Map<String, List<String[]>> texts = texts();
        assertThat(texts.get("ru")).hasSizeGreaterThan(500);
        List<String> hits = new ArrayList<>();
        for (JsonNode t : g.get("terms")) {
            t.path("banned").fields().forEachRemaining(e -> {
                for (JsonNode re : e.getValue()) {
                    Pattern p = Pattern.compile(re.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS);
                    for (String[] x : texts.get(e.getKey())) {
                        Matcher m = p.matcher(x[1]);
                        if (m.find()) {
                            hits.add(t.get("id").asText() + " [" + e.getKey() + "] «" + m.group() + "» in " + x[0]);
                        }
                    }
                }
            });
        }
        assertThat(hits).as("banned variants (see docs/glossary.json)").isEmpty();
    }

    @Test
    void theScenariosAndThePassportSchemaAreScanned() throws IOException {
        Map<String, List<String[]>> texts = texts();
        for (String lang : List.of("en", "ru", "kk")) {
            assertThat(texts.get(lang)).as(lang).anyMatch(x -> x[0].startsWith("metallurgy-decline." + lang + ".json/"));
        }
        assertThat(texts.get("ru")).anyMatch(x -> x[0].startsWith("passport.schema.json/"));
        // an id is not prose: "kpi-dashboards" in a Russian scenario is not the Latin KPI
        assertThat(texts.get("ru")).noneMatch(x -> x[1].equals("kpi-dashboards"));
    }

    @Test
    void theTestCatchesABannedVariantAndAMixedPair() {
        Pattern local = Pattern.compile("местн\\w* содержани\\w*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS);
        assertThat(local.matcher("Требования к местному содержанию").find()).isTrue();
        Pattern kpi = Pattern.compile("\\bKPI\\b", Pattern.UNICODE_CHARACTER_CLASS);
        assertThat(kpi.matcher("Конечные результаты (KPI) и КПЭ").find()).isTrue();
        assertThat(kpi.matcher("kpi.baselineIn").find()).isFalse();
        Pattern sme = Pattern.compile("\\bМСП\\b", Pattern.UNICODE_CHARACTER_CLASS);
        assertThat(sme.matcher("Доступ МСП к кредитованию").find()).isTrue();
        assertThat(sme.matcher("МСБ").find()).isFalse();
    }
}
