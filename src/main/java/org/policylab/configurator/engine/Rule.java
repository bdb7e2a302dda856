package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * A design check: a stable id, a severity, and the seed article whose lesson it enforces.
 * Message, principle and fix are translated under {@code check.<id>.*}.
 */
public interface Rule {
    String id();

    Severity severity();

    /** The seed article(s) the rule comes from, e.g. "001". */
    String seed();

    List<Finding> check(ProgramPassport passport, Catalog catalog);
}
