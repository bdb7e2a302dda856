package org.policylab.configurator.catalog;

/** A value outside a fixed vocabulary; the message names the value and the allowed ones. */
public class UnknownValueException extends IllegalArgumentException {
    private final String vocabulary;
    private final String value;
    private final String allowed;

    public UnknownValueException(String vocabulary, String value, String allowed) {
        super("unknown " + vocabulary + " '" + value + "'; allowed: " + allowed);
        this.vocabulary = vocabulary;
        this.value = value;
        this.allowed = allowed;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
