package org.policylab.configurator.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.policylab.configurator.i18n.Language;

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

    /** Parses a number typed in the UI language or plainly; null when blank or not a number. */
    public static BigDecimal parse(Language l, String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("₸", "").replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            NumberFormat f = NumberFormat.getNumberInstance(l.locale());
            ParsePosition pos = new ParsePosition(0);
            Number n = f.parse(t, pos);
            if (n == null || pos.getIndex() != t.length()) {
                return null;
            }
            return new BigDecimal(n.toString());
        }
    }

}
