package org.policylab.configurator.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * The program's theory of change: problem → instruments → outputs → outcome KPIs. Outputs are
 * the input and output KPIs of the passport; outcomes are its outcome KPIs (seed 000: what
 * counts is the value created, not the number of factories).
 */
public record ResultsChain(List<Instrument> instruments, List<Kpi> outputs, List<Kpi> outcomes) {

    public static ResultsChain of(ProgramPassport p, Catalog catalog) {
        List<Instrument> instruments = new ArrayList<>();
        for (SelectedInstrument si : p.instruments()) {
            catalog.instrument(si.instrument()).ifPresent(instruments::add);
        }
        Set<String> ids = new LinkedHashSet<>();
        p.kpis().stream().map(KpiTarget::kpi).forEach(ids::add);
        p.instruments().forEach(si -> ids.addAll(si.kpis()));
        List<Kpi> outputs = new ArrayList<>();
        List<Kpi> outcomes = new ArrayList<>();
        for (String id : ids) {
            catalog.kpi(id).ifPresent(k -> (k.kind() == KpiKind.OUTCOME ? outcomes : outputs).add(k));
        }
        return new ResultsChain(List.copyOf(instruments), List.copyOf(outputs), List.copyOf(outcomes));
    }
}
