package org.policylab.configurator.store;

/** The workspace cannot be opened or written; the message says what and where in one line. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
