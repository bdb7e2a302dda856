package org.policylab.configurator.engine;

import static org.policylab.configurator.engine.Weights.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylab.configurator.catalog.Answer;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.GrowthDriver;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentTag;
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
 * Suggests instruments and KPIs for a scenario, each with the reasons it fits, the way seed 003's "pharmacist"
 * would: the diagnosed problem decides the candidates, the context orders them.
 *
 * <ol>
 *   <li>Support instruments that answer the problem (the problem's {@link Answer}s, with their strength) come first,
 *       then every other support instrument. Within each group the score decides: the sum of the reasons' points
 *       (stage, segment, goal, sector, region, capabilities, risks — see {@link Weights}); an answer built for other
 *       stages or other firms is pushed down among the answers, but no instrument that leaves the problem unanswered
 *       outranks one that answers it.</li>
 *   <li>Governance tools (dashboards, reporting, exit reviews, panels, safeguards, conditional disbursement) are a
 *       list of their own: they keep a program honest but do not support anyone, so no sector sensitivity lifts them
 *       and they never fill a slot of a sector package.</li>
 *   <li>KPIs: the problem's own, the segment's (seed 003), the stage's; outcomes ahead of outputs; a KPI of another
 *       sector goes to the bottom.</li>
 * </ol>
 * Deterministic: equal scores are ordered by id.
 */
public final class Recommender {
    private static final Set<Risk> SERIOUS = EnumSet.of(Risk.RENT_WHEN_PERMANENT, Risk.CAPTURE_BY_INCUMBENTS,
            Risk.ASSEMBLY_TRAP, Risk.DEAD_ASSET, Risk.STATE_FIRM_INEFFICIENCY, Risk.TRADE_LAW, Risk.DEPENDENCE,
            Risk.EXCESS_CAPACITY);

    /** What success means for each goal (seed 003): the KPI tag that measures it. */
    private static final Map<Goal, KpiTag> GOAL_TAGS = Map.of(Goal.EXPORTS, KpiTag.EXPORT, Goal.TECH_LEADERSHIP,
            KpiTag.INNOVATION, Goal.DIVERSIFICATION, KpiTag.DIVERSIFICATION, Goal.IMPORT_SUBSTITUTION, KpiTag.VALUE_ADDED);

    private final Catalog catalog;
    private final List<Instrument> byId;

    public Recommender(Catalog catalog) {
        this.catalog = catalog;
        this.byId = catalog.instruments().stream().sorted(Comparator.comparing(Instrument::id)).toList();
    }

    public Recommendation recommend(Scenario s) {
        Context c = context(s);
        List<Ranked> support = new ArrayList<>();
        List<Scored<Instrument>> governance = new ArrayList<>();
        for (Instrument i : byId) {
            if (i.governance()) {
                governance.add(scoreGovernance(i, c));
            } else {
                support.add(scoreSupport(i, c));
            }
        }
        // answers first, then by score, best first; equal scores stay in id order (byId is sorted by id and
        // List.sort is stable), so no string comparison and no boxing in the 100k-instrument sort
        support.sort(SUPPORT_ORDER);
        governance.sort(GOVERNANCE_ORDER);
        List<Scored<Instrument>> instruments = support.stream().map(Ranked::scored).toList();
        Set<String> answering = new HashSet<>();
        support.stream().filter(x -> x.answer() != null).forEach(x -> answering.add(x.scored().item().id()));
        governance.stream().filter(x -> c.answers.containsKey(x.item().id()))
                .forEach(x -> answering.add(x.item().id()));

        List<Scored<Kpi>> kpis = rankKpis(c, instruments);
        boolean needsPackage = c.problem != null && c.problem.systemPackage()
                || c.sector != null && c.sector.needs().size() >= 4;
        return new Recommendation(s, instruments, kpis, needsPackage ? systemPackage(instruments, c.answers) : List.of(),
                List.copyOf(governance), Set.copyOf(answering));
    }

    private static final Comparator<Scored<Instrument>> BY_SCORE =
            Comparator.<Scored<Instrument>>comparingInt(Scored::score).reversed().thenComparing(x -> x.item().id());

    /** Best score first; equal scores keep id order (the list is built in id order and the sort is stable). */
    private static final Comparator<Scored<Instrument>> GOVERNANCE_ORDER = (a, b) -> Integer.compare(b.score(), a.score());

    private static final Comparator<Ranked> SUPPORT_ORDER = (a, b) -> a.group() != b.group()
            ? Integer.compare(a.group(), b.group())
            : Integer.compare(b.scored().score(), a.scored().score());

    /** A support instrument with its group: 0 answers the problem, 1 the rest. */
    private record Ranked(Scored<Instrument> scored, Answer answer, int group) {
    }

    /**
     * The scenario with the catalog entries it names looked up once, and the problem's answers by instrument id
     * (the first answer naming an instrument, as {@link Problem#answer} finds it), looked up once per instrument.
     */
    private record Context(Scenario s, Problem problem, Sector sector, Region region, Level infrastructure,
                           Level talent, Map<String, Answer> answers) {
    }

    private Context context(Scenario s) {
        Problem problem = catalog.problem(s.problem()).orElse(null);
        Sector sector = catalog.sector(s.sector()).orElse(null);
        Region region = catalog.region(s.region()).orElse(null);
        Level infra = s.infrastructure() != null ? s.infrastructure() : region == null ? null : region.infrastructure();
        Level talent = s.talent() != null ? s.talent() : region == null ? null : region.talent();
        Map<String, Answer> answers = new java.util.HashMap<>();
        if (problem != null) {
            for (Answer a : problem.answers()) {
                answers.putIfAbsent(a.instrument(), a);
            }
        }
        return new Context(s, problem, sector, region, infra, talent, answers);
    }

    // ------------------------------------------------------------------ support instruments

    private Ranked scoreSupport(Instrument i, Context c) {
        List<Reason> r = new ArrayList<>();
        Answer answer = c.answers.get(i.id());
        if (answer != null) {
            r.add(Reason.of(answer(answer.strength()), "reason.problem.answer." + answer.strength().id(),
                    Names.of(c.problem.name())));
        }
        stage(i, c.s.stage(), r);
        segments(i, c.s.segments(), r);
        goal(i, c.s.goal(), r);
        sector(i, c.sector, r);
        region(i, c, answer != null, r);
        if (c.problem != null && c.problem.capabilityProblem() && !i.capabilities().isEmpty()) {
            r.add(Reason.of(CAPABILITY, "reason.capability", Names.of(i.capabilities().get(0))));
        }
        risks(i, r);
        return new Ranked(new Scored<>(i, Scored.sum(r), r), answer, answer != null ? 0 : 1);
    }

    /** Seed 003: each stage gets tailored tools. Returns whether the instrument is built for other stages. */
    private static boolean stage(Instrument i, Stage stage, List<Reason> r) {
        if (stage == null || i.stages().isEmpty()) {
            return false;
        }
        if (i.keyStages().contains(stage)) {
            r.add(Reason.of(KEY_STAGE, "reason.stage.key", Names.of(stage)));
        } else if (i.stages().contains(stage)) {
            r.add(Reason.of(FITS_STAGE, "reason.stage.fits", Names.of(stage)));
        } else {
            r.add(Reason.of(WRONG_STAGE, "reason.stage.wrong", Names.list(i.stages())));
            return true;
        }
        return false;
    }

    /** Seed 003: support differs by company type. Returns whether the instrument serves none of the segments. */
    private static boolean segments(Instrument i, List<Segment> segments, List<Reason> r) {
        if (segments.isEmpty() || i.segments().isEmpty()) {
            return false;
        }
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
        if (!any) {
            r.add(Reason.of(WRONG_SEGMENT, "reason.segment.wrong", Names.list(i.segments())));
        }
        return !any;
    }

    /** Seed 003: the strategic goal selects the measure. */
    private static void goal(Instrument i, Goal goal, List<Reason> r) {
        if (goal == null || i.goals().isEmpty()) {
            return;
        }
        if (i.goals().contains(goal)) {
            r.add(Reason.of(GOAL, "reason.goal", Names.of(goal)));
        } else {
            r.add(Reason.of(OTHER_GOAL, "reason.goal.other", Names.list(i.goals())));
        }
    }

    /** Seed 003: a sector's sensitivity to each incentive, its growth drivers and the system elements it needs. */
    private static void sector(Instrument i, Sector sector, List<Reason> r) {
        if (sector == null) {
            return;
        }
        if (i.incentive() != null) {
            Level sensitivity = sector.sensitivityTo(i.incentive());
            if (sensitivity == Level.HIGH) {
                r.add(Reason.of(SECTOR_SENSITIVE, "reason.sector.sensitive", Names.of(sector.name()), Names.of(i.incentive())));
            } else if (sensitivity == Level.LOW) {
                r.add(Reason.of(SECTOR_INSENSITIVE, "reason.sector.insensitive", Names.of(sector.name()), Names.of(i.incentive())));
            }
        }
        // one fact about the sector counts once: its sensitivity, else one growth driver, else the system need
        if (i.incentive() != null && sector.sensitivityTo(i.incentive()) == Level.HIGH) {
            return;
        }
        for (GrowthDriver d : i.growthDrivers()) {
            if (sector.growthDrivers().contains(d)) {
                r.add(Reason.of(SECTOR_DRIVER, "reason.sector.driver", Names.of(sector.name()), Names.of(d)));
                return;
            }
        }
        if (i.systemElement() != null && sector.needs().contains(i.systemElement())) {
            r.add(Reason.of(SECTOR_NEED, "reason.sector.need", Names.of(sector.name()), Names.of(i.systemElement())));
        }
    }

    /**
     * Region as absorptive capacity (seed 001) and place without building for its own sake (seed 004): low talent
     * pushes technology transfer and research tools down and talent build-up up; high talent lifts them; weak
     * infrastructure lifts an infrastructure tool only where it answers the problem; strong infrastructure lowers it.
     */
    private static void region(Instrument i, Context c, boolean answers, List<Reason> r) {
        Object where = c.region != null ? Names.of(c.region.name()) : "";
        boolean buildUp = i.systemElement() == SystemElement.WORKFORCE || i.has(InstrumentTag.LEARNING_CAPACITY);
        boolean advanced = i.has(InstrumentTag.TECH_TRANSFER)
                || i.systemElement() == SystemElement.SCIENCE && !i.has(InstrumentTag.LEARNING_CAPACITY);
        if (c.talent == Level.LOW) {
            if (advanced) {
                r.add(Reason.of(LOW_TALENT_ADVANCED, "reason.region.low-talent-advanced", where));
            } else if (buildUp) {
                r.add(Reason.of(LOW_TALENT_BUILD_UP, "reason.region.weak-talent", where));
            }
        } else if (c.talent == Level.HIGH && advanced) {
            r.add(Reason.of(HIGH_TALENT_ABSORBS, "reason.region.high-talent", where));
        }
        // what the instrument builds, not its budget line: a campus builds a workforce, a logistics hub infrastructure
        boolean infraTool = i.systemElement() == SystemElement.INFRASTRUCTURE;
        if (infraTool && c.infrastructure == Level.LOW && answers) {
            r.add(Reason.of(WEAK_INFRASTRUCTURE_GAP, "reason.region.weak-infrastructure", where));
        } else if (infraTool && c.infrastructure == Level.HIGH) {
            r.add(Reason.of(STRONG_INFRASTRUCTURE, "reason.region.strong-infrastructure", where));
        }
    }

    /** Seeds 000-002: serious known failures, at most {@link Weights#MAX_RISK} in all; a prohibited subsidy apart. */
    private static void risks(Instrument i, List<Reason> r) {
        if (i.has(InstrumentTag.EXPORT_CONTINGENT)) {
            r.add(Reason.of(PROHIBITED_SUBSIDY, "reason.prohibited-subsidy"));
        }
        int total = 0;
        for (Risk k : i.risks()) {
            if (SERIOUS.contains(k) && total > MAX_RISK) {
                r.add(Reason.of(RISK, "reason.risk", Names.of(k)));
                total += RISK;
            }
        }
    }

    // ------------------------------------------------------------------ governance

    private static Scored<Instrument> scoreGovernance(Instrument i, Context c) {
        List<Reason> r = new ArrayList<>();
        Optional<Answer> answer = Optional.ofNullable(c.answers.get(i.id()));
        answer.ifPresent(a -> r.add(Reason.of(answer(a.strength()), "reason.problem.answer." + a.strength().id(),
                Names.of(c.problem.name()))));
        r.add(Reason.of(0, "reason.governance"));
        stage(i, c.s.stage(), r);
        return new Scored<>(i, Scored.sum(r), r);
    }

    // ------------------------------------------------------------------ KPIs

    private List<Scored<Kpi>> rankKpis(Context c, List<Scored<Instrument>> instruments) {
        Set<String> ofTop = new HashSet<>();
        instruments.stream().limit(TOP_FOR_KPIS).forEach(x -> ofTop.addAll(x.item().kpis()));
        List<Scored<Kpi>> out = new ArrayList<>();
        for (Kpi k : catalog.kpis()) {
            List<Reason> r = new ArrayList<>();
            if (c.problem != null && c.problem.kpis().contains(k.id())) {
                r.add(Reason.of(KPI_PROBLEM, "reason.kpi.problem", Names.of(c.problem.name())));
            }
            Segment key = c.s.segments().stream().filter(k.keySegments()::contains).findFirst().orElse(null);
            if (key != null) {
                r.add(Reason.of(KPI_KEY_SEGMENT, "reason.kpi.segment.key", Names.of(key)));
            } else {
                c.s.segments().stream().filter(k.segments()::contains).findFirst()
                        .ifPresent(g -> r.add(Reason.of(KPI_FITS_SEGMENT, "reason.kpi.segment.fits", Names.of(g))));
            }
            KpiTag goalTag = c.s.goal() == null ? null : GOAL_TAGS.get(c.s.goal());
            if (goalTag != null && k.has(goalTag) && !k.has(KpiTag.VANITY)) {
                r.add(Reason.of(KPI_GOAL, "reason.kpi.goal", Names.of(c.s.goal())));
            }
            Stage stage = c.s.stage();
            if (stage != null) {
                if (k.keyStages().contains(stage)) {
                    r.add(Reason.of(KPI_KEY_STAGE, "reason.kpi.stage.key", Names.of(stage)));
                } else if (k.stages().contains(stage)) {
                    r.add(Reason.of(KPI_FITS_STAGE, "reason.kpi.stage.fits", Names.of(stage)));
                } else if (!k.stages().isEmpty()) {
                    r.add(Reason.of(KPI_WRONG_STAGE, "reason.kpi.stage.wrong", Names.list(k.stages())));
                }
            }
            if (k.has(KpiTag.VANITY)) {
                r.add(Reason.of(KPI_VANITY, "reason.kpi.vanity"));
            } else if (k.kind() == KpiKind.OUTCOME) {
                r.add(Reason.of(KPI_OUTCOME, "reason.kpi.outcome"));
            } else if (k.kind() == KpiKind.INPUT) {
                r.add(Reason.of(KPI_INPUT, "reason.kpi.input"));
            }
            if (c.sector != null && !k.sectors().isEmpty()) {
                if (k.sectors().contains(c.sector.id())) {
                    r.add(Reason.of(KPI_OWN_SECTOR, "reason.kpi.sector", Names.of(c.sector.name())));
                } else {
                    r.add(Reason.of(KPI_OTHER_SECTOR, "reason.kpi.other-sector", Names.of(c.sector.name())));
                }
            }
            if (ofTop.contains(k.id())) {
                r.add(Reason.of(KPI_OF_TOP_INSTRUMENT, "reason.kpi.instrument"));
            }
            out.add(new Scored<>(k, Scored.sum(r), r));
        }
        out.sort(Comparator.<Scored<Kpi>>comparingInt(Scored::score).reversed()
                .thenComparing(x -> x.item().kind() == KpiKind.OUTCOME ? 0 : 1)
                .thenComparing(x -> x.item().id()));
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ seed 003's sector system

    /**
     * The best-ranked support instrument for each of the five system elements, in element order. A slot takes only
     * a tool that fits the stage and either answers the problem or scores {@link Weights#PACKAGE_MIN_SCORE}, and no
     * subsidy or state vehicle the problem does not call for; otherwise the element is left as a gap.
     */
    private static List<Recommendation.PackageSlot> systemPackage(List<Scored<Instrument>> ranked, Map<String, Answer> answerOf) {
        Map<SystemElement, Scored<Instrument>> best = new EnumMap<>(SystemElement.class);
        for (Scored<Instrument> x : ranked) {
            if (best.size() == SystemElement.values().length) {
                break; // every element has its best instrument: the rest of the ranking cannot change a slot
            }
            Instrument i = x.item();
            SystemElement e = i.systemElement();
            boolean answers = answerOf.containsKey(i.id());
            boolean wrongStage = false;
            for (Reason y : x.reasons()) {
                wrongStage |= y.key().equals("reason.stage.wrong");
            }
            boolean rent = i.has(InstrumentTag.SUBSIDY) || i.has(InstrumentTag.STATE_VEHICLE)
                    || i.has(InstrumentTag.EXPORT_CONTINGENT);
            boolean eligible = !wrongStage && (answers || x.score() >= PACKAGE_MIN_SCORE && !rent);
            if (e != null && !i.governance() && eligible) {
                best.putIfAbsent(e, x);
            }
        }
        List<Recommendation.PackageSlot> out = new ArrayList<>();
        for (SystemElement e : SystemElement.values()) {
            if (best.containsKey(e)) {
                out.add(new Recommendation.PackageSlot(e, best.get(e)));
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
