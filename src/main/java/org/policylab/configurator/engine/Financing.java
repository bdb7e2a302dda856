package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Incentive;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentTag;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.TaxExpenditure;

/**
 * The program's money as a budget reviewer reads it: amounts by source and year exactly as entered in the
 * passport's financing lines (never spread over the years), the budget programme administrators, and tax
 * expenditures (revenue forgone) apart — they are never added to budget money.
 *
 * <p>When the passport has no financing lines nothing is derived: the instruments' budgets are listed as
 * "not broken down by year" ({@link #notByYear()}), and a tax instrument's budget is listed there as a tax
 * expenditure, not as spending.
 */
public record Financing(String currency, List<Integer> years, List<SourceRow> sources, Map<Integer, BigDecimal> totalByYear,
                        BigDecimal undatedTotal, BigDecimal total, Map<Integer, BigDecimal> budgetByYear,
                        BigDecimal budgetUndated, BigDecimal budgetTotal, List<TaxRow> taxRows,
                        Map<Integer, BigDecimal> taxByYear, BigDecimal taxUndated, BigDecimal taxTotal,
                        List<Unscheduled> notByYear) {

    /** The sources that are budget money: the republican and local budgets and the National Fund (transfers). */
    public static final Set<FundingSource> BUDGET = Set.of(FundingSource.REPUBLICAN_BUDGET, FundingSource.LOCAL_BUDGET,
            FundingSource.NATIONAL_FUND);

    /** One source: its amounts by year, the amount entered without a year, its total and its administrators. */
    public record SourceRow(FundingSource source, Map<Integer, BigDecimal> byYear, BigDecimal undated, BigDecimal total,
                            List<String> administrators) {
    }

    /** One tax preference's forgone revenue by year. */
    public record TaxRow(String instrument, Map<Integer, BigDecimal> byYear, BigDecimal undated, BigDecimal total) {
    }

    /** An instrument's budget the passport has not broken down by source and year. */
    public record Unscheduled(String instrument, BigDecimal publicAmount, BigDecimal privateAmount, boolean taxExpenditure,
                              Integer startYear, Integer endYear) {
    }

    public boolean hasLines() {
        return !sources.isEmpty();
    }

    public boolean hasTaxExpenditures() {
        return !taxRows.isEmpty() || notByYear.stream().anyMatch(Unscheduled::taxExpenditure);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && taxRows.isEmpty() && notByYear.isEmpty();
    }

    /** The total a source gives (by year and without a year); zero when the passport has no line of it. */
    public BigDecimal totalOf(FundingSource source) {
        return sources.stream().filter(r -> r.source() == source).map(SourceRow::total).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /**
     * The money by year that is not budget money: quasi-public sector funds (a national company's or development
     * institution's own money is not budget money even when the state owns it), private and other sources.
     */
    public Map<Integer, BigDecimal> nonBudgetByYear() {
        Map<Integer, BigDecimal> out = new TreeMap<>();
        sources.stream().filter(r -> !BUDGET.contains(r.source()))
                .forEach(r -> r.byYear().forEach((y, a) -> out.merge(y, a, BigDecimal::add)));
        return out;
    }

    /** Every administrator named on a budget line, in the order first named. */
    public List<String> administrators() {
        Set<String> out = new LinkedHashSet<>();
        sources.stream().filter(s -> BUDGET.contains(s.source())).forEach(s -> out.addAll(s.administrators()));
        return List.copyOf(out);
    }

    /** Whether the catalog books this instrument as a tax preference: its "budget" is revenue forgone. */
    public static boolean isTaxInstrument(Catalog catalog, String instrumentId) {
        if (catalog == null || instrumentId == null) {
            return false;
        }
        return catalog.instrument(instrumentId)
                .map(i -> i.incentive() == Incentive.TAX || i.has(InstrumentTag.TAX_INCENTIVE)).orElse(false);
    }

    public static Financing of(ProgramPassport p, Catalog catalog) {
        String currency = currency(p);
        Map<FundingSource, Map<Integer, BigDecimal>> bySource = new EnumMap<>(FundingSource.class);
        Map<FundingSource, BigDecimal> undatedBySource = new EnumMap<>(FundingSource.class);
        Map<FundingSource, Set<String>> admins = new EnumMap<>(FundingSource.class);
        Set<Integer> years = new TreeSet<>();
        for (FinancingLine l : p.financing()) {
            if (l == null || l.amount() == null) {
                continue;
            }
            FundingSource s = l.source() == null ? FundingSource.OTHER : l.source();
            BigDecimal a = l.amount().amount();
            if (l.year() == null) {
                undatedBySource.merge(s, a, BigDecimal::add);
            } else {
                years.add(l.year());
                bySource.computeIfAbsent(s, x -> new TreeMap<>()).merge(l.year(), a, BigDecimal::add);
            }
            bySource.computeIfAbsent(s, x -> new TreeMap<>());
            Set<String> as = admins.computeIfAbsent(s, x -> new LinkedHashSet<>());
            if (l.administrator() != null && !l.administrator().isBlank()) {
                as.add(l.administrator().strip());
            }
        }
        Map<String, Map<Integer, BigDecimal>> taxBy = new LinkedHashMap<>();
        Map<String, BigDecimal> taxUndatedBy = new LinkedHashMap<>();
        for (TaxExpenditure te : p.taxExpenditures()) {
            if (te == null || te.amount() == null) {
                continue;
            }
            String key = te.instrument() == null ? "" : te.instrument();
            taxBy.computeIfAbsent(key, x -> new TreeMap<>());
            if (te.year() == null) {
                taxUndatedBy.merge(key, te.amount().amount(), BigDecimal::add);
            } else {
                years.add(te.year());
                taxBy.get(key).merge(te.year(), te.amount().amount(), BigDecimal::add);
            }
        }

        List<SourceRow> rows = new ArrayList<>();
        Map<Integer, BigDecimal> totalByYear = new TreeMap<>();
        Map<Integer, BigDecimal> budgetByYear = new TreeMap<>();
        BigDecimal undated = BigDecimal.ZERO;
        BigDecimal budgetUndated = BigDecimal.ZERO;
        for (FundingSource s : FundingSource.values()) {
            if (!bySource.containsKey(s)) {
                continue;
            }
            Map<Integer, BigDecimal> by = bySource.get(s);
            BigDecimal u = undatedBySource.getOrDefault(s, BigDecimal.ZERO);
            BigDecimal total = by.values().stream().reduce(u, BigDecimal::add);
            rows.add(new SourceRow(s, by, u, total, List.copyOf(admins.getOrDefault(s, Set.of()))));
            by.forEach((y, a) -> totalByYear.merge(y, a, BigDecimal::add));
            undated = undated.add(u);
            if (BUDGET.contains(s)) {
                by.forEach((y, a) -> budgetByYear.merge(y, a, BigDecimal::add));
                budgetUndated = budgetUndated.add(u);
            }
        }
        BigDecimal total = totalByYear.values().stream().reduce(undated, BigDecimal::add);
        BigDecimal budgetTotal = budgetByYear.values().stream().reduce(budgetUndated, BigDecimal::add);

        List<TaxRow> taxRows = new ArrayList<>();
        Map<Integer, BigDecimal> taxByYear = new TreeMap<>();
        BigDecimal taxUndated = BigDecimal.ZERO;
        for (Map.Entry<String, Map<Integer, BigDecimal>> e : taxBy.entrySet()) {
            BigDecimal u = taxUndatedBy.getOrDefault(e.getKey(), BigDecimal.ZERO);
            taxRows.add(new TaxRow(e.getKey(), e.getValue(), u, e.getValue().values().stream().reduce(u, BigDecimal::add)));
            e.getValue().forEach((y, a) -> taxByYear.merge(y, a, BigDecimal::add));
            taxUndated = taxUndated.add(u);
        }
        BigDecimal taxTotal = taxByYear.values().stream().reduce(taxUndated, BigDecimal::add);

        // nothing derived: with no lines the instruments' budgets are listed as not broken down by year;
        // a tax instrument with no tax-expenditure rows is listed the same way, as revenue forgone
        List<Unscheduled> notByYear = new ArrayList<>();
        Set<String> taxed = taxBy.keySet();
        for (SelectedInstrument si : p.instruments()) {
            if (si.budget() == null || si.budget().isZero()) {
                continue;
            }
            boolean tax = isTaxInstrument(catalog, si.instrument());
            if (tax ? taxed.contains(si.instrument()) : !rows.isEmpty()) {
                continue;
            }
            BigDecimal pub = si.budget().amount();
            notByYear.add(new Unscheduled(si.instrument(), pub, ProgramMetrics.privateFor(pub, si.coFinancing()), tax,
                    si.startYear(), si.endYear()));
        }
        return new Financing(currency, List.copyOf(years), rows, totalByYear, undated, total, budgetByYear,
                budgetUndated, budgetTotal, taxRows, taxByYear, taxUndated, taxTotal, notByYear);
    }

    /** The budget money (republican, local, National Fund) the financing lines give an instrument; null when none. */
    public static BigDecimal budgetOf(ProgramPassport p, String instrument) {
        BigDecimal sum = null;
        for (FinancingLine l : p.financing()) {
            if (l != null && l.amount() != null && instrument != null && instrument.equals(l.instrument())
                    && BUDGET.contains(l.source() == null ? FundingSource.OTHER : l.source())) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(l.amount().amount());
            }
        }
        return sum;
    }

    /** The private money the financing lines give an instrument; null when none. */
    public static BigDecimal privateOf(ProgramPassport p, String instrument) {
        BigDecimal sum = null;
        for (FinancingLine l : p.financing()) {
            if (l != null && l.amount() != null && instrument != null && instrument.equals(l.instrument())
                    && l.source() == FundingSource.PRIVATE) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(l.amount().amount());
            }
        }
        return sum;
    }

    /** The currency of the first amount the passport gives; tenge when none. */
    static String currency(ProgramPassport p) {
        for (FinancingLine l : p.financing()) {
            if (l != null && l.amount() != null) {
                return l.amount().currency();
            }
        }
        return p.instruments().stream().filter(si -> si.budget() != null).map(si -> si.budget().currency())
                .findFirst().orElse(Money.KZT);
    }
}
