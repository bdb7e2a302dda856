package org.policylab.configurator.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;

/**
 * The texts of the passport documents: section titles and labels from {@code i18n/document_*.properties},
 * vocabulary names (stages, segments, risks…) from the app's {@link Messages}, and numbers and money
 * formatted for the language.
 */
public final class DocumentText {
    public static final String BUNDLE = "i18n.document";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Language, DocumentText> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;
    private final Messages messages;

    private DocumentText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
        this.messages = messagesFor(language);
    }

    public static synchronized DocumentText of(Language language) {
        return CACHE.computeIfAbsent(language, DocumentText::new);
    }

    /** The app's messages in the language; English when that language's bundle is not there. */
    static Messages messagesFor(Language language) {
        try {
            return Messages.of(language);
        } catch (MissingResourceException e) {
            return Messages.of(Language.EN);
        }
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public Messages messages() {
        return messages;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** A document label; the key itself in !marks! when it is missing (a bug, visible in review). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The translated name of a vocabulary value, e.g. {@code stage.emerging}. */
    public String name(Vocabulary v) {
        if (v == null) {
            return null;
        }
        String s = messages.get(v.messageKey());
        return s.startsWith("!") ? v.id() : s;
    }

    /** A KPI or review frequency: translated when it is a known word ("annual"), as typed otherwise. */
    public String frequency(String f) {
        if (f == null || f.isBlank()) {
            return null;
        }
        String key = "freq." + f.trim().toLowerCase(Locale.ROOT);
        return has(key) ? get(key) : f;
    }

    public String number(double v) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale());
        nf.setMaximumFractionDigits(2);
        nf.setGroupingUsed(true);
        return nf.format(v);
    }

    public String number(BigDecimal v, int fractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale());
        nf.setMinimumFractionDigits(fractionDigits);
        nf.setMaximumFractionDigits(fractionDigits);
        nf.setGroupingUsed(true);
        return nf.format(v.setScale(fractionDigits, RoundingMode.HALF_UP));
    }

    public String percent(double share) {
        NumberFormat nf = NumberFormat.getPercentInstance(locale());
        nf.setMaximumFractionDigits(1);
        return nf.format(share);
    }

    /** The name of a currency: "tenge" for KZT, its code otherwise. */
    public String currency(String code) {
        String c = code == null ? "KZT" : code;
        return has("money.unit." + c) ? get("money.unit." + c) : c;
    }

    /** A whole amount with thousands separators and the currency: "1 500 000 000 тенге". */
    public String money(BigDecimal amount, String currency) {
        return number(amount, 0) + " " + currency(currency);
    }

    /**
     * A number with its unit as one noun phrase in the language. English and Russian put the number first
     * ("27 500 тыс. тенге на работника"). A Kazakh unit is itself a noun phrase whose number goes inside it:
     * after a leading dative or possessive qualifier («бір жұмыскерге 27 500 мың теңге», «жылына 5 %»,
     * «қолдаудың 1 теңгесіне 0,55 теңге») and before the percent of a genitive («түсімнің 18 %-ы»), never in
     * front of the whole phrase («27 500 бір жұмыскерге мың теңге» is broken Kazakh).
     */
    public String quantity(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        if (language != Language.KK) {
            return number + " " + u;
        }
        return kazakhQuantity(number, u);
    }

    /** See {@link #quantity}: where the number goes in a Kazakh unit phrase. */
    static String kazakhQuantity(String number, String unit) {
        // «түсімнің %-ы», «өнім құнының %-ы»: the number stands before the percent sign
        java.util.regex.Matcher pct = PERCENT_OF.matcher(unit);
        if (pct.matches()) {
            return pct.group(1) + " " + number + " " + pct.group(2);
        }
        // «бір жұмыскерге мың теңге», «жылына адам», «қолдаудың 1 теңгесіне теңге»: after the last dative qualifier
        String[] words = unit.split(" ");
        int last = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (DATIVE.matcher(words[i]).matches() && !words[i].equalsIgnoreCase("теңге")) {
                last = i;
                // a postposition governing the dative stays with it: «базалық жылға қатысты 5 %»
                while (last + 1 < words.length - 1 && POSTPOSITIONS.contains(words[last + 1].toLowerCase(java.util.Locale.ROOT))) {
                    last++;
                }
                i = last;
            }
        }
        if (last >= 0) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, last + 1, words.length));
            return head + " " + number + " " + tail;
        }
        return number + " " + unit;
    }

    private static final java.util.Set<String> POSTPOSITIONS = java.util.Set.of("қатысты", "шаққанда", "дейін", "қарай");
    private static final java.util.regex.Pattern PERCENT_OF =
            java.util.regex.Pattern.compile("(?U)^(.*\\S)\\s+(%-[ыі].*)$");
    /** A Kazakh word in the dative (…ға/ге/қа/ке/а/е, …на/не after a possessive): «жұмыскерге», «жылына», «теңгесіне». */
    private static final java.util.regex.Pattern DATIVE =
            java.util.regex.Pattern.compile("(?U)^\\p{L}*\\p{L}(ға|ге|қа|ке|на|не|сына|сіне)$");

    /** An amount in millions with one decimal, for tables whose caption names the unit. */
    public String millions(BigDecimal amount) {
        return number(amount.divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_UP), 1);
    }
}
