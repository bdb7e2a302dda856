package org.policylab.configurator.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.NumberInput;

/** Numbers and tenge amounts for the UI language (space or comma grouping, ₸). */
public final class Formats {
    private Formats() {
    }

    public static String number(Language l, Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(l.locale());
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }

    public static String tenge(Language l, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(l.locale());
        f.setMaximumFractionDigits(0);
        return f.format(amount) + " ₸";
    }

    /**
     * A number typed in the UI language (see {@link NumberInput} for the rules); null when blank
     * or unreadable. Fields that can show why use {@link NumberInput#parse} itself.
     */
    public static BigDecimal parse(Language l, String text) {
        return NumberInput.parse(l, text).valueOrNull();
    }

    /** A number as the UI language writes it, every digit kept: what a field echoes after an edit. */
    public static String editable(Language l, BigDecimal n) {
        return NumberInput.format(l, n);
    }
}
