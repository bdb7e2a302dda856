package org.policylab.configurator.i18n;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun after a count, as each language wants it. A message writes {@code {0,plural,forms}} where the
 * noun goes; {@link Messages#get} puts the form for argument 0 there before the rest is formatted:
 * <ul>
 *   <li><b>English</b>, two forms, {@code one|other}: {@code {0,number,integer} {0,plural,warning|warnings}} →
 *   "1 warning", "0 warnings", "2 warnings".</li>
 *   <li><b>Russian</b>, three forms, {@code one|few|many}: {@code {0,plural,предупреждение|предупреждения|предупреждений}} →
 *   1, 21, 101 предупреждение; 2–4, 22–24 предупреждения; 0, 5–20 (11–14 too), 25… предупреждений; a fraction
 *   takes the second form (1,5 года).</li>
 *   <li><b>Kazakh</b>, one form: a noun does not change after a numeral ({@code {0,plural,ескерту}} → 1, 5 ескерту).</li>
 * </ul>
 * A form may hold other placeholders ({@code {1}}); it may not hold braces of its own otherwise. An argument that is
 * not a number (a "?" shown while a count is unknown) takes the last form.
 */
public final class Plural {
    private static final Pattern START = Pattern.compile("\\{(\\d+),plural,");

    private Plural() {
    }

    /** How many forms a {@code plural} placeholder has in the language. */
    public static int forms(Language language) {
        return switch (language) {
            case EN -> 2;
            case RU -> 3;
            case KK -> 1;
        };
    }

    /** The index of the form for a count: 0 for "one", then "few" (Russian), then "other"/"many". */
    public static int form(Language language, BigDecimal count) {
        BigDecimal n = count.abs();
        boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
        return switch (language) {
            case EN -> whole && n.compareTo(BigDecimal.ONE) == 0 ? 0 : 1;
            case KK -> 0;
            case RU -> {
                if (!whole) {
                    yield 1;
                }
                int mod100 = n.remainder(BigDecimal.valueOf(100)).intValue();
                int mod10 = mod100 % 10;
                if (mod10 == 1 && mod100 != 11) {
                    yield 0;
                }
                yield mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 1 : 2;
            }
        };
    }

    public static int form(Language language, long count) {
        return form(language, BigDecimal.valueOf(count));
    }

    /** The pattern with every {@code plural} placeholder replaced by the form its argument takes. */
    static String resolve(String pattern, Language language, Object[] args) {
        if (!pattern.contains(",plural,")) {
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = START.matcher(pattern);
        int from = 0;
        while (m.find(from)) {
            int end = closing(pattern, m.end());
            if (end < 0) {
                break;
            }
            int arg = Integer.parseInt(m.group(1));
            String[] forms = pattern.substring(m.end(), end).split("\\|", -1);
            BigDecimal count = arg < args.length ? number(args[arg]) : null;
            int i = count == null ? forms.length - 1 : Math.min(form(language, count), forms.length - 1);
            out.append(pattern, from, m.start()).append(forms[i]);
            from = end + 1;
        }
        return out.append(pattern.substring(from)).toString();
    }

    /** The index of the brace closing a placeholder whose text starts at {@code from}; -1 when none does. */
    private static int closing(String pattern, int from) {
        int depth = 0;
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static BigDecimal number(Object o) {
        if (o instanceof BigDecimal b) {
            return b;
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return BigDecimal.valueOf(((Number) o).longValue());
        }
        if (o instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (o instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
