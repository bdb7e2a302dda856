package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A KPI the program commits to: baseline, yearly targets, who measures it and how often. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiTarget(String kpi, YearValue baseline, List<YearValue> targets, String frequency, String source,
                        String owner) {
    public KpiTarget {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public static KpiTarget of(String kpi) {
        return new KpiTarget(kpi, null, List.of(), "annual", null, null);
    }

    public KpiTarget withBaseline(YearValue v) {
        return new KpiTarget(kpi, v, targets, frequency, source, owner);
    }

    public KpiTarget withTargets(List<YearValue> v) {
        return new KpiTarget(kpi, baseline, v, frequency, source, owner);
    }

    public KpiTarget withFrequency(String v) {
        return new KpiTarget(kpi, baseline, targets, v, source, owner);
    }

    public KpiTarget withSource(String v) {
        return new KpiTarget(kpi, baseline, targets, frequency, v, owner);
    }

    public KpiTarget withOwner(String v) {
        return new KpiTarget(kpi, baseline, targets, frequency, source, v);
    }

    public boolean hasBaseline() {
        return baseline != null && baseline.year() != null && baseline.value() != null;
    }
}
