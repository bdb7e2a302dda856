package org.policylab.configurator.catalog;

import org.policylab.configurator.i18n.Language;

/** A text in the three languages: {@code { "en": …, "ru": …, "kk": … }}. */
public record LocalizedText(String en, String ru, String kk) {

    public static LocalizedText of(String en, String ru, String kk) {
        return new LocalizedText(en, ru, kk);
    }

    /** The same text in every language (names a ministry typed in once). */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The text in a language, falling back to English, then to Russian, when it is missing. */
    public String in(Language language) {
        String s = switch (language) {
            case EN -> en;
            case RU -> ru;
            case KK -> kk;
        };
        if (s == null || s.isBlank()) {
            s = en != null && !en.isBlank() ? en : ru;
        }
        return s == null ? "" : s;
    }

    public LocalizedText with(Language language, String text) {
        return switch (language) {
            case EN -> new LocalizedText(text, ru, kk);
            case RU -> new LocalizedText(en, text, kk);
            case KK -> new LocalizedText(en, ru, text);
        };
    }

    /** True when the text contains the needle (case-insensitive) in any language. */
    public boolean matches(String needle) {
        String n = needle.toLowerCase(java.util.Locale.ROOT);
        return contains(en, n) || contains(ru, n) || contains(kk, n);
    }

    private static boolean contains(String s, String lowerNeedle) {
        return s != null && s.toLowerCase(java.util.Locale.ROOT).contains(lowerNeedle);
    }
}
