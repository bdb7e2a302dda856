package org.policylab.configurator.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The financing section's body: money by source and year as entered, budget money and the total of all sources,
 * the budget programme administrators and the standard clause on refining amounts when the budgets are formed;
 * then money by instrument; then tax expenditures apart, never added to any total. With no financing lines the
 * instruments' budgets are shown "not broken down by year" — nothing is spread or derived.
 */
final class FinancingSection {
    private final ProgramPassport p;
    private final Catalog catalog;
    private final Language lang;
    private final DocumentText t;
    private final Financing fin;
    private final List<PassportContent.Block> blocks;
    private final Consumer<String> subheading;

    private FinancingSection(PassportDocument doc, DocumentText t, List<PassportContent.Block> blocks,
                             Consumer<String> subheading) {
        this.p = doc.passport();
        this.catalog = doc.catalog();
        this.lang = doc.language();
        this.t = t;
        this.fin = Financing.of(p, catalog);
        this.blocks = blocks;
        this.subheading = subheading;
    }

    /**
     * Adds the section's body after its heading; {@code subheading} adds a subsection heading by its key (numbered
     * after the section it is in, unnumbered in an appendix).
     */
    static void add(List<PassportContent.Block> blocks, PassportDocument doc, DocumentText t,
                    Consumer<String> subheading) {
        new FinancingSection(doc, t, blocks, subheading).build();
    }

    private void build() {
        String unit = t.get("money.tableUnit", t.currency(fin.currency()));
        if (fin.isEmpty()) {
            blocks.add(new PassportContent.Paragraph(t.get("fin.none"), true));
            return;
        }
        subheading("sub.fundingBySource");
        if (fin.hasLines()) {
            bySourceAndYear(unit);
        } else {
            blocks.add(new PassportContent.Paragraph(t.get("fin.notByYear"), true));
        }
        blocks.add(new PassportContent.Paragraph(t.get("fin.clause"), false));
        if (fin.hasLines() ? hasInstrumentLines() : fin.notByYear().stream().anyMatch(u -> !u.taxExpenditure())) {
            subheading("sub.fundingByInstrument");
            byInstrument(unit);
        }
        if (fin.hasTaxExpenditures()) {
            subheading("sub.taxExpenditures");
            taxExpenditures(unit);
        }
    }

    private void bySourceAndYear(String unit) {
        boolean undated = fin.undatedTotal().signum() != 0;
        List<String> headers = new ArrayList<>(List.of(t.get("col.fundingSource")));
        fin.years().forEach(y -> headers.add(String.valueOf(y)));
        if (undated) {
            headers.add(t.get("fin.col.undated"));
        }
        headers.add(t.get("col.total"));
        // budget sources and their subtotal first, then the money that is not budget money — quasi-public sector
        // funds, private and other — with its own subtotal: the budget subtotal never sits under a non-budget row
        List<List<String>> rows = new ArrayList<>();
        for (Financing.SourceRow r : fin.sources()) {
            if (Financing.BUDGET.contains(r.source())) {
                rows.add(row(source(r.source()), r.byYear(), r.undated(), r.total(), undated));
            }
        }
        if (fin.budgetTotal().signum() != 0) {
            rows.add(row(t.get("fin.row.budget"), fin.budgetByYear(), fin.budgetUndated(), fin.budgetTotal(), undated));
        }
        boolean nonBudget = false;
        for (Financing.SourceRow r : fin.sources()) {
            if (!Financing.BUDGET.contains(r.source())) {
                nonBudget = true;
                rows.add(row(source(r.source()), r.byYear(), r.undated(), r.total(), undated));
            }
        }
        if (nonBudget) {
            rows.add(row(t.get("fin.row.nonBudget"), fin.nonBudgetByYear(), fin.undatedTotal().subtract(fin.budgetUndated()),
                    fin.total().subtract(fin.budgetTotal()), undated));
        }
        rows.add(row(t.get("fin.row.total"), fin.totalByYear(), fin.undatedTotal(), fin.total(), undated));
        blocks.add(new PassportContent.Table(unit, headers, rows, numeric(headers.size()), true, "funding"));
        List<PassportContent.Field> fields = new ArrayList<>();
        List<String> admins = new ArrayList<>();
        for (Financing.SourceRow r : fin.sources()) {
            if (Financing.BUDGET.contains(r.source()) && !r.administrators().isEmpty()) {
                admins.add(source(r.source()) + ": " + String.join("; ", r.administrators().stream()
                        .map(PassportContent::clean).filter(s -> s != null).toList()));
            }
        }
        fields.add(new PassportContent.Field(t.get("fin.administrator"),
                admins.isEmpty() ? List.of(t.get("doc.notSet")) : admins));
        // the entity that puts in quasi-public money is no budget programme administrator: named apart
        for (Financing.SourceRow r : fin.sources()) {
            if (r.source() == FundingSource.QUASI_PUBLIC && !r.administrators().isEmpty()) {
                fields.add(new PassportContent.Field(t.get("fin.quasiPublicEntity"), r.administrators().stream()
                        .map(PassportContent::clean).filter(s -> s != null).toList()));
            }
        }
        blocks.add(new PassportContent.Fields(fields));
    }

    private boolean hasInstrumentLines() {
        return p.financing().stream().anyMatch(l -> l != null && l.instrument() != null && !l.instrument().isBlank());
    }

    private void byInstrument(String unit) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        if (fin.hasLines()) {
            // instrument × source, as the lines give them
            Map<String, Map<FundingSource, BigDecimal>> by = new LinkedHashMap<>();
            Map<String, Map<FundingSource, List<String>>> admins = new LinkedHashMap<>();
            for (FinancingLine l : p.financing()) {
                if (l == null || l.amount() == null) {
                    continue;
                }
                String id = l.instrument() == null || l.instrument().isBlank() ? "" : l.instrument();
                FundingSource s = l.source() == null ? FundingSource.OTHER : l.source();
                by.computeIfAbsent(id, x -> new java.util.EnumMap<>(FundingSource.class)).merge(s, l.amount().amount(), BigDecimal::add);
                String a = PassportContent.clean(l.administrator());
                if (a != null) {
                    List<String> as = admins.computeIfAbsent(id, x -> new java.util.EnumMap<>(FundingSource.class))
                            .computeIfAbsent(s, x -> new ArrayList<>());
                    if (!as.contains(a)) {
                        as.add(a);
                    }
                }
            }
            for (Map.Entry<String, Map<FundingSource, BigDecimal>> e : by.entrySet()) {
                for (Map.Entry<FundingSource, BigDecimal> s : e.getValue().entrySet()) {
                    List<String> as = admins.getOrDefault(e.getKey(), Map.of()).getOrDefault(s.getKey(), List.of());
                    rows.add(List.of(String.valueOf(++n), e.getKey().isEmpty() ? "—" : instrumentName(e.getKey()),
                            source(s.getKey()), as.isEmpty() ? "—" : String.join("; ", as), t.millions(s.getValue())));
                }
            }
            blocks.add(new PassportContent.Table(unit, List.of(t.get("col.no"), t.get("col.instrument"),
                    t.get("fin.col.source"), t.get("fin.col.administratorOrEntity"), t.get("fin.col.total")), rows,
                    List.of(false, false, false, false, true), false, "plain"));
            return;
        }
        BigDecimal pubTotal = BigDecimal.ZERO;
        BigDecimal privTotal = BigDecimal.ZERO;
        for (Financing.Unscheduled u : fin.notByYear()) {
            if (u.taxExpenditure()) {
                continue;
            }
            pubTotal = pubTotal.add(u.publicAmount());
            privTotal = privTotal.add(u.privateAmount());
            rows.add(List.of(String.valueOf(++n), instrumentName(u.instrument()),
                    PassportContent.orElse(years(u.startYear(), u.endYear()), "—"),
                    t.millions(u.publicAmount()), t.millions(u.privateAmount())));
        }
        rows.add(List.of("", t.get("row.total"), "", t.millions(pubTotal), t.millions(privTotal)));
        String notByYear = " (" + t.get("fin.tax.notByYear") + ")";
        blocks.add(new PassportContent.Table(unit, List.of(t.get("col.no"), t.get("col.instrument"), t.get("col.period"),
                t.get("fin.col.budget") + notByYear, t.get("fin.col.private") + notByYear), rows,
                List.of(false, false, true, true, true), true, "plain"));
    }

    private void taxExpenditures(String unit) {
        List<Financing.Unscheduled> loose = fin.notByYear().stream().filter(Financing.Unscheduled::taxExpenditure).toList();
        boolean undated = fin.taxUndated().signum() != 0 || !loose.isEmpty();
        List<String> headers = new ArrayList<>(List.of(t.get("col.instrument")));
        List<Integer> years = fin.taxRows().isEmpty() ? List.of()
                : fin.years().stream().filter(y -> fin.taxByYear().containsKey(y)).toList();
        years.forEach(y -> headers.add(String.valueOf(y)));
        if (undated) {
            headers.add(t.get("fin.col.undated"));
        }
        headers.add(t.get("col.total"));
        List<List<String>> rows = new ArrayList<>();
        BigDecimal looseTotal = BigDecimal.ZERO;
        for (Financing.TaxRow r : fin.taxRows()) {
            rows.add(row(r.instrument().isEmpty() ? "—" : instrumentName(r.instrument()), r.byYear(), r.undated(),
                    r.total(), undated, years));
        }
        for (Financing.Unscheduled u : loose) {
            looseTotal = looseTotal.add(u.publicAmount());
            rows.add(row(instrumentName(u.instrument()), Map.of(), u.publicAmount(), u.publicAmount(), true, years));
        }
        rows.add(row(t.get("fin.row.taxTotal"), fin.taxByYear(), fin.taxUndated().add(looseTotal),
                fin.taxTotal().add(looseTotal), undated, years));
        blocks.add(new PassportContent.Table(unit, headers, rows, numeric(headers.size()), true, "funding"));
        blocks.add(new PassportContent.Paragraph(t.get("fin.tax.note"), true));
    }

    // ---- helpers

    private void subheading(String key) {
        subheading.accept(key);
    }

    private List<String> row(String label, Map<Integer, BigDecimal> byYear, BigDecimal undated, BigDecimal total,
                             boolean withUndated) {
        return row(label, byYear, undated, total, withUndated, fin.years());
    }

    private List<String> row(String label, Map<Integer, BigDecimal> byYear, BigDecimal undated, BigDecimal total,
                             boolean withUndated, List<Integer> years) {
        List<String> row = new ArrayList<>();
        row.add(label);
        for (Integer y : years) {
            BigDecimal v = byYear.get(y);
            row.add(v == null ? "—" : t.millions(v));
        }
        if (withUndated) {
            row.add(undated == null || undated.signum() == 0 ? "—" : t.millions(undated));
        }
        row.add(t.millions(total));
        return row;
    }

    private static List<Boolean> numeric(int columns) {
        List<Boolean> out = new ArrayList<>();
        out.add(false);
        for (int i = 1; i < columns; i++) {
            out.add(true);
        }
        return out;
    }

    private String source(FundingSource s) {
        return t.get("fin.source." + s.id());
    }

    private String instrumentName(String id) {
        return catalog.instrument(id).map(i -> i.name() == null ? null : PassportContent.clean(i.name().in(lang)))
                .filter(s -> s != null && !s.isBlank()).orElse(PassportContent.orElse(PassportContent.clean(id), "—"));
    }

    static String years(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null || from.equals(to)) {
            return String.valueOf(from != null ? from : to);
        }
        return from + "–" + to;
    }
}
