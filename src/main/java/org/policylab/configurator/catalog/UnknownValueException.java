package org.policylab.configurator.catalog;

import java.util.List;
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
    private final List<String> allowed;
    private final Fault fault;

    /** A value of a vocabulary; {@code allowed} lists the allowed ids, comma separated. */
    public UnknownValueException(String vocabulary, String value, String allowed) {
        this(vocabulary, value, allowed.isBlank() ? List.of() : List.of(allowed.strip().split("\\s*,\\s*")));
    }

    /** A value of a vocabulary and the allowed ids, which the message lists whole, however many there are. */
    public UnknownValueException(String vocabulary, String value, List<String> allowed) {
        this(vocabulary, value, List.copyOf(allowed), Fault.value("error.value.unknown", value, List.copyOf(allowed)));
    }

    /** A value with a reason of its own (an id the catalog does not have, a number out of range...). */
    public UnknownValueException(String vocabulary, String value, Fault fault) {
        this(vocabulary, value, List.of(), fault);
    }

    private UnknownValueException(String vocabulary, String value, List<String> allowed, Fault fault) {
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

    /** The allowed ids, comma separated. */
    public String allowed() {
        return String.join(", ", allowed);
    }

    @Override
    public Fault fault() {
        return fault;
    }
}
