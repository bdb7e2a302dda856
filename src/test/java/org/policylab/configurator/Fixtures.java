package org.policylab.configurator;

import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.passport.Context;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.Selection;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/** Shared test data: the shipped catalog and seed 003's AI talent-drain program, designed to pass every check. */
public final class Fixtures {
    private static Catalog catalog;

    private Fixtures() {
    }

    public static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = new Catalog(ShippedCatalog.load());
        }
        return catalog;
    }

    /** Seed 003's example done right (passport v2): campuses and startup tax breaks, outcome KPIs, exit terms, competitive selection, gates, an independent review. */
    public static ProgramPassport good() {
        return new ProgramPassport(ProgramPassport.SCHEMA_VERSION, "fixture-ai-talent", "AI talent retention program 2027–2029", "en", "2026.1",
                "Ministry of Digital Development", List.of("Ministry of Science and Higher Education"),
                "Concept of AI development 2024–2029", "National project: digital economy",
                List.of("Keep AI graduates in Kazakhstan", "Grow new AI firms"),
                new Diagnosis("talent-drain", "AI graduates leave for jobs abroad", "Double the AI graduates hired at home by 2029",
                        "Emigration statistics 2020–2025", "AI graduates hired; new AI firms registered", "Almaty universities and AI startups"),
                new Context("ai", Stage.EMERGING, List.of(Segment.STARTUP, Segment.SME), Goal.TECH_LEADERSHIP, "almaty-city", null, null),
                List.of(
                        new SelectedInstrument("university-industry-campus", List.of(Segment.SME), Money.kzt(1_500_000_000L), 0.3,
                                2027, 2029, "ends 2029; extension only if KPI targets are met at review",
                                List.of("milestone-based tranches"), List.of("ai-graduates-hired", "service-exports"),
                                new ExitTerms(2029, ExitTrigger.TIME, Extension.ON_REVIEW, null),
                                new Selection(SelectionMethod.OPEN_COMPETITION, null, 0.25, false), null, List.of(),
                                List.of(new InstrumentGate(2028, "ai-graduates-hired", 260.0, GateAction.REDUCE)), null),
                        new SelectedInstrument("startup-tax-breaks", List.of(Segment.STARTUP), Money.kzt(400_000_000L), 0.5,
                                2027, 2029, "ends 2029; no renewal for firms that miss survival targets",
                                List.of("only for firms hiring AI graduates"), List.of("new-firms-registered", "startup-3y-survival"),
                                new ExitTerms(2029, ExitTrigger.PERFORMANCE, Extension.NONE, "tax relief repaid if the firm leaves within 3 years"),
                                new Selection(SelectionMethod.PRE_QUALIFIED_CALL, null, 0.05, false), null, List.of(),
                                List.of(new InstrumentGate(2028, "startup-3y-survival", 45.0, GateAction.STOP)), null)),
                List.of(
                        target("ai-graduates-hired", 120, 180, 260, 350),
                        target("new-firms-registered", 40, 55, 70, 90),
                        target("startup-3y-survival", 35, 40, 45, 50),
                        target("service-exports", 30, 40, 55, 70)),
                List.of(new Phase("Pilot", 2027, 2027, "continue if ai-graduates-hired ≥ 180"),
                        new Phase("Scale-up", 2028, 2029, "continue if new-firms-registered ≥ 70")),
                new Review("Independent expert panel under the national chamber", "annual", true, ReviewType.EXTERNAL_INDEPENDENT));
    }

    /** The same program as a version 1 file says it: free-text exit rules and an "independent" flag, no structured terms. */
    public static ProgramPassport goodV1() {
        ProgramPassport p = good();
        return p.withInstruments(p.instruments().stream().map(si -> si.withExit(null).withSelection(null).withGates(List.of())).toList())
                .withReview(new Review(p.review().body(), p.review().frequency(), p.review().independent()));
    }

    static KpiTarget target(String kpi, double base, double y1, double y2, double y3) {
        return new KpiTarget(kpi, new YearValue(2026, base),
                List.of(new YearValue(2027, y1), new YearValue(2028, y2), new YearValue(2029, y3)),
                "annual", "Bureau of National Statistics", "Ministry of Digital Development");
    }
}
