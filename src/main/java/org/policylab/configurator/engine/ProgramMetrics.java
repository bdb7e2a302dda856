package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/**
 * The money side of a program (seeds 002, 003): public budget by year, private
 * co-financing, private capital mobilised per tenge of support, cost per unit of each
 * outcome KPI, and the subsidy payback period where the passport gives it.
 *
 * <p>{@code coFinancingShare} is the private share of an instrument's total funding, so the
 * private money alongside a public budget B is B·s/(1−s).
 */
public record ProgramMetrics(Map<Integer, BigDecimal> publicByYear, Map<Integer, BigDecimal> privateByYear,
                             BigDecimal publicTotal, BigDecimal privateTotal, BigDecimal privatePerTenge,
                             List<CostPerOutcome> costPerOutcome, Double paybackYears, BigDecimal unscheduled) {

    /** The public money spent per unit of improvement of an outcome KPI, from baseline to the last target. */
    public record CostPerOutcome(String kpi, double improvement, BigDecimal cost) {
    }

    public static ProgramMetrics of(ProgramPassport p, Catalog catalog) {
        Map<Integer, BigDecimal> pub = new TreeMap<>();
        Map<Integer, BigDecimal> priv = new TreeMap<>();
        BigDecimal publicTotal = BigDecimal.ZERO;
        BigDecimal privateTotal = BigDecimal.ZERO;
        BigDecimal unscheduled = BigDecimal.ZERO;
        for (SelectedInstrument si : p.instruments()) {
            if (si.budget() == null) {
                continue;
            }
            BigDecimal amount = si.budget().amount();
            BigDecimal privateAmount = privateFor(amount, si.coFinancing());
            publicTotal = publicTotal.add(amount);
            privateTotal = privateTotal.add(privateAmount);
            Integer start = si.startYear() != null ? si.startYear() : si.endYear();
            Integer end = si.endYear() != null ? si.endYear() : si.startYear();
            if (start == null || end < start) {
                unscheduled = unscheduled.add(amount);
                continue;
            }
            int years = end - start + 1;
            BigDecimal perYear = amount.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
            BigDecimal privPerYear = privateAmount.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
            for (int y = start; y <= end; y++) {
                pub.merge(y, perYear, BigDecimal::add);
                priv.merge(y, privPerYear, BigDecimal::add);
            }
        }
        BigDecimal perTenge = publicTotal.signum() == 0 ? BigDecimal.ZERO
                : privateTotal.divide(publicTotal, 2, RoundingMode.HALF_UP);

        List<CostPerOutcome> costs = new ArrayList<>();
        Double payback = null;
        for (KpiTarget k : p.kpis()) {
            Optional<Kpi> def = catalog.kpi(k.kpi());
            Optional<YearValue> last = k.targets().stream().filter(t -> t.year() != null && t.value() != null)
                    .reduce((a, b) -> b.year() >= a.year() ? b : a);
            if ("subsidy-payback-period".equals(k.kpi()) && last.isPresent()) {
                payback = last.get().value();
            }
            if (def.isEmpty() || def.get().kind() != KpiKind.OUTCOME || !k.hasBaseline() || last.isEmpty()
                    || publicTotal.signum() == 0) {
                continue;
            }
            double change = last.get().value() - k.baseline().value();
            double improvement = def.get().direction() == Direction.DECREASE ? -change : change;
            if (improvement > 0) {
                costs.add(new CostPerOutcome(k.kpi(), improvement,
                        publicTotal.divide(BigDecimal.valueOf(improvement), 2, RoundingMode.HALF_UP)));
            }
        }
        return new ProgramMetrics(pub, priv, publicTotal, privateTotal, perTenge, costs, payback, unscheduled);
    }

    static BigDecimal privateFor(BigDecimal publicAmount, double share) {
        if (share <= 0 || share >= 1) {
            return BigDecimal.ZERO;
        }
        return publicAmount.multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.valueOf(1 - share), 2, RoundingMode.HALF_UP);
    }
}
