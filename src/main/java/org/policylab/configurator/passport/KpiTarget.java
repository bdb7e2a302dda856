package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A KPI the program commits to: baseline, yearly targets, who measures it and how often. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiTarget(String kpi, YearValue baseline, List<YearValue> targets, String frequency, String source,
                        String owner, IndicatorRef serves) {
    public KpiTarget {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** Without the cascade: an indicator that names no higher-level indicator. */
    public KpiTarget(String kpi, YearValue baseline, List<YearValue> targets, String frequency, String source, String owner) {
        this(kpi, baseline, targets, frequency, source, owner, null);
    }

    /** The indicator of a higher-level document this one serves (the cascade). */
    public KpiTarget withServes(IndicatorRef v) {
        return new KpiTarget(kpi, baseline, targets, frequency, source, owner, v);
    }

    public static KpiTarget of(String kpi) {
        return new KpiTarget(kpi, null, List.of(), "annual", null, null, null);
    }

    public KpiTarget withBaseline(YearValue v) {
        return new KpiTarget(kpi, v, targets, frequency, source, owner, serves);
    }

    public KpiTarget withTargets(List<YearValue> v) {
        return new KpiTarget(kpi, baseline, v, frequency, source, owner, serves);
    }

    public KpiTarget withFrequency(String v) {
        return new KpiTarget(kpi, baseline, targets, v, source, owner, serves);
    }

    public KpiTarget withSource(String v) {
        return new KpiTarget(kpi, baseline, targets, frequency, v, owner, serves);
    }

    public KpiTarget withOwner(String v) {
        return new KpiTarget(kpi, baseline, targets, frequency, source, v, serves);
    }

    public boolean hasBaseline() {
        return baseline != null && baseline.year() != null && baseline.value() != null;
    }
}
