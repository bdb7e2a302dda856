package org.policylab.configurator.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/**
 * Plan versus fact for every KPI and period of a passport, with a status per period.
 *
 * <p>The rule. The <em>planned progress</em> of a period is the distance from the baseline to the period's target,
 * the <em>achieved progress</em> the distance from the baseline to the actual, both measured in the KPI's direction
 * (for an indicator meant to decrease, a fall is progress). The status is
 * <ul>
 *   <li><b>on track</b> when the achieved progress is at least {@value #ON_TRACK_SHARE} of the planned one,</li>
 *   <li><b>at risk</b> when it is at least {@value #AT_RISK_SHARE} of it,</li>
 *   <li><b>off track</b> otherwise;</li>
 *   <li>where the target plans no progress (equal to the baseline), on track when the actual holds the target, else
 *       off track;</li>
 *   <li><b>no data</b> when the period has no actual: a period that is not yet due ({@link Row#due()} false) has no
 *       actual by definition; a due one is a gap the checks report.</li>
 * </ul>
 * The baseline's own period has no target and is not a row. A KPI measured quarterly is judged per quarter against
 * the year's target reached linearly from the previous year's target (or the baseline): 2028-Q2 is half-way from the
 * 2027 target to the 2028 one.
 */
public final class PlanVsFact {
    public static final double ON_TRACK_SHARE = 0.95;
    public static final double AT_RISK_SHARE = 0.70;

    private PlanVsFact() {
    }

    /** One KPI in one period. {@code actual} is null when nothing was reported. */
    public record Row(String kpi, Period period, Double baseline, Double target, Double actual, Status status, boolean due) {
    }

    /** Every KPI with a baseline and targets, each target period, in passport order; due up to {@code asOfYear}. */
    public static List<Row> table(ProgramPassport p, Catalog catalog, int asOfYear) {
        List<Row> rows = new ArrayList<>();
        List<Actual> actuals = p.monitoringOrEmpty().actuals();
        for (KpiTarget k : p.kpis()) {
            if (!k.hasBaseline()) {
                continue;
            }
            Direction d = catalog.kpi(k.kpi()).map(Kpi::direction).orElse(Direction.INCREASE);
            boolean quarterly = "quarterly".equals(k.frequency());
            List<YearValue> targets = k.targets().stream().filter(t -> t.year() != null && t.value() != null)
                    .sorted(Comparator.comparing(YearValue::year)).toList();
            double previous = k.baseline().value();
            for (YearValue t : targets) {
                if (quarterly) {
                    for (int q = 1; q <= 4; q++) {
                        double target = previous + (t.value() - previous) * q / 4.0;
                        rows.add(row(k, d, new Period(t.year(), q), target, actuals, asOfYear));
                    }
                } else {
                    rows.add(row(k, d, Period.year(t.year()), t.value(), actuals, asOfYear));
                }
                previous = t.value();
            }
        }
        return rows;
    }

    private static Row row(KpiTarget k, Direction d, Period period, double target, List<Actual> actuals, int asOfYear) {
        Double actual = actualFor(actuals, k.kpi(), period).orElse(null);
        double baseline = k.baseline().value();
        boolean due = period.year() <= asOfYear;
        return new Row(k.kpi(), period, baseline, target, actual, status(d, baseline, target, actual), due);
    }

    /** The reported value of a KPI in a period: the exact period, or for a year its fourth quarter. */
    public static Optional<Double> actualFor(List<Actual> actuals, String kpi, Period period) {
        Optional<Double> exact = actuals.stream().filter(a -> a.kpi().equals(kpi) && a.period().equals(period) && a.value() != null)
                .map(Actual::value).findFirst();
        if (exact.isPresent() || period.quarterly()) {
            return exact;
        }
        Period q4 = new Period(period.year(), 4);
        return actuals.stream().filter(a -> a.kpi().equals(kpi) && a.period().equals(q4) && a.value() != null)
                .map(Actual::value).findFirst();
    }

    /** The rule of this class, for one period. */
    public static Status status(Direction direction, double baseline, double target, Double actual) {
        if (actual == null) {
            return Status.NO_DATA;
        }
        double sign = direction == Direction.DECREASE ? -1 : 1;
        double planned = sign * (target - baseline);
        double achieved = sign * (actual - baseline);
        if (planned <= 0) {
            return sign * (actual - target) >= 0 ? Status.ON_TRACK : Status.OFF_TRACK;
        }
        double share = achieved / planned;
        if (share >= ON_TRACK_SHARE) {
            return Status.ON_TRACK;
        }
        return share >= AT_RISK_SHARE ? Status.AT_RISK : Status.OFF_TRACK;
    }

    /** Whether an actual meets a threshold in the KPI's direction (at least, or at most for a falling KPI). */
    public static boolean meets(Direction direction, double threshold, double actual) {
        return direction == Direction.DECREASE ? actual <= threshold : actual >= threshold;
    }
}
