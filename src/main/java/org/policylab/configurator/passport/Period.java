package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, or a quarter of it where the KPI is measured quarterly. Written {@code 2027} or
 * {@code 2027-Q1}.
 */
public record Period(int year, Integer quarter) implements Comparable<Period> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public Period {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
    }

    public static Period year(int year) {
        return new Period(year, null);
    }

    /** Reads {@code 2027} or {@code 2027-Q3}; null when the text is neither. */
    public static Period parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
    }

    @JsonCreator
    public static Period parse(String text) {
        Period p = parseOrNull(text);
        if (p == null) {
            throw new IllegalArgumentException("a period is a year (2027) or a quarter (2027-Q1), not '" + text + "'");
        }
        return p;
    }

    public boolean quarterly() {
        return quarter != null;
    }

    /** The last quarter or the year as a fraction of the year done: 2027-Q2 is half of 2027. */
    public double yearFraction() {
        return quarter == null ? 1.0 : quarter / 4.0;
    }

    @JsonValue
    @Override
    public String toString() {
        return quarter == null ? String.valueOf(year) : year + "-Q" + quarter;
    }

    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        return Integer.compare(quarter == null ? 5 : quarter, o.quarter == null ? 5 : o.quarter);
    }
}
