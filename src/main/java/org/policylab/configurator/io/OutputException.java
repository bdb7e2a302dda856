package org.policylab.configurator.io;

/** A file could not be written; the message is one sentence naming the file and the reason. */
public class OutputException extends Exception {
    public OutputException(String message) {
        super(message);
    }
}
