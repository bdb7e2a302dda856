package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.i18n.Messages;

/**
 * A pitfall found in a passport: which rule, how serious, the item it points at (a JSON
 * pointer into the passport, e.g. {@code /instruments/0/endYear}), and the sentence
 * arguments. Text is rendered in the language asked for.
 */
public record Finding(String rule, Severity severity, String target, List<Object> args) {
    public Finding {
        args = List.copyOf(args);
    }

    public String message(Messages m) {
        Object[] rendered = args.stream().map(a -> a instanceof Reason.Text t ? t.render(m) : a).toArray();
        return m.get("check." + rule + ".message", rendered);
    }

    public String principle(Messages m) {
        return m.get("check." + rule + ".principle");
    }

    public String fix(Messages m) {
        return m.get("check." + rule + ".fix");
    }
}
