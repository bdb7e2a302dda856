package org.policylab.configurator.io;

import java.util.List;
import java.util.stream.Collectors;
import org.policylab.configurator.i18n.Messages;

/**
 * A file the user gave us is unreadable or invalid. It carries {@link Fault}s — file, where in
 * it (JSON pointer or line and column) and a reason as a message key — which the window and the
 * command line render in the planner's language with {@link #message(Messages)}: one line per
 * fault, never a stack trace. {@link #getMessage()} is the English rendering, for logs.
 */
public class InputException extends Exception {
    private final List<Fault> faults;

    public InputException(Fault fault) {
        this(List.of(fault), null);
    }

    public InputException(Fault fault, Throwable cause) {
        this(List.of(fault), cause);
    }

    public InputException(List<Fault> faults) {
        this(faults, null);
    }

    private InputException(List<Fault> faults, Throwable cause) {
        super(faults.stream().map(Fault::english).collect(Collectors.joining("\n")), cause);
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("an input error needs at least one fault");
        }
        this.faults = List.copyOf(faults);
    }

    /** A sentence already written (kept for callers not yet giving a key): shown as it is in every language. */
    public InputException(String message) {
        this(List.of(Fault.value(Fault.VERBATIM, message)), null);
    }

    public InputException(String message, Throwable cause) {
        this(List.of(Fault.value(Fault.VERBATIM, message)), cause);
    }

    public List<Fault> faults() {
        return faults;
    }

    /** One line per fault, in the language of {@code m}. */
    public String message(Messages m) {
        return faults.stream().map(f -> f.render(m)).collect(Collectors.joining("\n"));
    }
}
