package org.policylab.configurator.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.io.ValueFault;
import org.policylab.configurator.store.WorkspaceException;

/**
 * An error as the window shows it: the faults the core reports, rendered in the window's
 * language — one line per problem with the file and where in it, never a stack trace and never
 * a command to type. Anything else is "Unexpected error" with its one-line detail.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error, Messages m) {
        Throwable e = error;
        while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof InputException in) {
            return in.message(m);
        }
        if (e instanceof OutputException out) {
            return out.message(m);
        }
        if (e instanceof WorkspaceException w) {
            return w.message(m);
        }
        if (e instanceof ValueFault v) {
            return v.fault().render(m);
        }
        return m.get("error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName() : JsonInput.oneLine(e.getMessage()));
    }
}
