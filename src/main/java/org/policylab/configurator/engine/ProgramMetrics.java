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
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/**
 * The money side of a program (seeds 002, 003): budget money by year as the financing lines give it, private
 * co-financing, private capital mobilised per tenge of support, cost per unit of each outcome KPI, and the
 * subsidy payback period where the passport gives it.
 *
 * <p>Budget money is the republican and local budgets and the National Fund ({@link Financing#BUDGET}). Amounts
 * by year come only from the passport's financing lines: nothing is spread over the years, and money without a
 * year is {@code unscheduled}. Tax preferences are revenue forgone, never budget money: a tax instrument's budget
 * and the passport's tax expenditures are counted in {@code taxExpenditures} only.
 *
 * <p>The cost per unit of an outcome counts only the instruments linked to that KPI; so does the private
 * capital per tenge reported with it. {@code coFinancingShare} is the private share of an instrument's total
 * funding, so the private money alongside a public budget B is B·s/(1−s).
 */
public record ProgramMetrics(Map<Integer, BigDecimal> publicByYear, Map<Integer, BigDecimal> privateByYear,
                             BigDecimal publicTotal, BigDecimal privateTotal, BigDecimal privatePerTenge,
                             List<CostPerOutcome> costPerOutcome, Double paybackYears, BigDecimal unscheduled,
                             BigDecimal taxExpenditures) {

    /**
     * The budget money of the instruments linked to an outcome KPI, per unit of its improvement from baseline to
     * the last target, and the private capital those instruments mobilise per tenge.
     */
    public record CostPerOutcome(String kpi, double improvement, BigDecimal cost, List<String> instruments,
                                 BigDecimal budget, BigDecimal privatePerTenge) {
        public CostPerOutcome {
            instruments = instruments == null ? List.of() : List.copyOf(instruments);
        }
    }

    /**
     * Whether {@code privatePerTenge} means anything: with no budget money (a design of tax preferences alone, or no
     * budgets yet) it is shown as not applicable, never as 0 beside the private co-financing a tax instrument states.
     */
    public boolean hasBudgetMoney() {
        return publicTotal.signum() != 0;
    }

    public static ProgramMetrics of(ProgramPassport p, Catalog catalog) {
        Financing fin = Financing.of(p, catalog);
        Map<Integer, BigDecimal> pub = new TreeMap<>(fin.budgetByYear());
        Map<Integer, BigDecimal> priv = new TreeMap<>();
        BigDecimal publicTotal;
        BigDecimal privateTotal = BigDecimal.ZERO;
        BigDecimal unscheduled;
        boolean privateLines = false;
        for (FinancingLine l : p.financing()) {
            if (l != null && l.amount() != null && l.source() == FundingSource.PRIVATE) {
                privateLines = true;
                privateTotal = privateTotal.add(l.amount().amount());
                if (l.year() != null) {
                    priv.merge(l.year(), l.amount().amount(), BigDecimal::add);
                }
            }
        }
        if (fin.hasLines()) {
            publicTotal = fin.budgetTotal();
            unscheduled = fin.budgetUndated();
        } else {
            publicTotal = BigDecimal.ZERO;
            for (SelectedInstrument si : p.instruments()) {
                if (si.budget() != null && !Financing.isTaxInstrument(catalog, si.instrument())) {
                    publicTotal = publicTotal.add(si.budget().amount());
                }
            }
            unscheduled = publicTotal;
        }
        if (!privateLines) {
            for (SelectedInstrument si : p.instruments()) {
                BigDecimal b = budgetOf(p, catalog, si, fin.hasLines());
                if (b != null) {
                    privateTotal = privateTotal.add(privateFor(b, si.coFinancing()));
                }
            }
        }
        BigDecimal perTenge = publicTotal.signum() == 0 ? BigDecimal.ZERO
                : privateTotal.divide(publicTotal, 2, RoundingMode.HALF_UP);
        BigDecimal tax = fin.taxTotal();
        for (Financing.Unscheduled u : fin.notByYear()) {
            if (u.taxExpenditure()) {
                tax = tax.add(u.publicAmount());
            }
        }

        List<CostPerOutcome> costs = new ArrayList<>();
        Double payback = null;
        for (KpiTarget k : p.kpis()) {
            Optional<Kpi> def = catalog.kpi(k.kpi());
            Optional<YearValue> last = k.targets().stream().filter(t -> t.year() != null && t.value() != null)
                    .reduce((a, b) -> b.year() >= a.year() ? b : a);
            if ("subsidy-payback-period".equals(k.kpi()) && last.isPresent()) {
                payback = last.get().value();
            }
            if (def.isEmpty() || def.get().kind() != KpiKind.OUTCOME || !k.hasBaseline() || last.isEmpty()) {
                continue;
            }
            double change = last.get().value() - k.baseline().value();
            double improvement = def.get().direction() == Direction.DECREASE ? -change : change;
            if (improvement <= 0) {
                continue;
            }
            // only the instruments linked to this KPI, and only their budget money
            List<String> linked = new ArrayList<>();
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal privateMoney = BigDecimal.ZERO;
            for (SelectedInstrument si : p.instruments()) {
                if (!si.kpis().contains(k.kpi())) {
                    continue;
                }
                BigDecimal b = budgetOf(p, catalog, si, fin.hasLines());
                if (b == null || b.signum() == 0) {
                    continue;
                }
                linked.add(si.instrument());
                budget = budget.add(b);
                BigDecimal pl = privateLines ? Financing.privateOf(p, si.instrument()) : null;
                privateMoney = privateMoney.add(pl != null ? pl : privateFor(b, si.coFinancing()));
            }
            if (budget.signum() == 0) {
                continue;
            }
            costs.add(new CostPerOutcome(k.kpi(), improvement,
                    budget.divide(BigDecimal.valueOf(improvement), 2, RoundingMode.HALF_UP), linked, budget,
                    privateMoney.divide(budget, 2, RoundingMode.HALF_UP)));
        }
        return new ProgramMetrics(pub, priv, publicTotal, privateTotal, perTenge, costs, payback, unscheduled, tax);
    }

    /**
     * An instrument's budget money: what the financing lines give it when they name it, its budget otherwise;
     * null for a tax preference's budget (revenue forgone) or when nothing is given.
     */
    private static BigDecimal budgetOf(ProgramPassport p, Catalog catalog, SelectedInstrument si, boolean lines) {
        BigDecimal fromLines = lines ? Financing.budgetOf(p, si.instrument()) : null;
        if (fromLines != null) {
            return fromLines;
        }
        if (si.budget() == null || Financing.isTaxInstrument(catalog, si.instrument())) {
            return null;
        }
        return si.budget().amount();
    }

    static BigDecimal privateFor(BigDecimal publicAmount, double share) {
        if (publicAmount == null || share <= 0 || share >= 1) {
            return BigDecimal.ZERO;
        }
        return publicAmount.multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.valueOf(1 - share), 2, RoundingMode.HALF_UP);
    }
}
