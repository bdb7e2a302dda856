package org.policylab.configurator.export;

import java.time.LocalDate;
import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/** Everything a document writer needs: the passport, its catalog, its findings and metrics, the language. */
public record PassportDocument(ProgramPassport passport, Catalog catalog, Language language, List<Finding> findings,
                               ProgramMetrics metrics, LocalDate generated) {
    public PassportDocument {
        findings = List.copyOf(findings);
    }

    public static PassportDocument of(ProgramPassport passport, Catalog catalog, Language language) {
        return of(passport, catalog, language, LocalDate.now());
    }

    /** The document as written on that day (the date it shows). */
    public static PassportDocument of(ProgramPassport passport, Catalog catalog, Language language, LocalDate generated) {
        return new PassportDocument(passport, catalog, language, new DesignChecks(catalog).check(passport),
                ProgramMetrics.of(passport, catalog), generated);
    }
}
