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
import java.util.HashMap;
import java.util.Set;
import org.policylab.configurator.catalog.Answer;
import org.policylab.configurator.catalog.Capability;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.GrowthDriver;
import org.policylab.configurator.catalog.Incentive;
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
 *
 * <p>Each rule is written once, below, as a method of what it reads of an instrument (its profile, e.g.
 * {@link StageFit}) and of the scenario, with its points in {@link Weights}. How a recommendation puts them together
 * quickly for catalogs of 100,000 instruments is in {@link #recommend} and {@link CatalogColumns}; the plain way (every
 * rule asked about every instrument) is kept in the tests as {@code PlainRecommender}, and
 * {@code RecommenderEqualityTest} proves both give the same ranking, scores and reasons.
 */
public final class Recommender {
    private static final Set<Risk> SERIOUS = EnumSet.of(Risk.RENT_WHEN_PERMANENT, Risk.CAPTURE_BY_INCUMBENTS,
            Risk.ASSEMBLY_TRAP, Risk.DEAD_ASSET, Risk.STATE_FIRM_INEFFICIENCY, Risk.TRADE_LAW, Risk.DEPENDENCE,
            Risk.EXCESS_CAPACITY);

    /** What success means for each goal (seed 003): the KPI tag that measures it. */
    private static final Map<Goal, KpiTag> GOAL_TAGS = Map.of(Goal.EXPORTS, KpiTag.EXPORT, Goal.TECH_LEADERSHIP,
            KpiTag.INNOVATION, Goal.DIVERSIFICATION, KpiTag.DIVERSIFICATION, Goal.IMPORT_SUBSTITUTION, KpiTag.VALUE_ADDED);

    private final Catalog catalog;
    private final CatalogColumns columns;

    /** Compiles the catalog snapshot once (see {@link CatalogColumns}); keep one recommender per snapshot. */
    public Recommender(Catalog catalog) {
        this.catalog = catalog;
        this.columns = new CatalogColumns(catalog);
    }

    /**
     * Ranks every instrument of the catalog. Each rule is asked once per distinct profile of the instruments (see
     * {@link CatalogColumns}), an instrument's score is the sum of its profiles' points, and the reasons of an
     * instrument are put together only when its entry of the ranking is read. The result equals, entry for entry, what
     * asking every rule about every instrument gives ({@code RecommenderEqualityTest}).
     */
    public Recommendation recommend(Scenario s) {
        Context c = context(s);
        Verdicts v = new Verdicts(columns, c);
        // an instrument's score: each rule's points for the instrument's profile (a governance tool: the stage rule's) ...
        int n = columns.size();
        int[] score = new int[n];
        List<Verdict> rules = List.of(v.stage, v.segments, v.goal, v.sector, v.region, v.capability, v.risks);
        for (int from = 0; from < n; from += BLOCK) { // a block of scores stays in the processor's cache for all rules
            for (Verdict rule : rules) {
                rule.addPoints(from, Math.min(n, from + BLOCK), score);
            }
        }
        // ... and for an instrument that answers the problem, the answer's points; the region rule then speaks of an
        // answer (weak infrastructure lifts an infrastructure tool only where it answers the problem)
        boolean[] answering = new boolean[columns.size()];
        Set<String> answeringIds = new HashSet<>();
        for (Map.Entry<String, Answer> a : c.answers.entrySet()) {
            Integer x = columns.indexOf.get(a.getKey());
            if (x != null) {
                answering[x] = true;
                answeringIds.add(a.getKey());
                score[x] += answer(a.getValue().strength());
                if (!columns.governance[x]) {
                    score[x] += v.regionAnswering.points(x) - v.region.points(x);
                }
            }
        }
        // answers first, then by score, best first; equal scores in id order
        int[] supportOrder = CatalogColumns.rank(columns.support, score, answering);
        int[] governanceOrder = CatalogColumns.rank(columns.governanceTools, score, null);
        List<Scored<Instrument>> instruments = new CatalogColumns.LazyRanking(supportOrder,
                x -> scoreSupport(x, answering[x], c, v, score[x]));
        List<Scored<Instrument>> governanceTools = new CatalogColumns.LazyRanking(governanceOrder,
                x -> scoreGovernance(x, answering[x], c, v, score[x]));

        List<Scored<Kpi>> kpis = rankKpis(c, instruments);
        boolean needsPackage = c.problem != null && c.problem.systemPackage()
                || c.sector != null && c.sector.needs().size() >= 4;
        return new Recommendation(s, instruments, kpis,
                needsPackage ? systemPackage(supportOrder, instruments, score, answering, v) : List.of(),
                governanceTools, Set.copyOf(answeringIds));
    }

    private static final int BLOCK = 2048;

    /**
     * The scenario with the catalog entries it names looked up once, and the problem's answers by instrument id
     * (the first answer naming an instrument, as {@link Problem#answer} finds it).
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
        Map<String, Answer> answers = new HashMap<>();
        if (problem != null) {
            for (Answer a : problem.answers()) {
                answers.putIfAbsent(a.instrument(), a);
            }
        }
        return new Context(s, problem, sector, region, infra, talent, answers);
    }

    /** A rule asked about one profile: adds its reasons, returns whether it found a misfit (a wrong stage). */
    private interface ProfileRule<P> {
        boolean judge(P profile, List<Reason> reasons);
    }

    /**
     * One rule's verdict on every profile of its column, for one scenario: per profile the reasons (immutable, shared
     * by every instrument of the profile), their points and whether the rule found a misfit.
     */
    private static final class Verdict {
        private final int[] of;
        private final List<Reason>[] reasons;
        private final int[] points;
        private final boolean[] misfit;

        @SuppressWarnings("unchecked")
        <P> Verdict(CatalogColumns.Column<P> column, ProfileRule<P> rule) {
            int size = column.values.size();
            of = column.of;
            reasons = new List[size];
            points = new int[size];
            misfit = new boolean[size];
            reasons[0] = List.of(); // no profile: the rule says nothing of the instrument
            for (int k = 1; k < size; k++) {
                List<Reason> r = new ArrayList<>(2);
                misfit[k] = rule.judge(column.values.get(k), r);
                reasons[k] = List.copyOf(r);
                points[k] = Scored.sum(r);
            }
        }

        /** Adds to the score of each instrument from {@code from} to {@code to} (indices in id order) its points. */
        void addPoints(int from, int to, int[] score) {
            int[] profileOf = of;
            int[] pointsOf = points;
            for (int x = from; x < to; x++) {
                score[x] += pointsOf[profileOf[x]];
            }
        }

        /** The points of instrument {@code x} (index in id order). */
        int points(int x) {
            return points[of[x]];
        }

        List<Reason> reasons(int x) {
            return reasons[of[x]];
        }

        boolean misfit(int x) {
            return misfit[of[x]];
        }
    }

    /** Every rule's verdict, for one scenario. */
    private static final class Verdicts {
        final Verdict stage;
        final Verdict segments;
        final Verdict goal;
        final Verdict sector;
        final Verdict region;
        final Verdict regionAnswering;
        final Verdict capability;
        final Verdict risks;

        Verdicts(CatalogColumns columns, Context c) {
            stage = new Verdict(columns.stages, (i, r) -> Recommender.stage(i, c.s.stage(), r));
            segments = new Verdict(columns.segments, (i, r) -> Recommender.segments(i, c.s.segments(), r));
            goal = new Verdict(columns.goals, (i, r) -> Recommender.goal(i, c.s.goal(), r));
            sector = new Verdict(columns.sectors, (i, r) -> Recommender.sector(i, c.sector, r));
            region = new Verdict(columns.regions, (i, r) -> Recommender.region(i, c, false, r));
            regionAnswering = new Verdict(columns.regions, (i, r) -> Recommender.region(i, c, true, r));
            capability = new Verdict(columns.capabilities, (i, r) -> Recommender.capability(i, c, r));
            risks = new Verdict(columns.risks, Recommender::risks);
        }
    }

    // ------------------------------------------------------------------ support instruments

    /** A support instrument with its reasons, in the order the rules speak: problem, stage, segments ... risks. */
    private Scored<Instrument> scoreSupport(int x, boolean answers, Context c, Verdicts v, int score) {
        List<Reason> r = new ArrayList<>();
        if (answers) {
            r.add(answerReason(x, c));
        }
        r.addAll(v.stage.reasons(x));
        r.addAll(v.segments.reasons(x));
        r.addAll(v.goal.reasons(x));
        r.addAll(v.sector.reasons(x));
        r.addAll((answers ? v.regionAnswering : v.region).reasons(x));
        r.addAll(v.capability.reasons(x));
        r.addAll(v.risks.reasons(x));
        return new Scored<>(columns.byId[x], score, r);
    }

    private Reason answerReason(int x, Context c) {
        Answer answer = c.answers.get(columns.byId[x].id());
        return Reason.of(answer(answer.strength()), "reason.problem.answer." + answer.strength().id(),
                Names.of(c.problem.name()));
    }

    /** What the stage rule reads of an instrument. */
    record StageFit(List<Stage> stages, List<Stage> keyStages) {
        static StageFit of(Instrument i) {
            return new StageFit(i.stages(), i.keyStages());
        }
    }

    /** Seed 003: each stage gets tailored tools. Returns whether the instrument is built for other stages. */
    private static boolean stage(StageFit i, Stage stage, List<Reason> r) {
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

    /** What the segment rule reads of an instrument. */
    record SegmentFit(List<Segment> segments, List<Segment> keySegments) {
        static SegmentFit of(Instrument i) {
            return new SegmentFit(i.segments(), i.keySegments());
        }
    }

    /** Seed 003: support differs by company type. Returns whether the instrument serves none of the segments. */
    private static boolean segments(SegmentFit i, List<Segment> segments, List<Reason> r) {
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

    /** What the goal rule reads of an instrument. */
    record GoalFit(List<Goal> goals) {
        static GoalFit of(Instrument i) {
            return new GoalFit(i.goals());
        }
    }

    /** Seed 003: the strategic goal selects the measure. */
    private static boolean goal(GoalFit i, Goal goal, List<Reason> r) {
        if (goal == null || i.goals().isEmpty()) {
            return false;
        }
        if (i.goals().contains(goal)) {
            r.add(Reason.of(GOAL, "reason.goal", Names.of(goal)));
        } else {
            r.add(Reason.of(OTHER_GOAL, "reason.goal.other", Names.list(i.goals())));
        }
        return false;
    }

    /** What the sector rule reads of an instrument. */
    record SectorFit(Incentive incentive, List<GrowthDriver> growthDrivers, SystemElement systemElement) {
        static SectorFit of(Instrument i) {
            return new SectorFit(i.incentive(), i.growthDrivers(), i.systemElement());
        }
    }

    /** Seed 003: a sector's sensitivity to each incentive, its growth drivers and the system elements it needs. */
    private static boolean sector(SectorFit i, Sector sector, List<Reason> r) {
        if (sector == null) {
            return false;
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
            return false;
        }
        for (GrowthDriver d : i.growthDrivers()) {
            if (sector.growthDrivers().contains(d)) {
                r.add(Reason.of(SECTOR_DRIVER, "reason.sector.driver", Names.of(sector.name()), Names.of(d)));
                return false;
            }
        }
        if (i.systemElement() != null && sector.needs().contains(i.systemElement())) {
            r.add(Reason.of(SECTOR_NEED, "reason.sector.need", Names.of(sector.name()), Names.of(i.systemElement())));
        }
        return false;
    }

    /**
     * What the region rule reads of an instrument: whether it builds up talent (workforce, learning capacity), is an
     * advanced tool that needs talent to absorb it (technology transfer, research without learning capacity), or
     * builds infrastructure — what the instrument builds, not its budget line: a campus builds a workforce, a
     * logistics hub infrastructure.
     */
    record RegionFit(boolean buildUp, boolean advanced, boolean infraTool) {
        static RegionFit of(Instrument i) {
            return new RegionFit(
                    i.systemElement() == SystemElement.WORKFORCE || i.has(InstrumentTag.LEARNING_CAPACITY),
                    i.has(InstrumentTag.TECH_TRANSFER)
                            || i.systemElement() == SystemElement.SCIENCE && !i.has(InstrumentTag.LEARNING_CAPACITY),
                    i.systemElement() == SystemElement.INFRASTRUCTURE);
        }
    }

    /**
     * Region as absorptive capacity (seed 001) and place without building for its own sake (seed 004): low talent
     * pushes technology transfer and research tools down and talent build-up up; high talent lifts them; weak
     * infrastructure lifts an infrastructure tool only where it answers the problem; strong infrastructure lowers it.
     */
    private static boolean region(RegionFit i, Context c, boolean answers, List<Reason> r) {
        Object where = c.region != null ? Names.of(c.region.name()) : "";
        if (c.talent == Level.LOW) {
            if (i.advanced()) {
                r.add(Reason.of(LOW_TALENT_ADVANCED, "reason.region.low-talent-advanced", where));
            } else if (i.buildUp()) {
                r.add(Reason.of(LOW_TALENT_BUILD_UP, "reason.region.weak-talent", where));
            }
        } else if (c.talent == Level.HIGH && i.advanced()) {
            r.add(Reason.of(HIGH_TALENT_ABSORBS, "reason.region.high-talent", where));
        }
        if (i.infraTool() && c.infrastructure == Level.LOW && answers) {
            r.add(Reason.of(WEAK_INFRASTRUCTURE_GAP, "reason.region.weak-infrastructure", where));
        } else if (i.infraTool() && c.infrastructure == Level.HIGH) {
            r.add(Reason.of(STRONG_INFRASTRUCTURE, "reason.region.strong-infrastructure", where));
        }
        return false;
    }

    /** What the capability rule reads of an instrument: its first capability, or null. */
    record CapabilityFit(Capability first) {
        static CapabilityFit of(Instrument i) {
            return new CapabilityFit(i.capabilities().isEmpty() ? null : i.capabilities().get(0));
        }
    }

    /** Seed 004: a problem of missing capabilities lifts the tools that build one. */
    private static boolean capability(CapabilityFit i, Context c, List<Reason> r) {
        if (c.problem != null && c.problem.capabilityProblem() && i.first() != null) {
            r.add(Reason.of(CAPABILITY, "reason.capability", Names.of(i.first())));
        }
        return false;
    }

    /** What the risk rule reads of an instrument. */
    record RiskFit(boolean exportContingent, List<Risk> risks) {
        static RiskFit of(Instrument i) {
            return new RiskFit(i.has(InstrumentTag.EXPORT_CONTINGENT), i.risks());
        }
    }

    /** Seeds 000-002: serious known failures, at most {@link Weights#MAX_RISK} in all; a prohibited subsidy apart. */
    private static boolean risks(RiskFit i, List<Reason> r) {
        if (i.exportContingent()) {
            r.add(Reason.of(PROHIBITED_SUBSIDY, "reason.prohibited-subsidy"));
        }
        int total = 0;
        for (Risk k : i.risks()) {
            if (SERIOUS.contains(k) && total > MAX_RISK) {
                r.add(Reason.of(RISK, "reason.risk", Names.of(k)));
                total += RISK;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ governance

    /** A governance tool: the problem it answers, that it governs rather than supports, and the stage rule. */
    private Scored<Instrument> scoreGovernance(int x, boolean answers, Context c, Verdicts v, int score) {
        List<Reason> r = new ArrayList<>();
        if (answers) {
            r.add(answerReason(x, c));
        }
        r.add(GOVERNANCE);
        r.addAll(v.stage.reasons(x));
        return new Scored<>(columns.byId[x], score, r);
    }

    private static final Reason GOVERNANCE = Reason.of(0, "reason.governance");

    // ------------------------------------------------------------------ KPIs

    private List<Scored<Kpi>> rankKpis(Context c, List<Scored<Instrument>> instruments) {
        Set<String> ofTop = new HashSet<>();
        for (Scored<Instrument> x : instruments.subList(0, Math.min(TOP_FOR_KPIS, instruments.size()))) {
            ofTop.addAll(x.item().kpis());
        }
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
    private List<Recommendation.PackageSlot> systemPackage(int[] supportOrder, List<Scored<Instrument>> ranked,
                                                           int[] score, boolean[] answers, Verdicts v) {
        Map<SystemElement, Scored<Instrument>> best = new EnumMap<>(SystemElement.class);
        for (int k = 0; k < supportOrder.length && best.size() < SystemElement.values().length; k++) {
            // once every element has its best instrument, the rest of the ranking cannot change a slot
            int x = supportOrder[k];
            SystemElement e = columns.byId[x].systemElement();
            boolean wrongStage = v.stage.misfit(x);
            boolean eligible = !wrongStage && (answers[x] || score[x] >= PACKAGE_MIN_SCORE && !columns.rent[x]);
            if (e != null && eligible && !best.containsKey(e)) {
                best.put(e, ranked.get(k));
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

    /** A subsidy, a state vehicle or export-contingent support: a package takes it only where it answers the problem. */
    static boolean rent(Instrument i) {
        return i.has(InstrumentTag.SUBSIDY) || i.has(InstrumentTag.STATE_VEHICLE) || i.has(InstrumentTag.EXPORT_CONTINGENT);
    }

    /** Instruments of a package in the order of the elements, without repeats. */
    public static List<Instrument> packageInstruments(Recommendation rec) {
        Set<Instrument> set = new LinkedHashSet<>();
        rec.systemPackage().forEach(s -> set.add(s.instrument().item()));
        return List.copyOf(set);
    }
}
