package org.policylab.configurator.io;

/**
 * An exception about one value (an unknown stage, say) that knows its reason as a {@link Fault}:
 * when it surfaces inside a JSON binding, the reader reports that fault at the value's pointer.
 */
public interface ValueFault {
    Fault fault();
}
