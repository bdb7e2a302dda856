package org.policylab.configurator.io;

import org.policylab.configurator.i18n.Messages;

/**
 * A file could not be written. It carries a {@link Fault} (the file and a reason as a message
 * key) rendered in the planner's language by {@link #message(Messages)}; {@link #getMessage()}
 * is the English rendering, for logs.
 */
public class OutputException extends Exception {
    private final Fault fault;

    public OutputException(Fault fault) {
        super(fault.english());
        this.fault = fault;
    }

    /** A sentence already written: shown as it is in every language. */
    public OutputException(String message) {
        this(Fault.value(Fault.VERBATIM, message));
    }

    public Fault fault() {
        return fault;
    }

    public String message(Messages m) {
        return fault.render(m);
    }
}
