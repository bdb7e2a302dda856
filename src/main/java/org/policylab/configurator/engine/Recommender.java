package org.policylab.configurator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Capability;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.GrowthDriver;
import org.policylab.configurator.catalog.Incentive;
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
    /** The catalog's instruments in id order, and what the rules read of each, compiled once (the catalog is immutable). */
    private final Compiled compiled;

    public Recommender(Catalog catalog) {
        this.catalog = catalog;
        this.compiled = new Compiled(catalog);
    }

    public Recommendation recommend(Scenario s) {
        Optional<Problem> problem = catalog.problem(s.problem());
        Optional<Sector> sector = catalog.sector(s.sector());
        Optional<Region> region = catalog.region(s.region());
        Level infra = s.infrastructure() != null ? s.infrastructure() : region.map(Region::infrastructure).orElse(null);
        Level talent = s.talent() != null ? s.talent() : region.map(Region::talent).orElse(null);

        List<Scored<Instrument>> instruments = compiled.score(
                new Reasons(s, problem.orElse(null), sector.orElse(null), region.orElse(null), infra, talent, compiled));

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
        return new Recommendation(s, instruments, List.copyOf(kpis), pack);
    }

    private static final Comparator<Scored<Instrument>> ORDER =
            Comparator.<Scored<Instrument>>comparingInt(Scored::score).reversed().thenComparing(x -> x.item().id());

    private static final Set<Risk> SERIOUS = EnumSet.of(Risk.RENT_WHEN_PERMANENT, Risk.CAPTURE_BY_INCUMBENTS,
            Risk.ASSEMBLY_TRAP, Risk.DEAD_ASSET, Risk.STATE_FIRM_INEFFICIENCY, Risk.TRADE_LAW);

    private static final Reason[] NO_REASONS = {};
    private static final int[] NONE = {};

    /**
     * The instruments as the scoring rules see them, in columns: enum sets as bit masks, single values as
     * ordinals (-1: none), in id order. Scoring a large catalog then reads a few arrays front to back instead
     * of chasing a dozen lists per instrument, and the id order makes ranking a counting sort on the score.
     * The rules themselves are those of the original per-instrument code; {@link Reasons} gives their reasons.
     */
    private static final class Compiled {
        final Instrument[] byId;
        final int[] keyStages;
        final int[] stages;
        final int[] keySegments;
        final int[] segments;
        final int[] goals;
        /** Index into {@link #stageLists}: equal lists share an index, and so the reason that names them. */
        final int[] stageList;
        final int[] segmentList;
        final List<List<Stage>> stageLists = new ArrayList<>();
        final List<List<Segment>> segmentLists = new ArrayList<>();
        /** Bit q: the instrument lists problem q of {@link #problemIndex} (q < 64; later problems read the list). */
        final long[] problems;
        final Map<String, Integer> problemIndex = new HashMap<>();
        final int[] firstCapability;
        final int[] incentive;
        final int[] element;
        final int[][] drivers;
        final boolean[] infraTool;
        final boolean[] talentTool;
        /** Seeds 000-002: the risk reasons depend on the instrument alone. */
        final Reason[][] risks;

        Compiled(Catalog catalog) {
            if (Stage.values().length > 32 || Segment.values().length > 32 || Goal.values().length > 32) {
                throw new IllegalStateException("stages, segments and goals must fit in an int mask");
            }
            Instrument[] all = catalog.instruments().toArray(new Instrument[0]);
            Arrays.sort(all, Comparator.comparing(Instrument::id));
            byId = all;
            int n = all.length;
            keyStages = new int[n];
            stages = new int[n];
            keySegments = new int[n];
            segments = new int[n];
            goals = new int[n];
            stageList = new int[n];
            segmentList = new int[n];
            problems = new long[n];
            firstCapability = new int[n];
            incentive = new int[n];
            element = new int[n];
            drivers = new int[n][];
            infraTool = new boolean[n];
            talentTool = new boolean[n];
            risks = new Reason[n][];
            for (Problem p : catalog.problems()) {
                problemIndex.putIfAbsent(p.id(), problemIndex.size());
            }
            Map<List<Stage>, Integer> stageIds = new HashMap<>();
            Map<List<Segment>, Integer> segmentIds = new HashMap<>();
            Map<Risk, Reason> riskReasons = new EnumMap<>(Risk.class);
            for (int j = 0; j < n; j++) {
                Instrument i = all[j];
                keyStages[j] = mask(i.keyStages());
                stages[j] = mask(i.stages());
                keySegments[j] = mask(i.keySegments());
                segments[j] = mask(i.segments());
                goals[j] = mask(i.goals());
                stageList[j] = stageIds.computeIfAbsent(i.stages(), l -> {
                    stageLists.add(l);
                    return stageLists.size() - 1;
                });
                segmentList[j] = segmentIds.computeIfAbsent(i.segments(), l -> {
                    segmentLists.add(l);
                    return segmentLists.size() - 1;
                });
                long pm = 0;
                for (String id : i.problems()) {
                    Integer q = problemIndex.get(id);
                    if (q != null && q < 64) {
                        pm |= 1L << q;
                    }
                }
                problems[j] = pm;
                firstCapability[j] = i.capabilities().isEmpty() ? -1 : i.capabilities().get(0).ordinal();
                incentive[j] = i.incentive() == null ? -1 : i.incentive().ordinal();
                element[j] = i.systemElement() == null ? -1 : i.systemElement().ordinal();
                drivers[j] = i.growthDrivers().isEmpty() ? NONE : i.growthDrivers().stream().mapToInt(Enum::ordinal).toArray();
                infraTool[j] = i.category() == InstrumentCategory.INFRASTRUCTURE || i.systemElement() == SystemElement.INFRASTRUCTURE;
                talentTool[j] = i.systemElement() == SystemElement.WORKFORCE;
                List<Reason> rr = new ArrayList<>();
                int total = 0;
                for (Risk k : i.risks()) {
                    if (SERIOUS.contains(k) && total > MAX_RISK) {
                        rr.add(riskReasons.computeIfAbsent(k, x -> Reason.of(RISK, "reason.risk", Names.of(x))));
                        total += RISK;
                    }
                }
                risks[j] = rr.isEmpty() ? NO_REASONS : rr.toArray(NO_REASONS);
            }
        }

        /** The position of an instrument in id order, or -1. */
        int indexOf(String id) {
            if (id == null) {
                return -1;
            }
            int lo = 0;
            int hi = byId.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = byId[mid].id().compareTo(id);
                if (cmp < 0) {
                    lo = mid + 1;
                } else if (cmp > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private static int mask(List<? extends Enum<?>> values) {
            int m = 0;
            for (Enum<?> v : values) {
                m |= 1 << v.ordinal();
            }
            return m;
        }

        /** Every instrument scored and explained, in {@link #ORDER}. */
        List<Scored<Instrument>> score(Reasons x) {
            int n = byId.length;
            @SuppressWarnings("unchecked")
            Scored<Instrument>[] scored = new Scored[n];
            boolean[] linked = x.linked(this);
            int q = x.problem == null ? -1 : problemIndex.getOrDefault(x.problem.id(), -1);
            long problemBit = q >= 0 && q < 64 ? 1L << q : 0;
            int stageBit = x.stage == null ? 0 : 1 << x.stage.ordinal();
            int goalBit = x.goal == null ? 0 : 1 << x.goal.ordinal();
            int[] segmentBits = x.segments.stream().mapToInt(g -> 1 << g.ordinal()).toArray();
            List<Reason> r = new ArrayList<>();
            ReasonLists lists = new ReasonLists(n);
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int j = 0; j < n; j++) {
                r.clear();
                // seed 003: stage
                if (x.stage != null) {
                    if ((keyStages[j] & stageBit) != 0) {
                        r.add(x.keyStage);
                    } else if ((stages[j] & stageBit) != 0) {
                        r.add(x.fitsStage);
                    } else if (stages[j] != 0) {
                        r.add(x.wrongStage(stageList[j], this));
                    }
                }
                // seed 003: segments
                boolean any = false;
                for (int g = 0; g < segmentBits.length; g++) {
                    if ((keySegments[j] & segmentBits[g]) != 0) {
                        r.add(x.keySegment[g]);
                        any = true;
                    } else if ((segments[j] & segmentBits[g]) != 0) {
                        r.add(x.fitsSegment[g]);
                        any = true;
                    }
                }
                if (!any && segmentBits.length > 0 && segments[j] != 0) {
                    r.add(x.wrongSegment(segmentList[j], this));
                }
                // seed 003: problem; seed 004: capabilities
                if (x.problem != null) {
                    if (linked[j]) {
                        r.add(x.problemLink);
                    } else if (problemBit != 0 ? (problems[j] & problemBit) != 0 : byId[j].problems().contains(x.problem.id())) {
                        r.add(x.addressesProblem);
                    }
                    if (x.problem.capabilityProblem() && firstCapability[j] >= 0) {
                        r.add(x.capability(firstCapability[j]));
                    }
                }
                if ((goals[j] & goalBit) != 0) {
                    r.add(x.goalReason);
                }
                // seed 003: sector
                if (x.sector != null) {
                    int inc = incentive[j];
                    if (inc >= 0) {
                        Level sens = x.sensitivity[inc];
                        if (sens == Level.HIGH) {
                            r.add(x.sensitive(inc));
                        } else if (sens == Level.LOW) {
                            r.add(x.insensitive(inc));
                        }
                    }
                    int count = 0;
                    for (int d : drivers[j]) {
                        if (x.sectorDriver[d] && count < 2) {
                            r.add(x.driver(d));
                            count++;
                        }
                    }
                    int e = element[j];
                    if (e >= 0 && x.sectorNeed[e]) {
                        r.add(x.need(e));
                    }
                }
                // seed 003: region
                if (infraTool[j] && x.infra == Level.LOW) {
                    r.add(x.weakInfrastructure);
                } else if (infraTool[j] && x.infra == Level.HIGH) {
                    r.add(x.strongInfrastructure);
                }
                if (talentTool[j] && x.talent == Level.LOW) {
                    r.add(x.weakTalent);
                }
                // seeds 000-002: risks
                for (Reason k : risks[j]) {
                    r.add(k);
                }
                List<Reason> own = lists.intern(r);
                int score = Scored.sum(own);
                scored[j] = new Scored<>(byId[j], score, own);
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
            return rank(scored, min, max);
        }
    }

    /**
     * The reason lists of one call. The reasons of a call are shared objects, so many instruments end up with the
     * same reasons in the same order; they get one immutable list (an open-addressing table keyed by the identity
     * of the reasons), and scoring a large catalog allocates a Scored per instrument and little else.
     */
    private static final class ReasonLists {
        private List<Reason>[] table;
        private int[] hashes;
        private int size;

        @SuppressWarnings("unchecked")
        ReasonLists(int instruments) {
            int capacity = Integer.highestOneBit(Math.max(8, Math.min(instruments, 2048)) * 2 - 1) << 1;
            table = new List[capacity];
            hashes = new int[capacity];
        }

        List<Reason> intern(List<Reason> r) {
            int n = r.size();
            int h = n;
            for (int k = 0; k < n; k++) {
                h = 31 * h + System.identityHashCode(r.get(k));
            }
            h ^= h >>> 16;
            int mask = table.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                List<Reason> e = table[slot];
                if (e == null) {
                    List<Reason> made = immutable(r);
                    table[slot] = made;
                    hashes[slot] = h;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                    return made;
                }
                if (hashes[slot] == h && same(e, r)) {
                    return e;
                }
            }
        }

        private static boolean same(List<Reason> a, List<Reason> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int k = 0; k < a.size(); k++) {
                if (a.get(k) != b.get(k)) {
                    return false;
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        private void grow() {
            List<Reason>[] oldTable = table;
            int[] oldHashes = hashes;
            table = new List[oldTable.length * 2];
            hashes = new int[oldTable.length * 2];
            int mask = table.length - 1;
            for (int k = 0; k < oldTable.length; k++) {
                if (oldTable[k] != null) {
                    int slot = oldHashes[k] & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = oldTable[k];
                    hashes[slot] = oldHashes[k];
                }
            }
        }
    }

    /**
     * {@code List.copyOf(r)}, with one array fewer: {@code List.copyOf} copies the array twice (once out of the
     * ArrayList, once defensively), the fixed-arity {@code List.of} builds its array once. Same list either way.
     */
    private static List<Reason> immutable(List<Reason> r) {
        return switch (r.size()) {
            case 0 -> List.of();
            case 1 -> List.of(r.get(0));
            case 2 -> List.of(r.get(0), r.get(1));
            case 3 -> List.of(r.get(0), r.get(1), r.get(2));
            case 4 -> List.of(r.get(0), r.get(1), r.get(2), r.get(3));
            case 5 -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
            case 6 -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
            case 7 -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6));
            case 8 -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7));
            default -> List.copyOf(r);
        };
    }

    /**
     * The instruments in {@link #ORDER}: score descending, then id. They come in id order and ids are unique,
     * so a stable counting sort on the score gives that order in linear time (scores span a few hundred points).
     */
    private static List<Scored<Instrument>> rank(Scored<Instrument>[] byId, int min, int max) {
        int n = byId.length;
        if (n == 0) {
            return List.of();
        }
        long range = (long) max - min + 1;
        if (range > 4L * n + 1024) {
            Scored<Instrument>[] copy = byId.clone();
            Arrays.sort(copy, ORDER);
            return List.of(copy);
        }
        int[] next = new int[(int) range + 1];
        for (Scored<Instrument> x : byId) {
            next[max - x.score() + 1]++;
        }
        for (int b = 1; b < next.length; b++) {
            next[b] += next[b - 1];
        }
        @SuppressWarnings("unchecked")
        Scored<Instrument>[] out = new Scored[n];
        for (Scored<Instrument> x : byId) {
            out[next[max - x.score()]++] = x;
        }
        return List.of(out);
    }

    /**
     * The reasons of one scenario, each built once (or on first use) and shared by every instrument it applies
     * to: a Reason is an immutable value, equal to the {@code Reason.of(points, key, args)} the rule always added.
     */
    private static final class Reasons {
        final Stage stage;
        final List<Segment> segments;
        final Problem problem;
        final Goal goal;
        final Sector sector;
        final Level infra;
        final Level talent;

        final Reason keyStage;
        final Reason fitsStage;
        final Reason[] wrongStage;
        final Reason[] keySegment;
        final Reason[] fitsSegment;
        final Reason[] wrongSegment;
        final Reason problemLink;
        final Reason addressesProblem;
        final Reason[] capability = new Reason[Capability.values().length];
        final Reason goalReason;
        final Level[] sensitivity = new Level[Incentive.values().length];
        final Reason[] sensitive = new Reason[Incentive.values().length];
        final Reason[] insensitive = new Reason[Incentive.values().length];
        final boolean[] sectorDriver = new boolean[GrowthDriver.values().length];
        final Reason[] driver = new Reason[GrowthDriver.values().length];
        final boolean[] sectorNeed = new boolean[SystemElement.values().length];
        final Reason[] need = new Reason[SystemElement.values().length];
        final Reason weakInfrastructure;
        final Reason strongInfrastructure;
        final Reason weakTalent;

        Reasons(Scenario s, Problem problem, Sector sector, Region region, Level infra, Level talent, Compiled c) {
            this.stage = s.stage();
            this.segments = s.segments();
            this.problem = problem;
            this.goal = s.goal();
            this.sector = sector;
            this.infra = infra;
            this.talent = talent;
            keyStage = stage == null ? null : Reason.of(KEY_STAGE, "reason.stage.key", Names.of(stage));
            fitsStage = stage == null ? null : Reason.of(FITS_STAGE, "reason.stage.fits", Names.of(stage));
            wrongStage = new Reason[c.stageLists.size()];
            keySegment = new Reason[segments.size()];
            fitsSegment = new Reason[segments.size()];
            for (int g = 0; g < segments.size(); g++) {
                keySegment[g] = Reason.of(KEY_SEGMENT, "reason.segment.key", Names.of(segments.get(g)));
                fitsSegment[g] = Reason.of(FITS_SEGMENT, "reason.segment.fits", Names.of(segments.get(g)));
            }
            wrongSegment = new Reason[c.segmentLists.size()];
            problemLink = problem == null ? null : Reason.of(PROBLEM_LINK, "reason.problem.link", Names.of(problem.name()));
            addressesProblem = problem == null ? null
                    : Reason.of(ADDRESSES_PROBLEM, "reason.problem.addresses", Names.of(problem.name()));
            goalReason = goal == null ? null : Reason.of(GOAL, "reason.goal", Names.of(goal));
            if (sector != null) {
                for (Incentive inc : Incentive.values()) {
                    sensitivity[inc.ordinal()] = sector.sensitivityTo(inc);
                }
                for (GrowthDriver d : sector.growthDrivers()) {
                    sectorDriver[d.ordinal()] = true;
                }
                for (SystemElement e : sector.needs()) {
                    sectorNeed[e.ordinal()] = true;
                }
            }
            Object where = region != null ? Names.of(region.name()) : "";
            weakInfrastructure = Reason.of(REGION_GAP, "reason.region.weak-infrastructure", where);
            strongInfrastructure = Reason.of(REGION_STRONG, "reason.region.strong-infrastructure", where);
            weakTalent = Reason.of(REGION_GAP, "reason.region.weak-talent", where);
        }

        /** Which instruments the problem names, by position in id order. */
        boolean[] linked(Compiled c) {
            boolean[] linked = new boolean[c.byId.length];
            if (problem != null) {
                for (String id : problem.instruments()) {
                    int j = c.indexOf(id);
                    if (j >= 0) {
                        linked[j] = true;
                    }
                }
            }
            return linked;
        }

        Reason wrongStage(int list, Compiled c) {
            Reason x = wrongStage[list];
            if (x == null) {
                x = Reason.of(WRONG_STAGE, "reason.stage.wrong", Names.list(c.stageLists.get(list)));
                wrongStage[list] = x;
            }
            return x;
        }

        Reason wrongSegment(int list, Compiled c) {
            Reason x = wrongSegment[list];
            if (x == null) {
                x = Reason.of(WRONG_SEGMENT, "reason.segment.wrong", Names.list(c.segmentLists.get(list)));
                wrongSegment[list] = x;
            }
            return x;
        }

        Reason capability(int ordinal) {
            Reason x = capability[ordinal];
            if (x == null) {
                x = Reason.of(CAPABILITY, "reason.capability", Names.of(Capability.values()[ordinal]));
                capability[ordinal] = x;
            }
            return x;
        }

        Reason sensitive(int ordinal) {
            Reason x = sensitive[ordinal];
            if (x == null) {
                x = Reason.of(SENSITIVE, "reason.sector.sensitive", Names.of(sector.name()), Names.of(Incentive.values()[ordinal]));
                sensitive[ordinal] = x;
            }
            return x;
        }

        Reason insensitive(int ordinal) {
            Reason x = insensitive[ordinal];
            if (x == null) {
                x = Reason.of(INSENSITIVE, "reason.sector.insensitive", Names.of(sector.name()), Names.of(Incentive.values()[ordinal]));
                insensitive[ordinal] = x;
            }
            return x;
        }

        Reason driver(int ordinal) {
            Reason x = driver[ordinal];
            if (x == null) {
                x = Reason.of(DRIVER, "reason.sector.driver", Names.of(sector.name()), Names.of(GrowthDriver.values()[ordinal]));
                driver[ordinal] = x;
            }
            return x;
        }

        Reason need(int ordinal) {
            Reason x = need[ordinal];
            if (x == null) {
                x = Reason.of(SECTOR_NEED, "reason.sector.need", Names.of(sector.name()), Names.of(SystemElement.values()[ordinal]));
                need[ordinal] = x;
            }
            return x;
        }
    }

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

    private static final int ELEMENTS = SystemElement.values().length;

    /** Seed 003's sector system: the best-ranked instrument for each element, in element order. */
    private static List<Recommendation.PackageSlot> systemPackage(List<Scored<Instrument>> ranked) {
        Map<SystemElement, Scored<Instrument>> best = new EnumMap<>(SystemElement.class);
        for (Scored<Instrument> x : ranked) {
            SystemElement e = x.item().systemElement();
            if (e != null) {
                best.putIfAbsent(e, x);
                if (best.size() == ELEMENTS) {
                    break;
                }
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
