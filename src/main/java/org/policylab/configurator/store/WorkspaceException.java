package org.policylab.configurator.store;

import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.Fault;

/**
 * The workspace cannot be opened or written. It carries a {@link Fault} (what and where, as a
 * message key with arguments) rendered in the planner's language by {@link #message(Messages)};
 * {@link #getMessage()} is the English rendering, for logs.
 */
public class WorkspaceException extends RuntimeException {
    private final Fault fault;

    public WorkspaceException(Fault fault, Throwable cause) {
        super(fault.english(), cause);
        this.fault = fault;
    }

    public WorkspaceException(Fault fault) {
        this(fault, null);
    }

    /** A sentence already written: shown as it is in every language. */
    public WorkspaceException(String message, Throwable cause) {
        this(Fault.value(Fault.VERBATIM, message), cause);
    }

    public WorkspaceException(String message) {
        this(Fault.value(Fault.VERBATIM, message), null);
    }

    public Fault fault() {
        return fault;
    }

    /** One line in the language of {@code m}. */
    public String message(Messages m) {
        return fault.render(m);
    }
}
