package org.policylab.configurator.engine;

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
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.SystemElement;
import org.policylab.configurator.passport.KpiTarget;
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

    private static boolean hasGates(ProgramPassport p) {
        return p.phases().stream().anyMatch(ph -> !blank(ph.gate()));
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

    private static boolean mentions(List<String> texts, String... words) {
        for (String t : texts) {
            String l = t.toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (l.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the rules

    private static List<Rule> all() {
        List<Rule> r = new ArrayList<>();

        // seed 003: diagnose before launching; "problem - solution - impact"
        r.add(rule("no-diagnosis", Severity.ERROR, "003", (p, c, out) -> {
            if (blank(p.diagnosis().problem()) && blank(p.diagnosis().statement())) {
                out.add("/diagnosis/problem");
            }
        }));
        // seed 002: "what change are we targeting? how will we know it worked?"
        r.add(rule("no-target-change", Severity.WARNING, "002", (p, c, out) -> {
            if (blank(p.diagnosis().targetChange())) {
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
                if (p.instruments().get(i).endYear() == null) {
                    out.add(at(i, "endYear"), name(c, p.instruments().get(i)));
                }
            }
        }));
        // seeds 001, 002: time-bound support with strict exit reviews
        r.add(rule("no-exit-rule", Severity.ERROR, "002", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean needs = def(c, si).map(x -> x.design().needsExitRule() || x.category() == InstrumentCategory.FINANCIAL).orElse(true);
                if (needs && blank(si.exitRule())) {
                    out.add(at(i, "exitRule"), name(c, si));
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
                if (p.instruments().get(i).kpis().isEmpty()) {
                    out.add(at(i, "kpis"), name(c, p.instruments().get(i)));
                }
            }
        }));
        r.add(rule("no-kpis", Severity.ERROR, "003", (p, c, out) -> {
            if (p.kpis().isEmpty()) {
                out.add("/kpis");
            }
        }));
        // seeds 000, 002: judge by productivity, value added, exports - not by outputs
        r.add(rule("only-output-kpis", Severity.ERROR, "000", (p, c, out) -> {
            if (p.kpis().isEmpty()) {
                return;
            }
            boolean outcome = p.kpis().stream().map(k -> c.kpi(k.kpi())).flatMap(Optional::stream)
                    .anyMatch(k -> k.kind() == KpiKind.OUTCOME
                            && (k.has(KpiTag.PRODUCTIVITY) || k.has(KpiTag.VALUE_ADDED) || k.has(KpiTag.EXPORT)));
            if (!outcome) {
                out.add("/kpis");
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
                if (financial && si.coFinancing() <= 0) {
                    out.add(at(i, "coFinancingShare"), name(c, si));
                }
            }
        }));
        // seed 002: avoid automatic subsidies with no performance terms
        r.add(rule("automatic-subsidy", Severity.ERROR, "002", (p, c, out) -> {
            if (hasGates(p)) {
                return;
            }
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (si.conditions().isEmpty()) {
                    out.add(at(i, "conditions"), name(c, si));
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
                boolean none = k.targets().stream().noneMatch(t -> t.year() != null && t.value() != null);
                if (none) {
                    out.add(kpiAt(i, "targets"), kpiName(c, k.kpi()));
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
        // seed 001: local content must be measured by value added, not assembly
        r.add(rule("local-content-by-assembly", Severity.ERROR, "001", (p, c, out) -> {
            boolean measuredByValueAdded = p.kpis().stream().map(k -> c.kpi(k.kpi())).flatMap(Optional::stream)
                    .anyMatch(k -> k.has(KpiTag.VALUE_ADDED) && k.kind() == KpiKind.OUTCOME);
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                boolean lc = def(c, si).map(x -> x.has(InstrumentTag.LOCAL_CONTENT)).orElse(false);
                boolean ownVa = si.kpis().stream().map(c::kpi).flatMap(Optional::stream).anyMatch(k -> k.has(KpiTag.VALUE_ADDED));
                if (lc && !(measuredByValueAdded && ownVa)) {
                    out.add(at(i, "kpis"), name(c, si));
                }
            }
        }));
        // seed 001: tech transfer works only with the capacity to learn
        r.add(rule("tech-transfer-without-learning", Severity.ERROR, "001", (p, c, out) -> {
            if (tagged(p, c, InstrumentTag.LEARNING_CAPACITY)) {
                return;
            }
            for (int i = 0; i < p.instruments().size(); i++) {
                if (def(c, p.instruments().get(i)).map(x -> x.has(InstrumentTag.TECH_TRANSFER)).orElse(false)) {
                    out.add(at(i, null), name(c, p.instruments().get(i)));
                }
            }
        }));
        // seed 001: state firms as the main carrier, without competition, stagnate
        r.add(rule("state-vehicle-without-competition", Severity.WARNING, "001", (p, c, out) -> {
            if (tagged(p, c, InstrumentTag.COMPETITION_SAFEGUARD)) {
                return;
            }
            for (int i = 0; i < p.instruments().size(); i++) {
                SelectedInstrument si = p.instruments().get(i);
                if (def(c, si).map(x -> x.has(InstrumentTag.STATE_VEHICLE)).orElse(false)
                        && !mentions(si.conditions(), "compet", "конкур", "бәсеке", "open call", "открыт")) {
                    out.add(at(i, "conditions"), name(c, si));
                }
            }
        }));
        // seed 002: independent review and feedback mechanisms
        r.add(rule("no-independent-review", Severity.ERROR, "002", (p, c, out) -> {
            boolean independent = !blank(p.review().body()) && p.review().independent();
            if (!independent && !tagged(p, c, InstrumentTag.REVIEW_MECHANISM)) {
                out.add("/review");
            }
        }));
        r.add(rule("no-review-frequency", Severity.WARNING, "002", (p, c, out) -> {
            if (!blank(p.review().body()) && blank(p.review().frequency())) {
                out.add("/review/frequency");
            }
        }));
        // seed 002: remove persistent underperformers
        r.add(rule("no-underperformer-exit", Severity.WARNING, "002", (p, c, out) -> {
            boolean exit = tagged(p, c, InstrumentTag.EXIT_MECHANISM) || hasGates(p)
                    || p.instruments().stream().anyMatch(si -> mentions(si.conditions(), "underperform", "terminat", "clawback",
                    "прекращ", "возврат", "тоқтат", "қайтар"));
            if (!p.instruments().isEmpty() && !exit) {
                out.add("/phases");
            }
        }));
        r.add(rule("phase-without-gate", Severity.WARNING, "002", (p, c, out) -> {
            for (int i = 0; i < p.phases().size(); i++) {
                Phase ph = p.phases().get(i);
                if (blank(ph.gate())) {
                    out.add("/phases/" + i + "/gate", ph.name() == null ? String.valueOf(i + 1) : ph.name());
                }
            }
        }));
        // seed 001 + WTO SCM Agreement art. 3 and EAEU rules: prohibited subsidies
        r.add(rule("trade-law-risk", Severity.WARNING, "001", (p, c, out) -> {
            for (int i = 0; i < p.instruments().size(); i++) {
                Optional<Instrument> d = def(c, p.instruments().get(i));
                if (d.isEmpty()) {
                    continue;
                }
                Instrument x = d.get();
                boolean support = x.has(InstrumentTag.SUBSIDY) || x.has(InstrumentTag.TAX_INCENTIVE)
                        || x.category() == InstrumentCategory.FINANCIAL;
                boolean contingent = x.has(InstrumentTag.EXPORT_CONTINGENT) || x.has(InstrumentTag.LOCAL_CONTENT);
                if (contingent && (support || x.has(InstrumentTag.LOCAL_CONTENT))) {
                    out.add(at(i, null), Names.of(x.name()));
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
}
