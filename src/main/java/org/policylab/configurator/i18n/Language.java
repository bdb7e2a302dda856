package org.policylab.configurator.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three languages the app, the catalog and every export speak. */
public enum Language {
    EN("en", Locale.ENGLISH),
    RU("ru", Locale.forLanguageTag("ru-RU")),
    KK("kk", Locale.forLanguageTag("kk-KZ"));

    private final String id;
    private final Locale locale;

    Language(String id, Locale locale) {
        this.id = id;
        this.locale = locale;
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromId(String id) {
        for (Language l : values()) {
            if (l.id.equalsIgnoreCase(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + id + "'; allowed: " + allowed());
    }

    /** English unless the locale's language is one we speak. */
    public static Language fromLocale(Locale locale) {
        if (locale == null) {
            return EN;
        }
        for (Language l : values()) {
            if (l.locale.getLanguage().equals(locale.getLanguage())) {
                return l;
            }
        }
        return EN;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Language::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
