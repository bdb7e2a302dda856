package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.SystemElement;

/**
 * What the recommender suggests: every instrument ranked with its reasons, KPIs ranked
 * (outcomes ahead of outputs), and — where the problem calls for a system (seed 003) — a
 * package with the best instrument for each of the five system elements.
 */
public record Recommendation(Scenario scenario, List<Scored<Instrument>> instruments, List<Scored<Kpi>> kpis,
                             List<PackageSlot> systemPackage) {

    public record PackageSlot(SystemElement element, Scored<Instrument> instrument) {
    }

    public List<Scored<Instrument>> topInstruments(int n) {
        return instruments.subList(0, Math.min(n, instruments.size()));
    }

    public List<Scored<Kpi>> topKpis(int n) {
        return kpis.subList(0, Math.min(n, kpis.size()));
    }
}
