package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Incentive;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.InstrumentTag;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.catalog.KpiTag;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.SystemElement;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.LocalContentMeasure;
import org.policylab.configurator.passport.ReviewType;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.YearValue;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * The design checks: each rule encodes a pitfall of industrial policy that a seed article
 * describes, and points at the item of the passport it concerns. Pure functions of the
 * passport and the catalog, safe to run on any thread.
 */
public final class DesignChecks {
    private final Catalog catalog;
    private final List<Rule> rules;

    public DesignChecks(Catalog catalog) {
        this.catalog = catalog;
        this.rules = List.copyOf(all());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** All findings, errors first, then by rule order and target. */
    public List<Finding> check(ProgramPassport p) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(p, catalog));
        }
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    // ------------------------------------------------------------------ rule plumbing

    private record SimpleRule(String id, Severity severity, String seed,
                              BiFunction<ProgramPassport, Catalog, List<Finding>> fn) implements Rule {
        @Override
        public List<Finding> check(ProgramPassport passport, Catalog catalog) {
            return fn.apply(passport, catalog);
        }
    }

    private static Rule rule(String id, Severity s, String seed, Checker c) {
        return new SimpleRule(id, s, seed, (p, cat) -> {
            List<Finding> out = new ArrayList<>();
            c.check(p, cat, new Sink(id, s, out));
            return out;
        });
    }

    @FunctionalInterface
    private interface Checker {
        void check(ProgramPassport p, Catalog c, Sink sink);
    }

    private record Sink(String rule, Severity severity, List<Finding> out) {
        void add(String target, Object... args) {
            out.add(new Finding(rule, severity, target, List.of(args)));
        }
    }

    private static String at(int i, String field) {
        return "/instruments/" + i + (field == null ? "" : "/" + field);
    }

    private static String kpiAt(int i, String field) {
        return "/kpis/" + i + (field == null ? "" : "/" + field);
    }

    private static Object name(Catalog c, SelectedInstrument si) {
        return c.instrument(si.instrument()).<Object>map(x -> Names.of(x.name())).orElse(si.instrument());
    }

    private static Object kpiName(Catalog c, String id) {
        return c.kpi(id).<Object>map(x -> Names.of(x.name())).orElse(id);
    }

    private static Optional<Instrument> def(Catalog c, SelectedInstrument si) {
        return c.instrument(si.instrument());
    }

    private static boolean tagged(ProgramPassport p, Catalog c, InstrumentTag tag) {
        return p.instruments().stream().anyMatch(si -> def(c, si).map(i -> i.has(tag)).orElse(false));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Financial support, a subsidy or a tax break: what seeds 001-002 want temporary, conditional and competitive. */
    private static boolean support(Catalog c, SelectedInstrument si) {
        return def(c, si).map(x -> !x.governance() && (x.category() == InstrumentCategory.FINANCIAL
                || x.has(InstrumentTag.SUBSIDY) || x.has(InstrumentTag.TAX_INCENTIVE))).orElse(false);
    }

    private static boolean needsExit(Catalog c, SelectedInstrument si) {
        return def(c, si).map(x -> x.design().needsExitRule() || x.category() == InstrumentCategory.FINANCIAL).orElse(true);
    }

    /**
     * A phase gate decided by a number that is about this instrument: it names the instrument, or a KPI that only this
     * instrument is judged by (a gate on a KPI several instruments share cannot tell which one failed).
     */
    private static boolean phaseGateFor(ProgramPassport p, Catalog c, SelectedInstrument si) {
        Set<String> own = new HashSet<>(si.kpis());
        p.instruments().stream().filter(o -> o != si).forEach(o -> own.removeAll(o.kpis()));
        for (Phase ph : p.phases()) {
            if (Texts.missing(ph.gate()) || !Texts.hasDigit(ph.gate())) {
                continue;
            }
            String g = ph.gate().toLowerCase(Locale.ROOT);
            if (def(c, si).map(x -> names(x.name()).anyMatch(g::contains)).orElse(false)) {
                return true;
            }
            for (String k : own) {
                if (g.contains(k.toLowerCase(Locale.ROOT))
                        || c.kpi(k).map(x -> names(x.name()).anyMatch(g::contains)).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.stream.Stream<String> names(org.policylab.configurator.catalog.LocalizedText t) {
        return java.util.stream.Stream.of(t.en(), t.ru(), t.kk()).filter(n -> n != null && !n.isBlank())
                .map(n -> n.toLowerCase(Locale.ROOT));
    }

    /** Performance terms of the instrument's own: a measurable gate, a phase gate on its KPIs, a performance exit, conditions. */
    private static boolean performanceTerms(ProgramPassport p, Catalog c, SelectedInstrument si) {
        return si.gates().stream().anyMatch(InstrumentGate::measurable)
                || si.exitTerms().trigger() == ExitTrigger.PERFORMANCE
                || phaseGateFor(p, c, si)
                || si.conditions().stream().anyMatch(Texts::present);
    }

    private static Level talent(ProgramPassport p, Catalog c) {
        if (p.context().talent() != null) {
            return p.context().talent();
        }
        return c.region(p.context().region()).map(Region::talent).orElse(null);
    }

    private static BigDecimal budget(SelectedInstrument si) {
        return si.budget() == null ? BigDecimal.ZERO : si.budget().amount();
    }

    /** Years of support: start to the end year (or the sunset year when it is later). */
    private static Integer years(SelectedInstrument si) {
        Integer end = si.endYear();
        Integer sunset = si.exitTerms().sunsetYear();
        if (sunset != null && (end == null || sunset > end)) {
            end = sunset;
        }
        return si.startYear() == null || end == null ? null : end - si.startYear() + 1;
    }

    private static Set<Segment> targeted(ProgramPassport p) {
        Set<Segment> s = EnumSet.noneOf(Segment.class);
        s.addAll(p.context().segments());
        p.instruments().forEach(si -> s.addAll(si.segments()));
        return s;
    }

    private static List<Segment> segmentsOf(ProgramPassport p, SelectedInstrument si) {
        return si.segments().isEmpty() ? p.context().segments() : si.segments();
    }


    // ------------------------------------------------------------------ the rules

    private static List<Rule> all() {
        List<Rule> r = new ArrayList<>();

        // seed 003: diagnose before launching; "problem - solution - impact"
        r.add(rule("no-diagnosis", Severity.ERROR, "003", (p, c, out) -> {
            if (blank(p.diagnosis().problem()) && Texts.missing(p.diagnosis().statement())) {
                out.add("/diagnosis/problem");
            }
        }));
        // seed 003: "every measure is selected based on industry stage, type of company, regional conditions"
        r.add(rule("no-context", Severity.ERROR, "003", (p, c, out) -> {
            List<String> missing = new ArrayList<>();
            if (blank(p.context().sector())) {
                missing.add("sector");
            }
            if (p.context().stage() == null) {
                missing.add("stage");
            }
            if (p.context().segments().isEmpty()) {
                missing.add("segments");
            }
            if (!missing.isEmpty()) {
                out.add("/context/" + missing.get(0), new Names.Keys("context.missing.", missing));
            }
        }));
        // seed 002: "what change are we targeting? how will we know it worked?"
        r.add(rule("no-target-change", Severity.WARNING, "002", (p, c, out) -> {
            if (Texts.missing(p.diagnosis().targetChange())) {
                out.add("/diagnosis/targetChange");
            }
        }));
        r.add(rule("no-instruments", Severity.ERROR, "003", (p, c, out) -> {
            if (p.instruments().isEmpty()) {
                out.add("/instruments");
            }
        }));
        // seeds 001, 002: support must be temporary, with an end date
        r.add(rule("no-end-year", Severity.ERROR, "001", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.endYear() == null && si.exitTerms().sunsetYear() == null) {
                    out.add(at(i, "endYear"), name(c, si));
                }
            }
        }));
        // seeds 001, 002: time-bound support with strict exit reviews; a "-" or "TBD" is no exit rule
        r.add(rule("no-exit-rule", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean structured = si.exitTerms().sunsetYear() != null && si.exitTerms().trigger() != null;
                if (needsExit(c, si) && Texts.missing(si.exitRule()) && !structured) {
                    out.add(at(i, "exitRule"), name(c, si));
                }
            }
        }));
        // passport v2: the exit in fields the review can hold the program to (what a v1 file cannot say)
        r.add(rule("exit-terms-missing", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean structured = si.exitTerms().sunsetYear() != null && si.exitTerms().trigger() != null;
                if (needsExit(c, si) && Texts.present(si.exitRule()) && !structured) {
                    out.add(at(i, "exit"), name(c, si));
                }
            }
        }));
        // seed 002: "Extensions only if firms show gains in productivity, exports, or tech upgrades"
        r.add(rule("automatic-extension", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.exitTerms().extension() == Extension.AUTOMATIC) {
                    out.add(at(i, "exit/extension"), name(c, si));
                } else if (si.exitTerms().extension() == null
                        && (Texts.affirms(si.exitRule(), Texts.AUTOMATIC_EXTENSION) || Texts.affirms(si.conditions(), Texts.AUTOMATIC_EXTENSION))) {
                    out.add(at(i, "exitRule"), name(c, si));
                }
            }
        }));
        // seed 002: "Support should be temporary and purpose-driven" - far longer than such support runs
        r.add(rule("support-too-long", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                Integer longest = def(c, si).map(x -> x.design().longestDurationYears()).orElse(null);
                Integer years = years(si);
                if (longest != null && years != null && years > longest && needsExit(c, si)) {
                    out.add(at(i, "endYear"), name(c, si), String.valueOf(years), String.valueOf(longest / 2));
                }
            }
        }));
        r.add(rule("years-reversed", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.startYear() != null && si.endYear() != null && si.endYear() < si.startYear()) {
                    out.add(at(i, "endYear"), name(c, si), si.startYear(), si.endYear());
                }
            }
        }));
        // seed 003: every tool comes with KPIs
        r.add(rule("instrument-without-kpi", Severity.ERROR, "003", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.kpis().isEmpty() && !def(c, si).map(Instrument::governance).orElse(false)) {
                    out.add(at(i, "kpis"), name(c, si));
                }
            }
        }));
        // seeds 000, 002: "Judge impact by actual results: higher productivity, new exports, lower costs"
        r.add(rule("instrument-without-outcome-kpi", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.kpis().isEmpty() || def(c, si).map(Instrument::governance).orElse(true)) {
                    continue;
                }
                boolean outcome = si.kpis().stream().map(c::kpi).flatMap(Optional::stream).anyMatch(Kpi::isOutcome);
                boolean known = si.kpis().stream().allMatch(k -> c.kpi(k).isPresent());
                if (!outcome && known) {
                    out.add(at(i, "kpis"), name(c, si));
                }
            }
        }));
        r.add(rule("no-kpis", Severity.ERROR, "003", (p, c, out) -> {
            if (p.kpis().isEmpty()) {
                out.add("/kpis");
            }
        }));
        // seeds 000, 002: judge by outcomes - "counting events or workshops instead of outcomes" proves nothing
        r.add(rule("only-output-kpis", Severity.ERROR, "000", (p, c, out) -> {
            if (p.kpis().isEmpty() || p.kpis().stream().anyMatch(k -> c.kpi(k.kpi()).isEmpty())) {
                return;
            }
            boolean outcome = p.kpis().stream().map(k -> c.kpi(k.kpi())).flatMap(Optional::stream).anyMatch(Kpi::isOutcome);
            if (!outcome) {
                out.add("/kpis");
            }
        }));
        // seeds 000, 001: once an industry grows, "is domestic value added rising? is export of complex components
        // growing?" - productivity, value added or exports among the outcomes (seed 003: emerging and declining
        // industries are judged by their own stage KPIs)
        r.add(rule("no-structural-outcome", Severity.WARNING, "001", (p, c, out) -> {
            Stage stage = p.context().stage();
            if (p.kpis().isEmpty() || (stage != Stage.GROWTH && stage != Stage.MATURITY)) {
                return;
            }
            boolean structural = p.kpis().stream().map(k -> c.kpi(k.kpi())).flatMap(Optional::stream)
                    .anyMatch(k -> k.isOutcome()
                            && (k.has(KpiTag.PRODUCTIVITY) || k.has(KpiTag.VALUE_ADDED) || k.has(KpiTag.EXPORT)));
            if (!structural) {
                out.add("/kpis", Names.of(stage));
            }
        }));
        // seed 002: counting square meters, factories or events proves nothing
        r.add(rule("vanity-kpi", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.kpis().size(); i++) {
                String id = p.kpis().get(i).kpi();
                if (c.kpi(id).map(k -> k.has(KpiTag.VANITY)).orElse(false)) {
                    out.add(kpiAt(i, null), kpiName(c, id));
                }
            }
        }));
        // seed 002: private co-financing as a prerequisite
        r.add(rule("no-co-financing", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean financial = def(c, si).map(x -> x.category() == InstrumentCategory.FINANCIAL).orElse(false);
                if (financial && si.coFinancingShare() == null) {
                    out.add(at(i, "coFinancingShare"), name(c, si));
                }
            }
        }));
        r.add(rule("co-financing-below-floor", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                double floor = def(c, si).map(x -> x.design().coFinancingFloor()).orElse(0.0);
                if (si.coFinancingShare() != null && floor > 0 && si.coFinancingShare() < floor - 1e-9) {
                    out.add(at(i, "coFinancingShare"), name(c, si), Names.percent(si.coFinancingShare()), Names.percent(floor));
                }
            }
        }));
        // seed 002: avoid automatic subsidies with no performance terms - judged per instrument
        r.add(rule("automatic-subsidy", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (support(c, si) && !performanceTerms(p, c, si)) {
                    out.add(at(i, "gates"), name(c, si));
                }
            }
        }));
        // seed 003: every KPI needs a baseline and a trajectory to be trackable
        r.add(rule("kpi-no-baseline", Severity.ERROR, "003", (p, c, out) -> {
            for (int i = 0; i < p.kpis().size(); i++) {
                if (!p.kpis().get(i).hasBaseline()) {
                    out.add(kpiAt(i, "baseline"), kpiName(c, p.kpis().get(i).kpi()));
                }
            }
        }));
        r.add(rule("kpi-no-targets", Severity.ERROR, "003", (p, c, out) -> {
            for (int i = 0; i < p.kpis().size(); i++) {
                KpiTarget k = p.kpis().get(i);
                if (targets(k).isEmpty()) {
                    out.add(kpiAt(i, "targets"), kpiName(c, k.kpi()));
                }
            }
        }));
        // seed 002: "Judge impact by actual results" - a target that does not move the KPI its way is no target
        r.add(rule("targets-wrong-direction", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.kpis().size(); i++) {
                KpiTarget k = p.kpis().get(i);
                Direction d = c.kpi(k.kpi()).map(Kpi::direction).orElse(Direction.INCREASE);
                if (!k.hasBaseline()) {
                    continue;
                }
                double base = k.baseline().value();
                for (YearValue t : targets(k)) {
                    boolean wrong = d == Direction.INCREASE ? t.value() < base : t.value() > base;
                    if (wrong) {
                        out.add(kpiAt(i, "targets"), kpiName(c, k.kpi()), String.valueOf(t.year()), Names.number(t.value()), Names.number(base),
                                Names.of(d));
                        break;
                    }
                }
            }
        }));
        r.add(rule("targets-flat", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.kpis().size(); i++) {
                KpiTarget k = p.kpis().get(i);
                List<YearValue> t = targets(k);
                if (k.hasBaseline() && !t.isEmpty() && t.stream().allMatch(x -> x.value().equals(k.baseline().value()))) {
                    out.add(kpiAt(i, "targets"), kpiName(c, k.kpi()), Names.number(k.baseline().value()));
                }
            }
        }));
        // seeds 002, 003: KPIs should match sector maturity
        r.add(rule("kpi-stage-mismatch", Severity.WARNING, "003", (p, c, out) -> {
            Stage stage = p.context().stage();
            if (stage == null) {
                return;
            }
            for (int i = 0; i < p.kpis().size(); i++) {
                Optional<Kpi> k = c.kpi(p.kpis().get(i).kpi());
                if (k.isPresent() && !k.get().stages().isEmpty() && !k.get().stages().contains(stage)) {
                    out.add(kpiAt(i, null), Names.of(k.get().name()), Names.of(stage));
                }
            }
        }));
        // seed 003: a KPI of another sector measures nothing here
        r.add(rule("kpi-sector-mismatch", Severity.WARNING, "003", (p, c, out) -> {
            String sector = p.context().sector();
            if (blank(sector)) {
                return;
            }
            for (int i = 0; i < p.kpis().size(); i++) {
                Optional<Kpi> k = c.kpi(p.kpis().get(i).kpi());
                if (k.isPresent() && !k.get().fitsSector(sector)) {
                    out.add(kpiAt(i, null), Names.of(k.get().name()),
                            c.sector(sector).<Object>map(x -> Names.of(x.name())).orElse(sector));
                }
            }
        }));
        // seed 003: each stage gets tailored tools
        r.add(rule("instrument-stage-mismatch", Severity.WARNING, "003", (p, c, out) -> {
            Stage stage = p.context().stage();
            if (stage == null) {
                return;
            }
            for (int i = 0; i < p.instruments().size(); i++) {
                Optional<Instrument> d = def(c, p.instruments().get(i));
                if (d.isPresent() && !d.get().stages().isEmpty() && !d.get().stages().contains(stage)) {
                    out.add(at(i, null), Names.of(d.get().name()), Names.of(stage), Names.list(d.get().stages()));
                }
            }
        }));
        // seed 003: tools without audience fit don't work
        r.add(rule("instrument-segment-mismatch", Severity.WARNING, "003", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                Optional<Instrument> d = def(c, si);
                if (d.isEmpty() || d.get().segments().isEmpty()) {
                    continue;
                }
                List<Segment> wrong = segmentsOf(p, si).stream().filter(g -> !d.get().segments().contains(g)).toList();
                if (!wrong.isEmpty()) {
                    out.add(at(i, "segments"), Names.of(d.get().name()), Names.list(wrong));
                }
            }
        }));
        // seed 003: one-size-fits-all programs lower efficiency
        r.add(rule("one-size-fits-all", Severity.WARNING, "003", (p, c, out) -> {
            Set<Segment> all = targeted(p);
            if (all.size() < 2 || p.instruments().size() < 2) {
                return;
            }
            Set<Set<Segment>> shapes = p.instruments().stream().map(si -> Set.copyOf(segmentsOf(p, si))).collect(Collectors.toSet());
            if (shapes.size() == 1) {
                out.add("/context/segments", Names.list(all));
            }
        }));
        // seeds 000, 004: support flowing to incumbents slows new industries
        r.add(rule("incumbents-only", Severity.WARNING, "000", (p, c, out) -> {
            Goal g = p.context().goal();
            Set<Segment> all = targeted(p);
            if ((g == Goal.DIVERSIFICATION || g == Goal.TECH_LEADERSHIP) && all.equals(EnumSet.of(Segment.LARGE))) {
                out.add("/context/segments", Names.of(g));
            }
        }));
        // seed 001: "Local content can help only if it is measured by value added, not by assembly percentages"
        r.add(rule("local-content-by-assembly", Severity.ERROR, "001", (p, c, out) -> {
            boolean programMeasuresValueAdded = p.kpis().stream().map(k -> c.kpi(k.kpi())).flatMap(Optional::stream)
                    .anyMatch(k -> k.has(KpiTag.VALUE_ADDED) && k.kind() == KpiKind.OUTCOME);
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean lc = def(c, si).map(x -> x.has(InstrumentTag.LOCAL_CONTENT)).orElse(false)
                        || si.localContentMeasure() != null;
                if (!lc) {
                    continue;
                }
                LocalContentMeasure m = si.localContentMeasure();
                if (m == null) {
                    // v1 text: what the conditions say they count
                    if (Texts.affirms(si.conditions(), Texts.ASSEMBLY)) {
                        m = LocalContentMeasure.ASSEMBLY;
                    } else if (Texts.affirms(si.conditions(), Texts.PURCHASES)) {
                        m = LocalContentMeasure.PURCHASES;
                    } else if (Texts.affirms(si.conditions(), Texts.VALUE_ADDED)) {
                        m = LocalContentMeasure.DOMESTIC_VALUE_ADDED;
                    }
                }
                boolean ownValueAdded = si.kpis().stream().map(c::kpi).flatMap(Optional::stream)
                        .anyMatch(k -> k.has(KpiTag.VALUE_ADDED) && k.isOutcome());
                if (m == LocalContentMeasure.ASSEMBLY || m == LocalContentMeasure.PURCHASES) {
                    out.add(at(i, "localContentMeasure"), name(c, si), Names.of(m));
                } else if (!(programMeasuresValueAdded && ownValueAdded)) {
                    out.add(at(i, "kpis"), name(c, si), Names.of(m == null ? LocalContentMeasure.ASSEMBLY : m));
                }
            }
        }));
        // seed 001: "tech transfer works only when the receiving side has the ability to learn and absorb"
        r.add(rule("tech-transfer-without-learning", Severity.ERROR, "001", (p, c, out) -> {
            boolean lowTalent = talent(p, c) == Level.LOW;
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument tt = p.instruments().get(i);
                if (!def(c, tt).map(x -> x.has(InstrumentTag.TECH_TRANSFER)).orElse(false)) {
                    continue;
                }
                BigDecimal learning = BigDecimal.ZERO;
                int learningUntil = Integer.MIN_VALUE;
                for (SelectedInstrument si : p.instruments()) {
                    if (def(c, si).map(x -> x.has(InstrumentTag.LEARNING_CAPACITY)).orElse(false)) {
                        learning = learning.add(budget(si));
                        if (si.endYear() != null) {
                            learningUntil = Math.max(learningUntil, si.endYear());
                        }
                    }
                }
                double share = lowTalent ? LOW_TALENT_LEARNING_SHARE : LEARNING_SHARE;
                BigDecimal needed = budget(tt).multiply(BigDecimal.valueOf(share));
                boolean tokenBudget = learning.signum() == 0 || learning.compareTo(needed) < 0;
                Integer years = years(tt);
                boolean tokenTime = years != null && tt.startYear() != null
                        && learningUntil < tt.startYear() + (years - 1) / 2;
                if (tokenBudget || tokenTime) {
                    out.add(at(i, null), name(c, tt), Names.percent(share),
                            new Names.Key(lowTalent ? "check.tech-transfer-without-learning.low-talent" : "check.tech-transfer-without-learning.normal"));
                }
            }
        }));
        // seed 001: "subsidies without competition lead to stagnation"; state firms as carriers stagnate
        r.add(rule("state-vehicle-without-competition", Severity.ERROR, "001", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean stateVehicle = def(c, si).map(x -> x.has(InstrumentTag.STATE_VEHICLE)).orElse(false)
                        || Boolean.TRUE.equals(si.selectionTerms().stateOwnedRecipient());
                if (!stateVehicle) {
                    continue;
                }
                SelectionMethod m = si.selectionTerms().method();
                boolean competitive = m == SelectionMethod.OPEN_COMPETITION || m == SelectionMethod.PRE_QUALIFIED_CALL
                        || m == null && (Texts.affirms(si.conditions(), Texts.COMPETITION)
                        || Texts.affirms(si.selectionTerms().justification(), Texts.COMPETITION));
                if (!competitive) {
                    out.add(at(i, "selection/method"), name(c, si));
                }
            }
        }));
        // seeds 000, 001: "subsidies turn into permanent income for a small circle of firms"
        r.add(rule("budget-concentration", Severity.ERROR, "001", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                Double share = si.selectionTerms().largestRecipientShare();
                // a joint venture or a state vehicle has one recipient by nature: their own rules judge them
                boolean single = def(c, si).map(x -> x.has(InstrumentTag.TECH_TRANSFER) || x.has(InstrumentTag.STATE_VEHICLE))
                        .orElse(false);
                if (share != null && share > MAX_RECIPIENT_SHARE && !single) {
                    out.add(at(i, "selection/largestRecipientShare"), name(c, si), Names.percent(share));
                }
            }
        }));
        r.add(rule("direct-appointment-unjustified", Severity.ERROR, "001", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.selectionTerms().method() == SelectionMethod.DIRECT_APPOINTMENT
                        && Texts.missing(si.selectionTerms().justification())) {
                    out.add(at(i, "selection/justification"), name(c, si));
                }
            }
        }));
        // seed 002: "Use filters and pre-qualification tools ... before funding" - say how recipients are chosen
        r.add(rule("selection-missing", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean stateVehicle = def(c, si).map(x -> x.has(InstrumentTag.STATE_VEHICLE)).orElse(false);
                if ((support(c, si) || stateVehicle) && si.selectionTerms().method() == null) {
                    out.add(at(i, "selection/method"), name(c, si));
                }
            }
        }));
        // seed 002: independent review and feedback mechanisms
        r.add(rule("no-independent-review", Severity.ERROR, "002", (p, c, out) -> {
            boolean independent = Texts.present(p.review().body()) && p.review().independent()
                    && (p.review().type() == null || p.review().type() == ReviewType.EXTERNAL_INDEPENDENT);
            boolean reviewTool = p.instruments().stream().anyMatch(si -> def(c, si)
                    .map(x -> x.has(InstrumentTag.REVIEW_MECHANISM) && x.governance()).orElse(false));
            if (!independent && !reviewTool) {
                out.add("/review");
            }
        }));
        // seed 002: "Set up an independent review panel under national business chambers or economic institutes"
        r.add(rule("review-not-independent", Severity.ERROR, "002", (p, c, out) -> {
            ReviewType t = p.review().type();
            boolean claims = p.review().independent();
            if (claims && (t == ReviewType.INTERNAL || t == ReviewType.EXTERNAL_CONTRACTED)) {
                out.add("/review/type", p.review().body() == null ? "" : p.review().body(), Names.of(t));
            } else if (claims && t == null && Texts.affirms(p.review().body(), Texts.INTERNAL_REVIEW)) {
                out.add("/review/body", p.review().body(), Names.of(ReviewType.INTERNAL));
            }
        }));
        r.add(rule("review-type-missing", Severity.WARNING, "002", (p, c, out) -> {
            if (Texts.present(p.review().body()) && p.review().type() == null) {
                out.add("/review/type");
            }
        }));
        r.add(rule("no-review-frequency", Severity.WARNING, "002", (p, c, out) -> {
            if (Texts.present(p.review().body()) && blank(p.review().frequency())) {
                out.add("/review/frequency");
            }
        }));
        // seed 002: remove persistent underperformers - per instrument
        r.add(rule("no-underperformer-exit", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (!support(c, si)) {
                    continue;
                }
                boolean exit = si.gates().stream().anyMatch(g -> g.measurable()
                        && (g.onFail() == GateAction.STOP || g.onFail() == GateAction.REDUCE))
                        || Texts.present(si.exitTerms().clawback())
                        || si.exitTerms().trigger() == ExitTrigger.PERFORMANCE
                        || si.exitTerms().trigger() == ExitTrigger.GRADUATION
                        || Texts.affirms(si.conditions(), Texts.UNDERPERFORMER_EXIT)
                        || Texts.affirms(si.exitRule(), Texts.UNDERPERFORMER_EXIT);
                if (!exit) {
                    out.add(at(i, "gates"), name(c, si));
                }
            }
        }));
        r.add(rule("phase-without-gate", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.phases().size(); i++) {
                Phase ph = p.phases().get(i);
                if (Texts.missing(ph.gate())) {
                    out.add("/phases/" + i + "/gate", ph.name() == null ? String.valueOf(i + 1) : ph.name());
                }
            }
        }));
        // seed 002: "Metrics must be transparent and trackable" - a gate decided by a number
        r.add(rule("gate-not-measurable", Severity.WARNING, "002", (p, c, out) -> {
            Set<String> kpis = new HashSet<>();
            p.kpis().forEach(k -> kpis.add(k.kpi()));
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                for (int g = 0; g < si.gates().size(); g++) {
                    InstrumentGate gate = si.gates().get(g);
                    if (!gate.measurable() || !kpis.contains(gate.kpi())) {
                        out.add(at(i, "gates/" + g), name(c, si));
                    }
                }
            }
            for (int i = 0; i < p.phases().size(); i++) {
                Phase ph = p.phases().get(i);
                if (Texts.present(ph.gate()) && !Texts.hasDigit(ph.gate())) {
                    out.add("/phases/" + i + "/gate", ph.name() == null ? String.valueOf(i + 1) : ph.name());
                }
            }
        }));
        // WTO SCM Agreement art. 3.1(a); EAEU Treaty, Annex 28: subsidies contingent on export performance are prohibited
        r.add(rule("export-contingent-subsidy", Severity.ERROR, "SCM 3.1(a)", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean supportOrPreference = support(c, si) || def(c, si).map(x -> x.has(InstrumentTag.EXPORT_CONTINGENT)).orElse(false);
                boolean contingent = si.contingentOn().contains(Contingency.EXPORTS)
                        || def(c, si).map(x -> x.has(InstrumentTag.EXPORT_CONTINGENT)).orElse(false)
                        || Texts.affirms(si.conditions(), Texts.EXPORT_CONDITION);
                if (supportOrPreference && contingent) {
                    out.add(at(i, "contingentOn"), name(c, si));
                }
            }
        }));
        // WTO SCM art. 3.1(b), GATT art. III:4, TRIMs Illustrative List 1(a): support contingent on domestic inputs
        r.add(rule("domestic-input-subsidy", Severity.ERROR, "SCM 3.1(b)", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean contingent = si.contingentOn().contains(Contingency.DOMESTIC_INPUTS)
                        || support(c, si) && Texts.affirms(si.conditions(), Texts.DOMESTIC_INPUT_CONDITION);
                if (contingent) {
                    out.add(at(i, "contingentOn"), name(c, si));
                }
            }
        }));
        // seed 003: tax incentives work for biotech but not for heavy industry
        r.add(rule("tax-incentive-insensitive-sector", Severity.WARNING, "003", (p, c, out) -> {
            Optional<Sector> sec = c.sector(p.context().sector());
            if (sec.isEmpty() || sec.get().sensitivityTo(Incentive.TAX) != Level.LOW) {
                return;
            }
            for (int i = 0; i < p.instruments().size(); i++) {
                Optional<Instrument> d = def(c, p.instruments().get(i));
                if (d.isPresent() && (d.get().incentive() == Incentive.TAX || d.get().has(InstrumentTag.TAX_INCENTIVE))) {
                    out.add(at(i, null), Names.of(d.get().name()), Names.of(sec.get().name()));
                }
            }
        }));
        // seed 003: a sector is a system; a system problem needs a package
        r.add(rule("no-system-package", Severity.WARNING, "003", (p, c, out) -> {
            boolean needsSystem = c.problem(p.diagnosis().problem()).map(pr -> pr.systemPackage()).orElse(false);
            if (!needsSystem || p.instruments().isEmpty()) {
                return;
            }
            Set<SystemElement> covered = new HashSet<>();
            p.instruments().forEach(si -> def(c, si).map(Instrument::systemElement).ifPresent(covered::add));
            if (covered.size() < 4) {
                List<SystemElement> missing = EnumSet.allOf(SystemElement.class).stream().filter(e -> !covered.contains(e)).toList();
                out.add("/instruments", Names.list(missing));
            }
        }));
        r.add(rule("no-budget", Severity.WARNING, "003", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.budget() == null) {
                    out.add(at(i, "budget"), name(c, si));
                }
            }
        }));
        r.add(rule("unknown-catalog-entry", Severity.WARNING, "003", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                if (c.instrument(p.instruments().get(i).instrument()).isEmpty()) {
                    out.add(at(i, "instrument"), p.instruments().get(i).instrument());
                }
            }
            for (int i = 0; i < p.kpis().size(); i++) {
                if (c.kpi(p.kpis().get(i).kpi()).isEmpty()) {
                    out.add(kpiAt(i, "kpi"), p.kpis().get(i).kpi());
                }
            }
        }));
        return r;
    }

    /** Learning capacity beside a technology transfer: at least this share of its budget (seed 001) ... */
    static final double LEARNING_SHARE = 0.10;
    /** ... and more where the region's talent base is low. */
    static final double LOW_TALENT_LEARNING_SHARE = 0.25;
    /** More than half of an instrument's money to one recipient is a program for that recipient. */
    static final double MAX_RECIPIENT_SHARE = 0.5;

    private static List<YearValue> targets(KpiTarget k) {
        return k.targets().stream().filter(t -> t.year() != null && t.value() != null).toList();
    }
}
