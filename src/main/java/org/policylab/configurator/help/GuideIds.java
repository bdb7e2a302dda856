package org.policylab.configurator.help;

import java.util.Locale;
import org.policylab.configurator.passport.WizardStep;

/**
 * The section ids of the user guide that the window links to (docs/guide/&lt;lang&gt;/guide.md, headings
 * ending in Pandoc-style {@code {#id}}): one per wizard step, one per rule a finding can name, one per menu item.
 */
public final class GuideIds {
    public static final String METHOD = "method";
    public static final String GLOSSARY = "glossary";
    public static final String OPEN_FILES = "open-files";

    private GuideIds() {
    }

    /** {@code step-problem}, {@code step-kpis}, …: the section of a wizard step. */
    public static String step(WizardStep step) {
        return "step-" + step.name().toLowerCase(Locale.ROOT);
    }

    /** {@code rule-no-end-year}: the section explaining what a finding of this rule means. */
    public static String rule(String ruleId) {
        return "rule-" + ruleId;
    }

    /** {@code menu-file-openRecent}: the section of a menu item, from its message key ({@code menu.file.openRecent}). */
    public static String menu(String messageKey) {
        String key = messageKey.startsWith("menu.") ? messageKey.substring("menu.".length()) : messageKey;
        return "menu-" + key.replace('.', '-');
    }
}
