package org.policylab.configurator.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/** Each instrument's performance gates evaluated against the actuals: met, missed, or not yet known. */
public final class ExitEvaluation {
    private ExitEvaluation() {
    }

    public enum Result { MET, MISSED, NO_DATA }

    public record GateResult(int instrument, String instrumentId, int gate, InstrumentGate criterion, Double actual,
                             Result result) {
    }

    public static List<GateResult> evaluate(ProgramPassport p, Catalog catalog) {
        List<GateResult> out = new ArrayList<>();
        for (int i = 0; i < p.instruments().size(); i++) {
            SelectedInstrument si = p.instruments().get(i);
            for (int g = 0; g < si.gates().size(); g++) {
                InstrumentGate gate = si.gates().get(g);
                if (!gate.measurable()) {
                    continue;
                }
                Direction d = catalog.kpi(gate.kpi()).map(Kpi::direction).orElse(Direction.INCREASE);
                Double actual = PlanVsFact.actualFor(p.monitoringOrEmpty().actuals(), gate.kpi(), Period.year(gate.year()))
                        .orElse(null);
                Result r = actual == null ? Result.NO_DATA
                        : PlanVsFact.meets(d, gate.threshold(), actual) ? Result.MET : Result.MISSED;
                out.add(new GateResult(i, si.instrument(), g, gate, actual, r));
            }
        }
        return out;
    }
}
