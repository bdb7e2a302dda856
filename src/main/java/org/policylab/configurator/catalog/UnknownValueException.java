package org.policylab.configurator.catalog;

import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.ValueFault;

/**
 * A value outside a fixed vocabulary. Its {@link #fault()} names the value and the allowed ones
 * as a message key with arguments, rendered in the planner's language; {@link #getMessage()} is
 * the English rendering.
 */
public class UnknownValueException extends IllegalArgumentException implements ValueFault {
    private final String vocabulary;
    private final String value;
    private final String allowed;
    private final Fault fault;

    /** A value of a vocabulary; {@code allowed} lists the allowed ids, comma separated. */
    public UnknownValueException(String vocabulary, String value, String allowed) {
        this(vocabulary, value, allowed, Fault.value("error.value.unknown", value, allowed));
    }

    /** A value with a reason of its own (an id the catalog does not have, a number out of range...). */
    public UnknownValueException(String vocabulary, String value, Fault fault) {
        this(vocabulary, value, "", fault);
    }

    private UnknownValueException(String vocabulary, String value, String allowed, Fault fault) {
        super(fault.english());
        this.vocabulary = vocabulary;
        this.value = value;
        this.allowed = allowed;
        this.fault = fault;
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

    @Override
    public Fault fault() {
        return fault;
    }
}
