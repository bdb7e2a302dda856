package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Two or three program designs side by side (workshop mode): which instruments and KPIs they
 * share and which only some of them use, their money, their leverage of private capital, and
 * their findings by severity — so officials see why one design beats another.
 */
public record Comparison(List<Column> columns, List<Row> instruments, List<Row> kpis) {

    /** One passport's figures. */
    public record Column(ProgramPassport passport, BigDecimal publicBudget, BigDecimal privateCoFinancing,
                         BigDecimal privatePerTenge, Map<Severity, Integer> findings) {
        /** Whether private capital per tenge means anything here: a design of tax preferences alone has no budget money. */
        public boolean hasBudgetMoney() {
            return publicBudget != null && publicBudget.signum() != 0;
        }
    }

    /** One catalog id and, per passport, whether it uses it; {@code shared} when all do. */
    public record Row(String id, List<Boolean> present) {
        public boolean shared() {
            return present.stream().allMatch(b -> b);
        }
    }

    public static Comparison of(List<ProgramPassport> passports, Catalog catalog) {
        if (passports.size() < 2 || passports.size() > 3) {
            throw new IllegalArgumentException("compare takes two or three passports, got " + passports.size());
        }
        DesignChecks checks = new DesignChecks(catalog);
        List<Column> columns = new ArrayList<>();
        for (ProgramPassport p : passports) {
            ProgramMetrics m = ProgramMetrics.of(p, catalog);
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                counts.put(s, 0);
            }
            checks.check(p).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
            columns.add(new Column(p, m.publicTotal(), m.privateTotal(), m.privatePerTenge(), counts));
        }
        Set<String> instrumentIds = new LinkedHashSet<>();
        Set<String> kpiIds = new LinkedHashSet<>();
        for (ProgramPassport p : passports) {
            p.instruments().stream().map(SelectedInstrument::instrument).forEach(instrumentIds::add);
            p.kpis().stream().map(KpiTarget::kpi).forEach(kpiIds::add);
        }
        List<Row> instruments = new ArrayList<>();
        for (String id : instrumentIds) {
            instruments.add(new Row(id, passports.stream()
                    .map(p -> p.instruments().stream().anyMatch(i -> i.instrument().equals(id))).toList()));
        }
        List<Row> kpis = new ArrayList<>();
        for (String id : kpiIds) {
            kpis.add(new Row(id, passports.stream().map(p -> p.kpis().stream().anyMatch(k -> k.kpi().equals(id))).toList()));
        }
        return new Comparison(List.copyOf(columns), List.copyOf(instruments), List.copyOf(kpis));
    }

    /** Instruments that not every passport uses: the design differences. */
    public List<Row> differingInstruments() {
        return instruments.stream().filter(r -> !r.shared()).toList();
    }

    public List<Row> differingKpis() {
        return kpis.stream().filter(r -> !r.shared()).toList();
    }
}
