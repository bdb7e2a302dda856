package org.policylab.configurator.engine;

import java.util.List;
import java.util.Set;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.SystemElement;

/**
 * What the recommender suggests: the support instruments ranked with their reasons (those that answer the problem
 * first), the governance tools apart, KPIs ranked (outcomes ahead of outputs), and — where the problem calls for a
 * system (seed 003) — a package with the best support instrument for each of the five system elements.
 * {@code answering} holds the ids of the instruments and governance tools that answer the diagnosed problem.
 */
public record Recommendation(Scenario scenario, List<Scored<Instrument>> instruments, List<Scored<Kpi>> kpis,
                             List<PackageSlot> systemPackage, List<Scored<Instrument>> governance,
                             Set<String> answering) {

    public record PackageSlot(SystemElement element, Scored<Instrument> instrument) {
    }

    public List<Scored<Instrument>> topInstruments(int n) {
        return instruments.subList(0, Math.min(n, instruments.size()));
    }

    public List<Scored<Kpi>> topKpis(int n) {
        return kpis.subList(0, Math.min(n, kpis.size()));
    }

    /** Whether the instrument answers the diagnosed problem. */
    public boolean answers(Instrument i) {
        return answering.contains(i.id());
    }
}
