package org.policylab.configurator.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.i18n.Messages;

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
