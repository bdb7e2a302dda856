package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.policylab.configurator.catalog.Segment;

/** An instrument the program uses, with its conditions (seeds 001, 002: temporary, conditional, co-financed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectedInstrument(String instrument, List<Segment> segments, Money budget, Double coFinancingShare,
                                 Integer startYear, Integer endYear, String exitRule, List<String> conditions,
                                 List<String> kpis) {
    public SelectedInstrument {
        segments = segments == null ? List.of() : List.copyOf(segments);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    public static SelectedInstrument of(String instrument) {
        return new SelectedInstrument(instrument, List.of(), null, null, null, null, null, List.of(), List.of());
    }

    public SelectedInstrument withSegments(List<Segment> v) {
        return new SelectedInstrument(instrument, v, budget, coFinancingShare, startYear, endYear, exitRule, conditions, kpis);
    }

    public SelectedInstrument withBudget(Money v) {
        return new SelectedInstrument(instrument, segments, v, coFinancingShare, startYear, endYear, exitRule, conditions, kpis);
    }

    public SelectedInstrument withCoFinancingShare(Double v) {
        return new SelectedInstrument(instrument, segments, budget, v, startYear, endYear, exitRule, conditions, kpis);
    }

    public SelectedInstrument withYears(Integer start, Integer end) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, start, end, exitRule, conditions, kpis);
    }

    public SelectedInstrument withExitRule(String v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, v, conditions, kpis);
    }

    public SelectedInstrument withConditions(List<String> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule, v, kpis);
    }

    public SelectedInstrument withKpis(List<String> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule, conditions, v);
    }

    public double coFinancing() {
        return coFinancingShare == null ? 0 : coFinancingShare;
    }
}
