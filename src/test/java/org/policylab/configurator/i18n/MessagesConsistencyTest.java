package org.policylab.configurator.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Rule;

/**
 * Every key in every language, none twice, none unused. A key counts as used when the code
 * names it literally, or when it is built from a vocabulary value or a rule id.
 */
class MessagesConsistencyTest {
    static final Pattern KEY_LINE = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

    static List<String> keys(String bundle, Language l) throws IOException {
        String path = "/i18n/" + bundle + "_" + l.id() + ".properties";
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = KEY_LINE.matcher(line);
                if (m.find()) {
                    keys.add(m.group(1));
                }
            }
            return keys;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "document"})
    void sameKeysInEveryLanguageAndNoneTwice(String bundle) throws IOException {
        List<String> en = keys(bundle, Language.EN);
        for (Language l : Language.values()) {
            List<String> k = keys(bundle, l);
            assertThat(k).as(bundle + " " + l + " duplicates").doesNotHaveDuplicates();
            assertThat(new HashSet<>(k)).as(bundle + " " + l + " vs en").isEqualTo(new HashSet<>(en));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "document"})
    void noEmptyValuesAndPlaceholdersMatch(String bundle) throws IOException {
        for (Language l : Language.values()) {
            var rb = java.util.ResourceBundle.getBundle("i18n." + bundle, l.locale(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            var en = java.util.ResourceBundle.getBundle("i18n." + bundle, Language.EN.locale(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String k : en.keySet()) {
                assertThat(rb.getString(k)).as(bundle + " " + l + " " + k).isNotBlank();
                assertThat(placeholders(rb.getString(k))).as(bundle + " " + l + " " + k).isEqualTo(placeholders(en.getString(k)));
            }
        }
    }

    /** The arguments a text shows; a noun after a count ({@code {0,plural,...}}, {@link Plural}) is a word, not an argument. */
    private static Set<String> placeholders(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("\\{\\d+[^}]*}").matcher(s);
        while (m.find()) {
            if (!PLURAL.matcher(m.group()).matches()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+),plural,([^{}]*)}");

    /**
     * A noun after a count has the forms its language needs: English two (one, other), Russian three (one, few, many),
     * Kazakh one (the noun does not change after a numeral); and the count it follows is an argument of the text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "document"})
    void everyPluralHasTheFormsOfItsLanguage(String bundle) {
        int plurals = 0;
        for (Language l : Language.values()) {
            var rb = java.util.ResourceBundle.getBundle("i18n." + bundle, l.locale(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String k : rb.keySet()) {
                String v = rb.getString(k);
                assertThat(v.contains(",plural,") == PLURAL.matcher(v).find()).as(bundle + " " + l + " " + k + ": a plural is {n,plural,forms}").isTrue();
                Matcher m = PLURAL.matcher(v);
                while (m.find()) {
                    plurals++;
                    String[] forms = m.group(2).split("\\|", -1);
                    assertThat(forms).as(bundle + " " + l + " " + k).hasSize(Plural.forms(l)).doesNotContain("");
                    assertThat(v.replace(m.group(), "")).as(bundle + " " + l + " " + k + ": the count is shown")
                            .containsPattern("\\{" + m.group(1) + "[,}]");
                }
            }
        }
        if (bundle.equals("messages")) {
            assertThat(plurals).isGreaterThanOrEqualTo(9);
        }
    }

    /** Every string literal in the main code that looks like a message key ({@code a.b}, {@code a.b-c.d}). */
    static Set<String> codeLiterals() throws IOException {
        Set<String> out = new HashSet<>();
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /**
     * The other direction: a literal in the code whose first part is the first part of some key
     * ({@code error.}, {@code cli.}, {@code f.}, {@code stip.}...) must be a key of the messages or the
     * document bundle — and so, by {@link #sameKeysInEveryLanguageAndNoneTwice}, of every language.
     * A typo in a key would otherwise show "!error.json.trailng!" to a planner.
     */
    @Test
    void everyKeyTheCodeNamesExistsInEveryLanguage() throws IOException {
        for (Language l : Language.values()) {
            Set<String> all = new HashSet<>(keys("messages", l));
            all.addAll(keys("document", l));
            Set<String> firstParts = new HashSet<>();
            all.forEach(k -> firstParts.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
            List<String> missing = codeLiterals().stream()
                    .filter(k -> firstParts.contains(k.substring(0, k.indexOf('.'))))
                    .filter(k -> !all.contains(k))
                    .sorted().toList();
            assertThat(missing).as("keys the code uses that the " + l + " bundles lack").isEmpty();
        }
    }

    /** Document keys no code uses. These five were left by an earlier change of the documents; the list may only shrink. */
    static final Set<String> KNOWN_UNUSED_DOCUMENT_KEYS = Set.of();

    @Test
    void noDocumentKeyIsUnused() throws IOException {
        Set<String> used = codeLiterals();
        List<String> en = keys("document", Language.EN);
        // built from a value: the KPI's reporting frequency (DocumentText.frequency), a currency code
        // (DocumentText.currency), a funding source (FinancingSection)
        for (var src : org.policylab.configurator.passport.FundingSource.values()) {
            used.add("fin.source." + src.id());
        }
        // the cover label and the title row by document type
        for (var type : org.policylab.configurator.passport.DocumentType.values()) {
            used.add("doc.passport." + type.id());
            used.add("f.title." + type.id());
        }
        List<String> unused = en.stream()
                .filter(k -> !used.contains(k))
                .filter(k -> !k.startsWith("freq.") && !k.startsWith("money.unit."))
                .toList();
        assertThat(unused).as("document keys no code uses").containsExactlyInAnyOrderElementsOf(KNOWN_UNUSED_DOCUMENT_KEYS);
    }

    /** The error texts and the STIP names are translated, not copied: Russian and Kazakh differ from English. */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void errorTextsAndStipNamesAreTranslated(String id) {
        Messages en = Messages.of(Language.EN);
        Messages other = Messages.of(Language.fromId(id));
        List<String> errorKeys = en.bundle().keySet().stream()
                .filter(k -> k.startsWith("error.") || k.startsWith("cli.error.") || k.startsWith("cli.catalog.") || k.startsWith("stip."))
                .filter(k -> !k.equals("error.verbatim") && !k.equals("error.json.type.either"))
                .sorted().toList();
        assertThat(errorKeys).hasSizeGreaterThan(100);
        for (String k : errorKeys) {
            assertThat(other.get(k)).as(id + " " + k).isNotEqualTo(en.get(k)).doesNotContain("!" + k + "!");
            assertThat(other.get(k)).as(id + " " + k + " is in Cyrillic").containsPattern("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]");
        }
        if (id.equals("kk")) {
            String all = String.join(" ", errorKeys.stream().map(other::get).toList());
            for (char c : "әғқңөұүі".toCharArray()) {
                assertThat(all).as("Kazakh letter " + c + " in the error texts").contains(String.valueOf(c));
            }
        }
    }

    /** Every STIP Compass type the shipped catalog uses has a name in every language. */
    @Test
    void everyStipTypeOfTheShippedCatalogIsTranslated() throws IOException {
        Set<String> labels = new java.util.TreeSet<>();
        Pattern stip = Pattern.compile("\"stipType\"\\s*:\\s*\"([^\"]*)\"");
        try (Stream<Path> files = Files.list(Path.of("templates/catalog"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("instruments-")).toList()) {
                Matcher m = stip.matcher(Files.readString(f));
                while (m.find()) {
                    labels.add(m.group(1));
                }
            }
        }
        assertThat(labels).hasSizeGreaterThanOrEqualTo(16);
        for (String label : labels) {
            assertThat(org.policylab.configurator.catalog.StipTypes.key(label)).as(label).isPresent();
            for (Language l : Language.values()) {
                String name = org.policylab.configurator.catalog.StipTypes.name(label, Messages.of(l));
                assertThat(name).as(l + " " + label).isNotBlank().doesNotContain("!");
                if (l != Language.EN) {
                    assertThat(name).as(l + " " + label).isNotEqualTo(label);
                }
            }
        }
        assertThat(org.policylab.configurator.catalog.StipTypes.name("A type of a ministry's own", Messages.of(Language.RU)))
                .isEqualTo("A type of a ministry's own");
    }

    @Test
    void kazakhTextsUseKazakhLetters() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages_kk.properties")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (char c : "әғқңөұүі".toCharArray()) {
                assertThat(all).contains(String.valueOf(c));
            }
        }
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new HashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+\\.?)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String s = m.group(1);
                    if (s.endsWith(".")) {
                        prefixes.add(s);
                    } else {
                        used.add(s);
                    }
                }
            }
        }
        // keys built from vocabulary values: stage.emerging, stage.emerging.help, ...
        for (Class<?> c : vocabularies()) {
            for (Object v : c.getEnumConstants()) {
                used.add(((Vocabulary) v).messageKey());
                used.add(((Vocabulary) v).messageKey() + ".help");
            }
        }
        for (Rule r : new DesignChecks(Fixtures.catalog()).rules()) {
            for (String part : List.of("message", "principle", "fix")) {
                used.add("check." + r.id() + "." + part);
            }
        }
        for (Language l : Language.values()) {
            used.add("language." + l.id());
        }
        for (String rule : org.policylab.configurator.monitoring.MonitoringChecks.RULES) {
            for (String part : List.of("message", "principle", "fix")) {
                used.add("check." + rule + "." + part);
            }
        }
        // the recommender's answer reasons by strength, the no-context check's missing parts
        for (var st : org.policylab.configurator.catalog.Strength.values()) {
            used.add("reason.problem.answer." + st.id());
        }
        for (String part : List.of("sector", "stage", "segments")) {
            used.add("context.missing." + part);
        }
        // help.term.X: the term is the last argument of Ui.explain(...)
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            Pattern explain = Pattern.compile("explain\\([^;]*?\"([a-z-]+)\"\\)");
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = explain.matcher(Files.readString(f));
                while (m.find()) {
                    used.add("help.term." + m.group(1));
                }
            }
        }
        for (String k : List.of("annual", "semiannual", "quarterly", "monthly")) {
            used.add("frequency." + k);
        }
        for (var f : org.policylab.configurator.export.ExportFormat.values()) {
            used.add("export.format." + f.id());
        }
        for (var s : org.policylab.configurator.passport.WizardStep.values()) {
            used.add(s.titleKey());
        }
        List<String> unused = keys("messages", Language.EN).stream().filter(k -> !used.contains(k)).toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    private static List<Class<?>> vocabularies() {
        return List.of(org.policylab.configurator.catalog.Stage.class, org.policylab.configurator.catalog.Segment.class,
                org.policylab.configurator.catalog.Goal.class, org.policylab.configurator.catalog.InstrumentCategory.class,
                org.policylab.configurator.catalog.KpiLevel.class, org.policylab.configurator.catalog.KpiKind.class,
                org.policylab.configurator.catalog.SystemElement.class, org.policylab.configurator.catalog.Capability.class,
                org.policylab.configurator.catalog.Incentive.class, org.policylab.configurator.catalog.GrowthDriver.class,
                org.policylab.configurator.catalog.Risk.class, org.policylab.configurator.catalog.InstrumentTag.class,
                org.policylab.configurator.catalog.KpiTag.class, org.policylab.configurator.catalog.Level.class,
                org.policylab.configurator.catalog.Direction.class, org.policylab.configurator.catalog.RegionType.class,
                org.policylab.configurator.catalog.EntryKind.class, org.policylab.configurator.engine.Severity.class,
                org.policylab.configurator.monitoring.Status.class, org.policylab.configurator.passport.Decision.class,
                // passport v2 terms
                org.policylab.configurator.passport.ExitTrigger.class, org.policylab.configurator.passport.Extension.class,
                org.policylab.configurator.passport.SelectionMethod.class,
                org.policylab.configurator.passport.LocalContentMeasure.class,
                org.policylab.configurator.passport.Contingency.class, org.policylab.configurator.passport.ReviewType.class,
                org.policylab.configurator.passport.GateAction.class,
                // planning-system structure
                org.policylab.configurator.passport.DocumentType.class);
    }
}
