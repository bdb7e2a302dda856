package org.policylab.configurator.i18n;

import java.math.BigDecimal;

/**
 * Reads a number as a planner writing English, Russian or Kazakh types it, and writes one back
 * the same way. Plain Java: the window, the command line and tests share it.
 *
 * <h2>What is accepted</h2>
 * <ul>
 *   <li>Leading and trailing spaces (also U+00A0 and U+202F), one "₸" or "%" sign before or
 *   after the number, and a leading minus ("-" or "−").</li>
 *   <li><b>English</b>: "." is the decimal point, "," groups thousands: {@code 2,500},
 *   {@code 2,500.5}, {@code 2.5}, {@code 2500}.</li>
 *   <li><b>Russian and Kazakh</b>: "," is the decimal comma; a space, a no-break space or a
 *   narrow no-break space groups thousands ({@code 1 500 000,5}); "." groups thousands too when
 *   that is the only reading ({@code 1.500.000}, {@code 1.500,5}).</li>
 *   <li>Grouping is checked: the first group has one to three digits, every later one exactly
 *   three, and one number uses one kind of grouping.</li>
 * </ul>
 *
 * <h2>The rule for a single point in Russian and Kazakh</h2>
 * A Russian or Kazakh planner who types {@code 1.5} on a keypad means one and a half: a single
 * point with no comma is read as a decimal point ({@code 1.5} → 1.5, {@code 1234.5} → 1234.5,
 * {@code 0.125} → 0.125). The one exception is when the point could just as well group
 * thousands — one to three digits not starting with 0, the point, exactly three digits
 * ({@code 1.500}, {@code 12.500}; but {@code 0.125} is a decimal): that is refused as ambiguous ({@link #AMBIGUOUS}) instead of guessed.
 *
 * <h2>What is refused, with a reason</h2>
 * Anything else: letters ({@link #NOT_A_NUMBER}), groups of the wrong size or mixed grouping
 * such as English {@code 2,50} or {@code 1,2,3} ({@link #GROUPING}), more than one decimal
 * separator ({@link #DECIMALS}), and the ambiguous point above.
 */
public final class NumberInput {
    public static final String NOT_A_NUMBER = "number.notNumber";
    public static final String GROUPING = "number.grouping";
    public static final String DECIMALS = "number.decimals";
    public static final String AMBIGUOUS = "number.ambiguous";

    private static final char NBSP = '\u00a0';
    private static final char NNBSP = '\u202f';

    private NumberInput() {
    }

    /** What a typed text means: a number, nothing at all, or an error to show beside the field. */
    public sealed interface Result permits Value, Empty, Invalid {
        /** The number, or null when the text was blank or could not be read. */
        default BigDecimal valueOrNull() {
            return this instanceof Value v ? v.value() : null;
        }

        default boolean isInvalid() {
            return this instanceof Invalid;
        }
    }

    /** A number that was read. */
    public record Value(BigDecimal value) implements Result {
    }

    /** A blank field: no number. */
    public record Empty() implements Result {
    }

    /** Text that is not a number in this language: a message key and its one argument, the text as typed. */
    public record Invalid(String messageKey, String argument) implements Result {
    }

    public static Result parse(Language language, String text) {
        if (text == null) {
            return new Empty();
        }
        String typed = strip(text);
        if (typed.isEmpty()) {
            return new Empty();
        }
        String s = typed;
        if (s.endsWith("₸") || s.endsWith("%")) {
            s = strip(s.substring(0, s.length() - 1));
        } else if (s.startsWith("₸")) {
            s = strip(s.substring(1));
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = true;
            s = s.substring(1);
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> isDigit(c) || c == '.' || c == ',' || isSpace(c))) {
            return invalid(NOT_A_NUMBER, typed);
        }
        if (!isDigit(s.charAt(0)) && !isDecimal(language, s.charAt(0))) {
            return invalid(NOT_A_NUMBER, typed);
        }
        if (language != Language.EN) {
            s = readSinglePoint(s);
            if (s == null) {
                return invalid(AMBIGUOUS, typed);
            }
        }
        char decimal = language == Language.EN ? '.' : ',';
        int first = s.indexOf(decimal);
        if (first >= 0 && s.indexOf(decimal, first + 1) >= 0) {
            return invalid(DECIMALS, typed);
        }
        String whole = first < 0 ? s : s.substring(0, first);
        String fraction = first < 0 ? "" : s.substring(first + 1);
        if (!fraction.chars().allMatch(NumberInput::isDigit)) {
            return invalid(GROUPING, typed);
        }
        String digits = ungroup(language, whole);
        if (digits == null) {
            return invalid(GROUPING, typed);
        }
        if (digits.isEmpty() && fraction.isEmpty()) {
            return invalid(NOT_A_NUMBER, typed);
        }
        BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        return new Value(negative ? value.negate() : value);
    }

    /**
     * Russian and Kazakh: one point and no comma is a decimal point, unless it could group
     * thousands too (null: ambiguous). Other texts come back unchanged.
     */
    private static String readSinglePoint(String s) {
        int point = s.indexOf('.');
        if (point < 0 || s.indexOf('.', point + 1) >= 0 || s.indexOf(',') >= 0) {
            return s;
        }
        String before = s.substring(0, point);
        String after = s.substring(point + 1);
        boolean couldGroup = !before.isEmpty() && before.length() <= 3 && before.charAt(0) != '0'
                && before.chars().allMatch(NumberInput::isDigit)
                && after.length() == 3 && after.chars().allMatch(NumberInput::isDigit);
        return couldGroup ? null : before + ',' + after;
    }

    /** The digits of the whole part, its grouping checked; null when grouped wrongly. */
    private static String ungroup(Language language, String whole) {
        Character separator = null;
        StringBuilder digits = new StringBuilder();
        int group = 0;
        boolean firstGroup = true;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
                group++;
                continue;
            }
            char kind = isSpace(c) ? ' ' : c;
            boolean allowed = language == Language.EN ? kind == ',' : kind == ' ' || kind == '.';
            if (!allowed || (separator != null && separator != kind) || group == 0 || group > 3 || (!firstGroup && group != 3)) {
                return null;
            }
            separator = kind;
            firstGroup = false;
            group = 0;
        }
        if (separator != null && group != 3) {
            return null;
        }
        return digits.toString();
    }

    /**
     * A number as the language writes it, every digit kept, so that {@link #parse} reads it back
     * to the same value: {@code 1,500,000.5} in English, {@code 1 500 000,5} (no-break spaces) in
     * Russian and Kazakh. Empty for null.
     */
    public static String format(Language language, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char group = language == Language.EN ? ',' : NBSP;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(language == Language.EN ? '.' : ',').append(fraction);
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }

    private static Invalid invalid(String key, String typed) {
        return new Invalid(key, typed);
    }

    private static boolean isDecimal(Language language, char c) {
        return c == (language == Language.EN ? '.' : ',') || (language != Language.EN && c == '.');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == NBSP || c == NNBSP || c == '\t';
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
