package org.policylab.configurator.io;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;

/**
 * What is wrong with a file or a value, as data: where (file, JSON pointer or line and column)
 * and why (a message key with its arguments). Core code only builds faults; the window and the
 * command line render them in the planner's language with {@link #render(Messages)}. The
 * location is never translated: {@code FILE: at /pointer: reason}; a parse error's line and
 * column are part of the translated reason.
 *
 * @param file    the file as the user named it, or null when the fault is about a value
 * @param pointer the JSON pointer ({@code ""} for the whole document), or null when unknown
 * @param key     the message key of the reason, e.g. {@code error.schema.required}
 * @param args    the reason's arguments; a {@link Text} argument is itself translated; a text is shortened to one line
 *                of {@link JsonInput#MAX_LINE} characters (it may be what the user typed), a {@link List} (the allowed
 *                values) is shown whole, comma separated
 */
public record Fault(String file, String pointer, String key, List<Object> args) {
    /** The key of a sentence given as it is (no translation available): {@code {0}}. */
    public static final String VERBATIM = "error.verbatim";

    public Fault {
        args = List.copyOf(args);
    }

    /** A translated argument: a message key with its own arguments ({@code error.json.type.number}...). */
    public record Text(String key, List<Object> args) {
        public Text {
            args = List.copyOf(args);
        }

        public static Text of(String key, Object... args) {
            return new Text(key, Arrays.asList(args));
        }

        public String render(Messages m) {
            return m.get(key, Fault.rendered(args, m));
        }
    }

    /** A fault about the whole file. */
    public static Fault of(String file, String key, Object... args) {
        return new Fault(file, null, key, Arrays.asList(args));
    }

    /** A fault at a JSON pointer in a file. */
    public static Fault at(String file, String pointer, String key, Object... args) {
        return new Fault(file, pointer == null ? "" : pointer, key, Arrays.asList(args));
    }

    /** A fault about a value, with no file: an unknown stage on the command line, say. */
    public static Fault value(String key, Object... args) {
        return new Fault(null, null, key, Arrays.asList(args));
    }

    /**
     * The reason alone, translated, one line. Only the arguments are shortened, not the sentence: a list of the
     * allowed values at its end is never cut off.
     */
    public String reason(Messages m) {
        return JsonInput.flatten(m.get(key, rendered(args, m)));
    }

    /** {@code FILE: at /pointer: reason}, one line, in the language of {@code m}. */
    public String render(Messages m) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(JsonInput.oneLine(file)).append(": ");
        }
        if (pointer != null) {
            sb.append("at ").append(pointer.isEmpty() ? "/" : JsonInput.oneLine(pointer)).append(": ");
        }
        return sb.append(reason(m)).toString();
    }

    /** English, for logs and for code that has no reader (never shown in a ru or kk window). */
    public String english() {
        return render(Messages.of(Language.EN));
    }

    @Override
    public String toString() {
        return english();
    }

    static Object[] rendered(List<Object> args, Messages m) {
        // numbers are passed as they are written (a line 1234 is not "1 234"); texts are translated; a string may be
        // the user's and is shortened; a list is the app's (allowed values) and is shown whole
        return args.stream().map(a -> a instanceof Text t ? t.render(m)
                : a instanceof Number n ? n.toString()
                : a instanceof List<?> l ? l.stream().map(v -> JsonInput.flatten(String.valueOf(v))).collect(Collectors.joining(", "))
                : a instanceof String s ? JsonInput.oneLine(s)
                : a).toArray();
    }
}
