package org.policylab.configurator.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Edits the wizard makes on the planner's behalf, with the catalog's defaults: adding an
 * instrument brings its typical design (duration, co-financing, segments it serves within the
 * program's, and for support that must end a sunset year with extension only on review) and its
 * default KPIs, so the draft starts from good practice.
 */
public final class Drafting {
    private Drafting() {
    }

    public static ProgramPassport addInstrument(ProgramPassport p, Catalog catalog, String instrumentId, int firstYear) {
        if (p.instruments().stream().anyMatch(i -> i.instrument().equals(instrumentId))) {
            return p;
        }
        Instrument def = catalog.instrument(instrumentId).orElse(null);
        if (def == null) {
            return p.addInstrument(SelectedInstrument.of(instrumentId));
        }
        List<Segment> segments = new ArrayList<>(p.context().segments());
        segments.retainAll(def.segments());
        if (segments.isEmpty()) {
            segments = new ArrayList<>(p.context().segments());
        }
        // only the default KPIs that fit the program's stage and sector: the design checks would flag the others
        // (kpi-stage-mismatch, kpi-sector-mismatch), and the tool must not warn against a KPI it added itself
        List<String> kpis = def.kpis().stream().filter(k -> catalog.kpi(k).map(d -> fits(d, p)).orElse(false)).toList();
        int years = def.design().typicalDurationYears() == null ? 3 : Math.max(1, def.design().typicalDurationYears());
        SelectedInstrument si = SelectedInstrument.of(instrumentId)
                .withSegments(segments)
                .withCoFinancingShare(def.design().typicalCoFinancingShare() > 0 ? def.design().typicalCoFinancingShare() : null)
                .withYears(firstYear, firstYear + years - 1)
                .withKpis(kpis);
        if (def.design().needsExitRule() || def.category() == InstrumentCategory.FINANCIAL) {
            // seed 002: time-bound support; an extension only after a review of results
            si = si.withExit(new ExitTerms(firstYear + years - 1, ExitTrigger.TIME, Extension.ON_REVIEW, null));
        }
        ProgramPassport out = p.addInstrument(si);
        for (String k : kpis) {
            out = out.addKpi(KpiTarget.of(k));
        }
        return out;
    }

    /** Whether a KPI suits the program's stage and sector as the design checks read them. */
    private static boolean fits(org.policylab.configurator.catalog.Kpi k, ProgramPassport p) {
        org.policylab.configurator.catalog.Stage stage = p.context().stage();
        return (stage == null || k.stages().isEmpty() || k.stages().contains(stage)) && k.fitsSector(p.context().sector());
    }

    /** Removes an instrument; its KPIs stay unless no other instrument uses them and they have no data yet. */
    public static ProgramPassport removeInstrument(ProgramPassport p, int index) {
        SelectedInstrument gone = p.instruments().get(index);
        ProgramPassport out = p.removeInstrument(index);
        Set<String> stillUsed = new LinkedHashSet<>();
        out.instruments().forEach(i -> stillUsed.addAll(i.kpis()));
        List<KpiTarget> kept = out.kpis().stream()
                .filter(k -> stillUsed.contains(k.kpi()) || !gone.kpis().contains(k.kpi()) || k.hasBaseline() || !k.targets().isEmpty())
                .toList();
        return out.withKpis(kept);
    }

    /** Years the program runs, from the earliest start to the latest end; empty when no years are set. */
    public static List<Integer> years(ProgramPassport p) {
        Integer min = null;
        Integer max = null;
        for (SelectedInstrument si : p.instruments()) {
            for (Integer y : new Integer[] {si.startYear(), si.endYear()}) {
                if (y != null) {
                    min = min == null ? y : Math.min(min, y);
                    max = max == null ? y : Math.max(max, y);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        if (min != null && max - min <= 30) {
            for (int y = min; y <= max; y++) {
                out.add(y);
            }
        }
        return out;
    }
}
