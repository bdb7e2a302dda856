package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.i18n.Messages;

/**
 * One contribution to a score: its points and the sentence that explains it. The sentence is
 * a message key with arguments, rendered in the language asked for, so a score can always be
 * traced to its reasons.
 */
public record Reason(int points, String key, List<Object> args) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(int points, String key, Object... args) {
        return new Reason(points, key, List.of(args));
    }

    public boolean positive() {
        return points > 0;
    }

    public String text(Messages m) {
        Object[] rendered = args.stream().map(a -> a instanceof Text t ? t.render(m) : a).toArray();
        return m.get(key, rendered);
    }

    /** An argument that is itself translated: a vocabulary value or a catalog name. */
    public interface Text {
        String render(Messages m);
    }
}
