package org.policylab.configurator.io;

/**
 * A file the user gave us is unreadable or invalid. The message is one plain sentence that
 * names the file, where in it (JSON pointer or line) and what is wrong — fit for stderr or a
 * dialog, never a stack trace.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
