package org.policylab.configurator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Capability;
import org.policylab.configurator.catalog.GrowthDriver;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.catalog.KpiTag;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Risk;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.SystemElement;

/**
 * Scores every instrument and KPI of the catalog for a scenario and explains each score.
 * The weights encode the seeds; every point a candidate gets comes with a {@link Reason}.
 * Deterministic: equal scores are ordered by id. Linear in the size of the catalog.
 */
public final class Recommender {
    // seed 003: each lifecycle stage gets its own tools; the named stage tools lead
    static final int KEY_STAGE = 45;
    static final int FITS_STAGE = 10;
    static final int WRONG_STAGE = -25;
    // seed 003: support differs by company type
    static final int KEY_SEGMENT = 12;
    static final int FITS_SEGMENT = 6;
    static final int WRONG_SEGMENT = -8;
    // seed 003: diagnose first; tools follow the problem
    static final int PROBLEM_LINK = 18;
    static final int ADDRESSES_PROBLEM = 10;
    static final int GOAL = 6;
    // seed 003: sector sensitivity to incentives and growth drivers
    static final int SENSITIVE = 10;
    static final int INSENSITIVE = -16;
    static final int DRIVER = 6;
    static final int SECTOR_NEED = 4;
    // seed 003: regional conditions
    static final int REGION_GAP = 8;
    static final int REGION_STRONG = -4;
    // seed 004: capabilities and networks
    static final int CAPABILITY = 8;
    // seeds 000-002: risky tools need a reason to be chosen
    static final int RISK = -3;
    static final int MAX_RISK = -6;

    // KPIs: outcomes ahead of outputs (seeds 000, 002)
    static final int KPI_KEY_STAGE = 40;
    static final int KPI_FITS_STAGE = 10;
    static final int KPI_WRONG_STAGE = -12;
    static final int KPI_KEY_SEGMENT = 12;
    static final int KPI_FITS_SEGMENT = 5;
    static final int KPI_OUTCOME = 12;
    static final int KPI_INPUT = -6;
    static final int KPI_VANITY = -20;
    static final int KPI_PROBLEM = 18;
    static final int KPI_OF_TOP_INSTRUMENT = 6;
    static final int TOP_FOR_KPIS = 8;

    private final Catalog catalog;

    public Recommender(Catalog catalog) {
        this.catalog = catalog;
    }

    public Recommendation recommend(Scenario s) {
        Optional<Problem> problem = catalog.problem(s.problem());
        Optional<Sector> sector = catalog.sector(s.sector());
        Optional<Region> region = catalog.region(s.region());
        Level infra = s.infrastructure() != null ? s.infrastructure() : region.map(Region::infrastructure).orElse(null);
        Level talent = s.talent() != null ? s.talent() : region.map(Region::talent).orElse(null);

        List<Scored<Instrument>> instruments = new ArrayList<>();
        for (Instrument i : catalog.instruments()) {
            List<Reason> r = new ArrayList<>();
            stage(i, s.stage(), r);
            segments(i, s.segments(), r);
            problem.ifPresent(p -> problem(i, p, r));
            if (s.goal() != null && i.goals().contains(s.goal())) {
                r.add(Reason.of(GOAL, "reason.goal", Names.of(s.goal())));
            }
            sector.ifPresent(sec -> sector(i, sec, r));
            region(i, region.orElse(null), infra, talent, r);
            risks(i, r);
            instruments.add(new Scored<>(i, Scored.sum(r), r));
        }
        instruments.sort(ORDER);

        Set<String> topKpiIds = new HashSet<>();
        instruments.stream().limit(TOP_FOR_KPIS).forEach(x -> topKpiIds.addAll(x.item().kpis()));
        List<Scored<Kpi>> kpis = new ArrayList<>();
        for (Kpi k : catalog.kpis()) {
            List<Reason> r = new ArrayList<>();
            kpiStage(k, s.stage(), r);
            kpiSegments(k, s.segments(), r);
            kpiKind(k, r);
            problem.ifPresent(p -> {
                if (p.kpis().contains(k.id())) {
                    r.add(Reason.of(KPI_PROBLEM, "reason.kpi.problem", Names.of(p.name())));
                }
            });
            if (topKpiIds.contains(k.id())) {
                r.add(Reason.of(KPI_OF_TOP_INSTRUMENT, "reason.kpi.instrument"));
            }
            kpis.add(new Scored<>(k, Scored.sum(r), r));
        }
        kpis.sort(Comparator.<Scored<Kpi>>comparingInt(Scored::score).reversed()
                .thenComparing(x -> x.item().kind() == KpiKind.OUTCOME ? 0 : 1)
                .thenComparing(x -> x.item().id()));

        List<Recommendation.PackageSlot> pack = problem.filter(Problem::systemPackage).isPresent()
                || sector.map(sec -> sec.needs().size() >= 4).orElse(false)
                ? systemPackage(instruments) : List.of();
        return new Recommendation(s, List.copyOf(instruments), List.copyOf(kpis), pack);
    }

    private static final Comparator<Scored<Instrument>> ORDER =
            Comparator.<Scored<Instrument>>comparingInt(Scored::score).reversed().thenComparing(x -> x.item().id());

    private static void stage(Instrument i, Stage stage, List<Reason> r) {
        if (stage == null) {
            return;
        }
        if (i.keyStages().contains(stage)) {
            r.add(Reason.of(KEY_STAGE, "reason.stage.key", Names.of(stage)));
        } else if (i.stages().contains(stage)) {
            r.add(Reason.of(FITS_STAGE, "reason.stage.fits", Names.of(stage)));
        } else if (!i.stages().isEmpty()) {
            r.add(Reason.of(WRONG_STAGE, "reason.stage.wrong", Names.list(i.stages())));
        }
    }

    private static void segments(Instrument i, List<Segment> segments, List<Reason> r) {
        boolean any = false;
        for (Segment g : segments) {
            if (i.keySegments().contains(g)) {
                r.add(Reason.of(KEY_SEGMENT, "reason.segment.key", Names.of(g)));
                any = true;
            } else if (i.segments().contains(g)) {
                r.add(Reason.of(FITS_SEGMENT, "reason.segment.fits", Names.of(g)));
                any = true;
            }
        }
        if (!any && !segments.isEmpty() && !i.segments().isEmpty()) {
            r.add(Reason.of(WRONG_SEGMENT, "reason.segment.wrong", Names.list(i.segments())));
        }
    }

    private static void problem(Instrument i, Problem p, List<Reason> r) {
        if (p.instruments().contains(i.id())) {
            r.add(Reason.of(PROBLEM_LINK, "reason.problem.link", Names.of(p.name())));
        } else if (i.problems().contains(p.id())) {
            r.add(Reason.of(ADDRESSES_PROBLEM, "reason.problem.addresses", Names.of(p.name())));
        }
        if (p.capabilityProblem() && !i.capabilities().isEmpty()) {
            Capability c = i.capabilities().get(0);
            r.add(Reason.of(CAPABILITY, "reason.capability", Names.of(c)));
        }
    }

    private static void sector(Instrument i, Sector sec, List<Reason> r) {
        if (i.incentive() != null) {
            Level sens = sec.sensitivityTo(i.incentive());
            if (sens == Level.HIGH) {
                r.add(Reason.of(SENSITIVE, "reason.sector.sensitive", Names.of(sec.name()), Names.of(i.incentive())));
            } else if (sens == Level.LOW) {
                r.add(Reason.of(INSENSITIVE, "reason.sector.insensitive", Names.of(sec.name()), Names.of(i.incentive())));
            }
        }
        int drivers = 0;
        for (GrowthDriver d : i.growthDrivers()) {
            if (sec.growthDrivers().contains(d) && drivers < 2) {
                r.add(Reason.of(DRIVER, "reason.sector.driver", Names.of(sec.name()), Names.of(d)));
                drivers++;
            }
        }
        if (i.systemElement() != null && sec.needs().contains(i.systemElement())) {
            r.add(Reason.of(SECTOR_NEED, "reason.sector.need", Names.of(sec.name()), Names.of(i.systemElement())));
        }
    }

    private static void region(Instrument i, Region region, Level infra, Level talent, List<Reason> r) {
        boolean infraTool = i.category() == InstrumentCategory.INFRASTRUCTURE || i.systemElement() == SystemElement.INFRASTRUCTURE;
        boolean talentTool = i.systemElement() == SystemElement.WORKFORCE;
        Object where = region != null ? Names.of(region.name()) : "";
        if (infraTool && infra == Level.LOW) {
            r.add(Reason.of(REGION_GAP, "reason.region.weak-infrastructure", where));
        } else if (infraTool && infra == Level.HIGH) {
            r.add(Reason.of(REGION_STRONG, "reason.region.strong-infrastructure", where));
        }
        if (talentTool && talent == Level.LOW) {
            r.add(Reason.of(REGION_GAP, "reason.region.weak-talent", where));
        }
    }

    private static void risks(Instrument i, List<Reason> r) {
        int total = 0;
        for (Risk k : i.risks()) {
            if (SERIOUS.contains(k) && total > MAX_RISK) {
                r.add(Reason.of(RISK, "reason.risk", Names.of(k)));
                total += RISK;
            }
        }
    }

    private static final Set<Risk> SERIOUS = Set.of(Risk.RENT_WHEN_PERMANENT, Risk.CAPTURE_BY_INCUMBENTS,
            Risk.ASSEMBLY_TRAP, Risk.DEAD_ASSET, Risk.STATE_FIRM_INEFFICIENCY, Risk.TRADE_LAW);

    private static void kpiStage(Kpi k, Stage stage, List<Reason> r) {
        if (stage == null) {
            return;
        }
        if (k.keyStages().contains(stage)) {
            r.add(Reason.of(KPI_KEY_STAGE, "reason.kpi.stage.key", Names.of(stage)));
        } else if (k.stages().contains(stage)) {
            r.add(Reason.of(KPI_FITS_STAGE, "reason.kpi.stage.fits", Names.of(stage)));
        } else if (!k.stages().isEmpty()) {
            r.add(Reason.of(KPI_WRONG_STAGE, "reason.kpi.stage.wrong", Names.list(k.stages())));
        }
    }

    private static void kpiSegments(Kpi k, List<Segment> segments, List<Reason> r) {
        for (Segment g : segments) {
            if (k.keySegments().contains(g)) {
                r.add(Reason.of(KPI_KEY_SEGMENT, "reason.kpi.segment.key", Names.of(g)));
            } else if (k.segments().contains(g)) {
                r.add(Reason.of(KPI_FITS_SEGMENT, "reason.kpi.segment.fits", Names.of(g)));
            }
        }
    }

    private static void kpiKind(Kpi k, List<Reason> r) {
        if (k.has(KpiTag.VANITY)) {
            r.add(Reason.of(KPI_VANITY, "reason.kpi.vanity"));
        } else if (k.kind() == KpiKind.OUTCOME) {
            r.add(Reason.of(KPI_OUTCOME, "reason.kpi.outcome"));
        } else if (k.kind() == KpiKind.INPUT) {
            r.add(Reason.of(KPI_INPUT, "reason.kpi.input"));
        }
    }

    /** Seed 003's sector system: the best-ranked instrument for each element, in element order. */
    private static List<Recommendation.PackageSlot> systemPackage(List<Scored<Instrument>> ranked) {
        Map<SystemElement, Scored<Instrument>> best = new EnumMap<>(SystemElement.class);
        for (Scored<Instrument> x : ranked) {
            SystemElement e = x.item().systemElement();
            if (e != null) {
                best.putIfAbsent(e, x);
            }
        }
        List<Recommendation.PackageSlot> out = new ArrayList<>();
        for (SystemElement e : SystemElement.values()) {
            Scored<Instrument> x = best.get(e);
            if (x != null) {
                out.add(new Recommendation.PackageSlot(e, x));
            }
        }
        return out;
    }

    /** Instruments of a package in the order of the elements, without repeats. */
    public static List<Instrument> packageInstruments(Recommendation rec) {
        Set<Instrument> set = new LinkedHashSet<>();
        rec.systemPackage().forEach(s -> set.add(s.instrument().item()));
        return List.copyOf(set);
    }
}
