package org.policylab.configurator.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The translated texts of the app ({@code messages_en/ru/kk.properties}), shared by the window,
 * the command line and the documents. Keys are semantic ({@code wizard.step.problem}).
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for a key, formatted with {@link MessageFormat} when arguments are given; a noun after a count
     * ({@code {0,plural,warning|warnings}}) takes the form the count asks for in this language ({@link Plural}).
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(Plural.resolve(pattern, language, args), language.locale()).format(args);
    }
}
