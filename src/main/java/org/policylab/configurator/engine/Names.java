package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.i18n.NumberInput;

/** Translated arguments for reason and finding sentences. */
public final class Names {
    private Names() {
    }

    public static Reason.Text of(Vocabulary v) {
        return new VocabText(v);
    }

    public static Reason.Text of(LocalizedText t) {
        return new LocalText(t);
    }

    public static Reason.Text list(Collection<? extends Vocabulary> values) {
        return new ListText(values.stream().map(Names::of).toList());
    }

    /**
     * A number in the reader's language: "4,500.5" in English, «4 500,5» (no-break space) in Russian and Kazakh,
     * every digit kept ({@link NumberInput#format}). Not for years: they are plain text ("2027").
     */
    public static Reason.Text number(double value) {
        return new NumberText(BigDecimal.valueOf(value).stripTrailingZeros(), "");
    }

    /** A share as a percentage in the reader's language: 0.125 → "12.5 %", «12,5 %». */
    public static Reason.Text percent(double share) {
        return new NumberText(BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros(), " %");
    }

    /** A number and what follows it ("%"); {@link #toString} is the plain number, for logs and machines. */
    public record NumberText(BigDecimal value, String suffix) implements Reason.Text {
        @Override
        public String render(Messages m) {
            return NumberInput.format(m.language(), value) + suffix;
        }

        @Override
        public String toString() {
            return value.toPlainString() + suffix;
        }
    }

    record VocabText(Vocabulary value) implements Reason.Text {
        @Override
        public String render(Messages m) {
            return m.get(value.messageKey());
        }
    }

    record LocalText(LocalizedText text) implements Reason.Text {
        @Override
        public String render(Messages m) {
            return text.in(m.language());
        }
    }

    record ListText(java.util.List<Reason.Text> parts) implements Reason.Text {
        @Override
        public String render(Messages m) {
            return parts.stream().map(p -> p.render(m)).collect(Collectors.joining(", "));
        }
    }

    /** A message key rendered in the reader's language. */
    public record Key(String key) implements Reason.Text {
        @Override
        public String render(Messages m) {
            return m.get(key);
        }
    }

    /** Several message keys sharing a prefix, rendered as a list ("sector, stage"). */
    public record Keys(String prefix, java.util.List<String> ids) implements Reason.Text {
        public Keys {
            ids = java.util.List.copyOf(ids);
        }

        @Override
        public String render(Messages m) {
            return ids.stream().map(id -> m.get(prefix + id)).collect(Collectors.joining(", "));
        }
    }
}
