package org.policylab.configurator.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Risk;
import org.policylab.configurator.catalog.StipTypes;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.Context;
import org.policylab.configurator.passport.IndicatorRef;
import org.policylab.configurator.passport.InstructingDocument;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.ExitTerms;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.RiskItem;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.Selection;
import org.policylab.configurator.passport.SelectionMethod;
import org.policylab.configurator.passport.YearValue;

/**
 * The passport document's content in one language, as a list of blocks (headings, field tables,
 * tables, lists, charts, the results chain) that every document writer renders the same way.
 * All text here is plain: each writer escapes it for its own format.
 */
public record PassportContent(Language language, String title, String documentLabel, List<Field> cover,
                              String generated, String catalogVersion, List<Block> blocks) {

    public PassportContent {
        cover = List.copyOf(cover);
        blocks = List.copyOf(blocks);
    }

    /** One part of the document. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table, Items, Charts, Flow {
    }

    /** A section (level 1), subsection (level 2) or group title (level 3); {@code number} is "5" or "5.2". */
    public record Heading(int level, String id, String number, String text) implements Block {
        public String numbered() {
            return number == null || number.isEmpty() ? text : number + ". " + text;
        }
    }

    public record Paragraph(String text, boolean note) implements Block {
    }

    /** A label and its value, one or more lines. */
    public record Field(String label, List<String> lines) {
        public Field {
            lines = List.copyOf(lines);
        }

        public String value() {
            return String.join("\n", lines);
        }
    }

    /** A two-column table of labels and values, the classic passport layout. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A data table. {@code numeric} marks right-aligned columns; {@code totalRow} makes the last row bold;
     * {@code style} names its look (kpi, funding, plain).
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, List<Boolean> numeric,
                        boolean totalRow, String style) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }
    }

    public record Items(List<String> items, boolean numbered) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Bar charts of KPI trajectories: the baseline and the yearly targets. */
    public record Charts(List<Chart> charts, String legend) implements Block {
        public Charts {
            charts = List.copyOf(charts);
        }
    }

    public record Chart(String title, String unit, List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its year, formatted value, height as a share of the tallest bar (0..1), and whether it is the baseline. */
    public record Bar(String year, String value, double fraction, boolean baseline) {
    }

    /** The results chain: columns from the problem to the outcomes, each with its items. */
    public record Flow(List<FlowColumn> columns) implements Block {
        public Flow {
            columns = List.copyOf(columns);
        }
    }

    public record FlowColumn(String title, List<String> items) {
        public FlowColumn {
            items = List.copyOf(items);
        }
    }

    /** The level-1 and level-2 headings: the table of contents. */
    public List<Heading> headings() {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() <= 2).map(b -> (Heading) b).toList();
    }

    // ------------------------------------------------------------------ building

    public static PassportContent of(PassportDocument doc) {
        return new Builder(doc).build();
    }

    private static final class Builder {
        private final ProgramPassport p;
        private final Catalog catalog;
        private final Language lang;
        private final DocumentText t;
        private final ProgramMetrics m;
        private final PassportDocument doc;
        private final List<Block> blocks = new ArrayList<>();
        private final DocumentStructure.Structure structure;
        private final Map<String, Runnable> parts;
        private final boolean typed;
        private String title;
        private int section;
        private int sub;
        private int appendix;
        private boolean inAppendix;
        private DocumentStructure.Section current;

        Builder(PassportDocument doc) {
            this.doc = doc;
            this.p = doc.passport();
            this.catalog = doc.catalog();
            this.lang = doc.language();
            this.t = DocumentText.of(lang);
            this.m = doc.metrics() != null ? doc.metrics() : ProgramMetrics.of(p, catalog);
            this.structure = DocumentStructure.of(p.documentType());
            this.typed = p.documentType() != null;
            this.parts = parts();
        }

        /**
         * The content parts by id, each rendering under the heading {@link DocumentStructure} gives it for the
         * document type. A new part (e.g. a financing table) is registered here and named in the structures.
         */
        private Map<String, Runnable> parts() {
            Map<String, Runnable> r = new LinkedHashMap<>();
            r.put(DocumentStructure.SUMMARY, () -> summary(title));
            r.put(DocumentStructure.PASSPORT, () -> passport(title));
            r.put(DocumentStructure.INTRODUCTION, this::introduction);
            r.put(DocumentStructure.DIAGNOSIS, this::diagnosis);
            r.put(DocumentStructure.CONTEXT, this::context);
            r.put(DocumentStructure.INTERNATIONAL, this::international);
            r.put(DocumentStructure.GOALS, this::goals);
            r.put(DocumentStructure.VISION, this::vision);
            r.put(DocumentStructure.INSTRUMENTS, this::instruments);
            r.put(DocumentStructure.INDICATORS, this::indicators);
            r.put(DocumentStructure.FUNDING, this::funding);
            r.put(DocumentStructure.PHASES, this::phases);
            r.put(DocumentStructure.METRICS, this::metrics);
            r.put(DocumentStructure.CHAIN, this::chain);
            r.put(DocumentStructure.RISKS, this::risks);
            r.put(DocumentStructure.FINDINGS, this::findings);
            r.put(DocumentStructure.MONITORING, this::monitoring);
            r.put(DocumentStructure.EVALUATION, this::evaluation);
            r.put(DocumentStructure.ACTIONS, this::actions);
            return r;
        }

        PassportContent build() {
            title = orElse(clean(p.title()), t.get("doc.untitled"));
            LocalDate date = doc.generated() == null ? LocalDate.now() : doc.generated();
            String generated = documentDate(date);
            String catalogVersion = orElse(clean(p.catalogVersion()), catalog.version());

            List<Field> cover = new ArrayList<>();
            if (typed) {
                cover.add(new Field(t.get("f.documentType"), List.of(t.name(p.documentType()))));
                addField(cover, "f.developer", developer());
            } else {
                addField(cover, "f.responsibleBody", clean(p.responsibleBody()));
            }
            addField(cover, "f.period", period());
            cover.add(new Field(t.get("doc.catalogVersion"), List.of(catalogVersion)));
            cover.add(new Field(t.get("doc.generated"), List.of(generated)));

            for (DocumentStructure.Section sec : structure.sections()) {
                current = sec;
                if (sec.appendix()) {
                    appendixHeading(sec.headingKey());
                } else {
                    heading(sec.headingKey());
                }
                for (String part : sec.parts()) {
                    Runnable r = parts.get(part);
                    if (r == null) {
                        throw new IllegalStateException("no content part '" + part + "' for section " + sec.id());
                    }
                    r.run();
                }
            }
            blocks.add(new Paragraph(sentence(t.get("doc.footer")) + " " + t.get("doc.catalogVersion") + ": "
                    + sentence(catalogVersion) + " " + t.get("doc.generated") + ": " + sentence(generated), true));
            return new PassportContent(lang, title, documentLabel(), cover, generated, catalogVersion, blocks);
        }

        /**
         * The date as an official document writes it: «30 ноября 2026 г.», "November 30, 2026"; in Kazakh
         * «2026 жылғы 30 қараша» (the locale's «2026 ж. 30 қараша» is the abbreviated, informal form).
         */
        private String documentDate(LocalDate date) {
            if (lang == Language.KK) {
                return DateTimeFormatter.ofPattern("yyyy 'жылғы' d MMMM", t.locale()).format(date);
            }
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()).format(date);
        }

        // ---- sections

        /** "Passport of the national project", "Passport of the Concept", …: the cover follows the document type. */
        private String documentLabel() {
            return typed ? t.get("doc.passport." + p.documentType().id()) : t.get("doc.passport");
        }

        /** "Name of the national project", "Name of the Concept", …: the title row follows the document type. */
        private String titleLabel() {
            return typed ? t.get("f.title." + p.documentType().id()) : t.get("f.title");
        }

        private void summary(String title) {
            List<Field> f = new ArrayList<>();
            f.add(new Field(titleLabel(), List.of(title)));
            addField(f, "f.legalGrounds", clean(p.legalGrounds()));
            if (p.instruction() != null) {
                addField(f, "f.basis", instruction());
            }
            if (clean(p.developer()) != null) {
                addField(f, "f.developer", clean(p.developer()));
            }
            addField(f, "f.responsibleBody", clean(p.responsibleBody()));
            if (!cleanAll(p.responsibleExecutors()).isEmpty()) {
                addField(f, "f.responsibleExecutors", cleanAll(p.responsibleExecutors()));
            }
            addField(f, "f.coExecutors", cleanAll(p.coExecutors()));
            addField(f, "f.nationalPriority", clean(p.nationalPriority()));
            addField(f, "f.goal", goalText());
            addField(f, "f.tasks", numbered(cleanAll(p.tasks())));
            addField(f, "f.period", period());
            fundingAndResults(f);
            blocks.add(new Fields(f));
        }

        /**
         * The passport table of a document of the state planning system: its type, the instructing document as the
         * basis with the statutes apart, the developer, the responsible executors and the co-executors as separate
         * rows, then the goal, tasks, period, money, expected results and the indicators served.
         */
        private void passport(String title) {
            List<Field> f = new ArrayList<>();
            f.add(new Field(titleLabel(), List.of(title)));
            f.add(new Field(t.get("f.documentType"), List.of(t.name(p.documentType()))));
            addField(f, "f.basis", instruction());
            addField(f, "f.statutes", clean(p.legalGrounds()));
            addField(f, "f.developer", developer());
            addField(f, "f.responsibleExecutors", responsibleExecutors());
            addField(f, "f.coExecutors", cleanAll(p.coExecutors()));
            addField(f, "f.nationalPriority", clean(p.nationalPriority()));
            addField(f, "f.goal", goalText());
            addField(f, "f.tasks", numbered(cleanAll(p.tasks())));
            addField(f, "f.period", period());
            fundingAndResults(f);
            List<String> served = new ArrayList<>();
            for (KpiTarget k : p.kpis()) {
                String s = servesText(k.serves());
                if (s != null) {
                    served.add(kpiName(k.kpi()) + " → " + s);
                }
            }
            addField(f, "f.cascade", served);
            blocks.add(new Fields(f));
        }

        /** The introduction of a program: why it is drafted (the instruction, the statutes) and the problem it answers. */
        private void introduction() {
            List<Field> f = new ArrayList<>();
            addField(f, "f.basis", instruction());
            addField(f, "f.statutes", clean(p.legalGrounds()));
            addField(f, "f.nationalPriority", clean(p.nationalPriority()));
            // the statement of the problem is not repeated here: the analysis of the current situation that follows
            // prints it (the same paragraph twice on facing pages is sent back by a reviewer)
            blocks.add(new Fields(f));
        }

        /** The review of international experience the developer wrote; a note asking for it when there is none. */
        private void international() {
            String text = clean(p.internationalExperience());
            boolean ownSection = current != null && current.parts().size() == 1;
            if (!ownSection) {
                // part of the analysis in the other types: shown only when the developer wrote it
                if (text != null) {
                    partTitle("sec.international");
                    blocks.add(new Paragraph(text, false));
                }
                return;
            }
            blocks.add(text == null ? new Paragraph(t.get("international.none"), true) : new Paragraph(text, false));
        }

        /** The vision: the goal, the targeted change, the strategic goal, the national priority and the tasks. */
        private void vision() {
            List<Field> f = new ArrayList<>();
            addField(f, "f.goal", goalText());
            // the goal is the targeted change when one is given: the same sentence is not printed twice
            String change = clean(p.diagnosis().targetChange());
            if (change != null && !change.equals(goalText())) {
                addField(f, "f.targetChange", change);
            }
            addField(f, "f.strategicGoal", t.name(p.context().goal()));
            addField(f, "f.nationalPriority", clean(p.nationalPriority()));
            addField(f, "f.tasks", numbered(cleanAll(p.tasks())));
            blocks.add(new Fields(f));
        }

        private void fundingAndResults(List<Field> f) {
            List<String> money = new ArrayList<>();
            Financing fin = Financing.of(p, catalog);
            BigDecimal quasi = fin.totalOf(FundingSource.QUASI_PUBLIC);
            BigDecimal other = fin.totalOf(FundingSource.OTHER);
            if (m.publicTotal().signum() != 0 || m.privateTotal().signum() != 0 || quasi.signum() != 0) {
                money.add(t.get("f.publicTotal") + ": " + t.money(m.publicTotal(), currency()));
                // quasi-public sector funds are not budget money: a line of their own, never in the budget total
                if (quasi.signum() != 0) {
                    money.add(t.get("f.quasiPublicTotal") + ": " + t.money(quasi, currency()));
                }
                money.add(t.get("f.privateTotal") + ": " + t.money(m.privateTotal(), currency()));
                if (other.signum() != 0) {
                    money.add(t.get("fin.source.other") + ": " + t.money(other, currency()));
                }
                if (fin.hasLines()) {
                    money.add(t.get("fin.row.total") + ": " + t.money(fin.total(), currency()));
                }
            }
            if (m.taxExpenditures() != null && m.taxExpenditures().signum() != 0) {
                money.add(t.get("fin.taxTotal") + ": " + t.money(m.taxExpenditures(), currency()));
            }
            addField(f, "f.funding", money);
            List<String> results = new ArrayList<>();
            for (KpiTarget k : p.kpis()) {
                Optional<YearValue> last = lastTarget(k);
                Optional<Kpi> def = catalog.kpi(k.kpi());
                boolean outcome = def.map(Kpi::isOutcome).orElse(false);
                if (last.isPresent() && (outcome || p.kpis().size() <= 6)) {
                    results.add(kpiName(k.kpi()) + ": " + t.quantity(t.number(last.get().value()), unit(k.kpi()))
                            + " (" + last.get().year() + ")");
                }
            }
            addField(f, "f.expectedResults", results);
        }

        private void diagnosis() {
            Diagnosis d = p.diagnosis();
            List<Field> f = new ArrayList<>();
            addField(f, "f.problem", d.problem() == null ? null
                    : catalog.problem(d.problem()).map(x -> x.name().in(lang)).orElse(clean(d.problem())));
            addField(f, "f.statement", clean(d.statement()));
            addField(f, "f.evidence", clean(d.evidence()));
            // the targeted change is the goal, printed under the goals; here only when it is not (no change given)
            if (clean(d.targetChange()) == null || !clean(d.targetChange()).equals(goalText())) {
                addField(f, "f.targetChange", clean(d.targetChange()));
            }
            addField(f, "f.successMeasure", clean(d.successMeasure()));
            addField(f, "f.readiness", clean(d.readiness()));
            blocks.add(new Fields(f));
        }

        private void context() {
            partTitle("sec.context");
            Context c = p.context();
            Optional<Region> region = catalog.region(c.region());
            Level infra = c.infrastructure() != null ? c.infrastructure() : region.map(Region::infrastructure).orElse(null);
            Level talent = c.talent() != null ? c.talent() : region.map(Region::talent).orElse(null);
            List<Field> f = new ArrayList<>();
            addField(f, "f.sector", c.sector() == null ? null
                    : catalog.sector(c.sector()).map(s -> s.name().in(lang)).orElse(clean(c.sector())));
            addField(f, "f.stage", t.name(c.stage()));
            addField(f, "f.region", c.region() == null ? null : region.map(r -> r.name().in(lang)).orElse(clean(c.region())));
            addField(f, "f.infrastructure", t.name(infra));
            addField(f, "f.talent", t.name(talent));
            addField(f, "f.strategicGoal", t.name(c.goal()));
            addField(f, "f.segments", c.segments().stream().map(t::name).toList());
            blocks.add(new Fields(f));
        }

        private void goals() {
            List<Field> f = new ArrayList<>();
            addField(f, "f.goal", goalText());
            addField(f, "f.strategicGoal", t.name(p.context().goal()));
            addField(f, "f.nationalPriority", clean(p.nationalPriority()));
            blocks.add(new Fields(f));
            subheading(3, "f.tasks");
            List<String> tasks = cleanAll(p.tasks());
            if (tasks.isEmpty()) {
                blocks.add(new Paragraph(t.get("tasks.none"), true));
            } else {
                blocks.add(new Items(tasks, true));
            }
        }

        private void instruments() {
            if (p.instruments().isEmpty()) {
                blocks.add(new Paragraph(t.get("instruments.none"), true));
                return;
            }
            for (SelectedInstrument si : p.instruments()) {
                Optional<Instrument> def = catalog.instrument(si.instrument());
                sub++;
                blocks.add(new Heading(2, "s" + section + "-" + sub, section + "." + sub, instrumentName(si.instrument())));
                List<Field> f = new ArrayList<>();
                addField(f, "f.category", def.map(i -> t.name(i.category())).orElse(null));
                addField(f, "f.stipType", def.map(i -> StipTypes.name(i.stipType(), t.messages())).orElse(null));
                addField(f, "f.description", def.map(i -> text(i.description())).orElse(null));
                addField(f, "f.segments", si.segments().stream().map(t::name).toList());
                if (si.budget() != null) {
                    // a tax break's amount is foregone revenue: it is never labelled budget money
                    boolean tax = Financing.isTaxInstrument(catalog, si.instrument());
                    addField(f, tax ? "f.taxExpenditureAmount" : "f.budget",
                            t.money(si.budget().amount(), si.budget().currency()));
                    if (si.coFinancingShare() != null) {
                        addField(f, "f.coFinancing", t.percent(si.coFinancing()));
                        addField(f, "f.privateFunds", t.money(privateFor(si.budget().amount(), si.coFinancing()),
                                si.budget().currency()));
                    }
                } else if (si.coFinancingShare() != null) {
                    addField(f, "f.coFinancing", t.percent(si.coFinancing()));
                }
                addField(f, "f.period", years(si.startYear(), si.endYear()));
                addField(f, "f.exitRule", clean(si.exitRule()));
                terms(f, si);
                addField(f, "f.conditions", cleanAll(si.conditions()));
                addField(f, "f.gates", def.map(i -> i.design().gates().stream().map(this::text)
                        .filter(s -> !s.isBlank()).toList()).orElse(List.of()));
                if (!si.gates().isEmpty()) {
                    addField(f, "f.instrumentGates", si.gates().stream().map(this::gate).toList());
                }
                addField(f, "f.linkedKpis", si.kpis().stream().map(this::kpiName).toList());
                boolean regulatory = def.map(i -> i.category() == InstrumentCategory.REGULATORY).orElse(false);
                if (regulatory || si.regulatoryImpactAnalysis() != null) {
                    addField(f, "f.ria", si.regulatoryImpactAnalysis() == null ? null
                            : t.get(si.regulatoryImpactAnalysis() ? "ria.done" : "ria.notDone"));
                }
                blocks.add(new Fields(f));
            }
        }

        /**
         * The structured terms of passport v2: the exit and the selection always (a gap shows as "not specified");
         * the rest only when the planner set it, so a plain instrument's page stays short.
         */
        private void terms(List<Field> f, SelectedInstrument si) {
            ExitTerms exit = si.exitTerms();
            Selection sel = si.selectionTerms();
            addField(f, "f.sunsetYear", exit.sunsetYear() == null ? null : String.valueOf(exit.sunsetYear()));
            addField(f, "f.exitTrigger", t.name(exit.trigger()));
            addField(f, "f.extension", t.name(exit.extension()));
            addField(f, "f.clawback", clean(exit.clawback()));
            addField(f, "f.selectionMethod", t.name(sel.method()));
            if (clean(sel.justification()) != null || sel.method() == SelectionMethod.DIRECT_APPOINTMENT) {
                addField(f, "f.justification", clean(sel.justification()));
            }
            if (sel.largestRecipientShare() != null) {
                addField(f, "f.largestRecipientShare", t.percent(sel.largestRecipientShare()));
            }
            if (sel.stateOwnedRecipient() != null) {
                addField(f, "f.stateOwnedRecipient", t.get(sel.stateOwnedRecipient() ? "doc.yes" : "doc.no"));
            }
            if (si.localContentMeasure() != null) {
                addField(f, "f.localContentMeasure", t.name(si.localContentMeasure()));
            }
            if (!si.contingentOn().isEmpty()) {
                addField(f, "f.contingentOn", si.contingentOn().stream().map(t::name).toList());
            }
        }

        /** "2028: AI graduates hired ≥ 180 persons, else stop support" (≤ for a KPI meant to fall). */
        private String gate(InstrumentGate g) {
            String year = g.year() == null ? "—" : String.valueOf(g.year());
            String kpi = g.kpi() == null || g.kpi().isBlank() ? "—" : kpiName(g.kpi());
            boolean falls = g.kpi() != null && catalog.kpi(g.kpi()).map(k -> k.direction() == Direction.DECREASE).orElse(false);
            String threshold = g.threshold() == null ? "—"
                    : t.quantity(t.number(g.threshold()), g.kpi() == null ? "" : unit(g.kpi()));
            return g.onFail() == null
                    ? t.get("gate.lineNoAction", year, kpi, falls ? "≤" : "≥", threshold)
                    : t.get("gate.line", year, kpi, falls ? "≤" : "≥", threshold, t.name(g.onFail()));
        }

        private void indicators() {
            if (p.kpis().isEmpty()) {
                blocks.add(new Paragraph(t.get("kpis.none"), true));
                return;
            }
            Set<Integer> yearSet = new TreeSet<>();
            for (KpiTarget k : p.kpis()) {
                k.targets().stream().filter(v -> v.year() != null).forEach(v -> yearSet.add(v.year()));
            }
            List<Integer> years = List.copyOf(yearSet);

            subheading(2, "sub.kpiValues");
            List<String> headers = new ArrayList<>(List.of(t.get("col.no"), t.get("col.indicator"), t.get("col.unit"),
                    t.get("col.baseline")));
            years.forEach(y -> headers.add(String.valueOf(y)));
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (KpiTarget k : p.kpis()) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(++n));
                row.add(kpiName(k.kpi()));
                row.add(unit(k.kpi()));
                row.add(k.hasBaseline()
                        ? t.get("kpi.baselineIn", t.number(k.baseline().value()), String.valueOf(k.baseline().year()))
                        : "—");
                Map<Integer, Double> byYear = new LinkedHashMap<>();
                k.targets().stream().filter(v -> v.year() != null && v.value() != null)
                        .forEach(v -> byYear.put(v.year(), v.value()));
                for (Integer y : years) {
                    Double v = byYear.get(y);
                    row.add(v == null ? "—" : t.number(v));
                }
                rows.add(row);
            }
            List<Boolean> numeric = new ArrayList<>(List.of(false, false, false, true));
            years.forEach(y -> numeric.add(true));
            blocks.add(new Table(null, headers, rows, numeric, false, "kpi"));

            subheading(2, "sub.kpiDetails");
            List<List<String>> details = new ArrayList<>();
            n = 0;
            for (KpiTarget k : p.kpis()) {
                Optional<Kpi> def = catalog.kpi(k.kpi());
                String source = clean(k.source());
                if (source == null) {
                    source = def.map(d -> text(d.dataSource())).filter(s -> !s.isBlank()).orElse("—");
                }
                details.add(List.of(String.valueOf(++n), kpiName(k.kpi()),
                        def.map(d -> t.name(d.kind())).orElse("—"), source,
                        orElse(t.frequency(clean(k.frequency())), "—"), orElse(clean(k.owner()), "—")));
            }
            blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.indicator"), t.get("col.kind"),
                    t.get("col.source"), t.get("col.frequency"), t.get("col.owner")), details,
                    List.of(false, false, false, false, false, false), false, "details"));

            boolean anyServes = p.kpis().stream().anyMatch(k -> servesText(k.serves()) != null);
            if (typed || anyServes) {
                // print only what is known: the indicators with a higher-level link in a table, the others named once
                subheading(2, "sub.cascade");
                List<List<String>> cascade = new ArrayList<>();
                List<String> unlinked = new ArrayList<>();
                n = 0;
                for (KpiTarget k : p.kpis()) {
                    String served = servesText(k.serves());
                    if (served == null) {
                        unlinked.add(kpiName(k.kpi()));
                        continue;
                    }
                    cascade.add(List.of(String.valueOf(++n), kpiName(k.kpi()), served));
                }
                if (!cascade.isEmpty()) {
                    blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.indicator"),
                            t.get("col.higherIndicator")), cascade, List.of(false, false, false), false, "plain"));
                }
                if (!unlinked.isEmpty()) {
                    blocks.add(new Paragraph(t.get("cascade.unlinked", String.join("; ", unlinked)), true));
                }
            }

            List<Chart> charts = new ArrayList<>();
            for (KpiTarget k : p.kpis()) {
                List<YearValue> points = new ArrayList<>();
                if (k.hasBaseline()) {
                    points.add(k.baseline());
                }
                k.targets().stream().filter(v -> v.year() != null && v.value() != null)
                        .sorted(Comparator.comparing(YearValue::year)).forEach(points::add);
                if (points.isEmpty()) {
                    continue;
                }
                double max = points.stream().mapToDouble(v -> Math.abs(v.value())).max().orElse(0);
                List<Bar> bars = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    YearValue v = points.get(i);
                    boolean baseline = i == 0 && k.hasBaseline();
                    bars.add(new Bar(String.valueOf(v.year()), t.number(v.value()),
                            max == 0 ? 0 : Math.abs(v.value()) / max, baseline));
                }
                charts.add(new Chart(kpiName(k.kpi()), unit(k.kpi()), bars));
            }
            if (!charts.isEmpty()) {
                subheading(2, "sub.kpiCharts");
                blocks.add(new Charts(charts, t.get("chart.legend")));
            }
        }

        private void funding() {
            partTitle("sec.funding");
            FinancingSection.add(blocks, doc, t, key -> subheading(2, key));
        }

        private void actions() {
            // an appendix whose heading is the action plan ("Appendix 1. Action plan for the implementation of …")
            // opens with it: a second title "Action plan" would repeat the heading
            if (current == null || !current.appendix() || !current.parts().get(0).equals(DocumentStructure.ACTIONS)) {
                partTitle("sec.actions");
            }
            ActionPlanSection.add(blocks, doc, t);
        }

        private void phases() {
            partTitle("sec.phases");
            if (p.phases().isEmpty()) {
                blocks.add(new Paragraph(t.get("phases.none"), true));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Phase ph : p.phases()) {
                rows.add(List.of(String.valueOf(++n), orElse(clean(ph.name()), "—"),
                        orElse(years(ph.startYear(), ph.endYear()), "—"), orElse(clean(ph.gate()), "—")));
            }
            blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.phase"), t.get("col.period"),
                    t.get("col.gate")), rows, List.of(false, false, true, false), false, "plain"));
        }

        private void metrics() {
            partTitle("sec.metrics");
            List<Field> f = new ArrayList<>();
            if (m.publicTotal().signum() != 0) {
                addField(f, "f.publicTotal", t.money(m.publicTotal(), currency()));
                addField(f, "f.privateTotal", t.money(m.privateTotal(), currency()));
                f.add(new Field(t.get("metric.privatePerTenge"), List.of(t.number(m.privatePerTenge(), 2))));
            }
            for (ProgramMetrics.CostPerOutcome c : m.costPerOutcome()) {
                String unit = unit(c.kpi());
                String cost = t.money(c.cost(), currency());
                f.add(new Field(t.get("metric.costPerOutcome", kpiName(c.kpi())), List.of(
                        unit.isEmpty() ? cost : t.get("metric.costPerUnit", cost, unit),
                        t.get("fin.linkedInstruments", String.join("; ", c.instruments().stream().map(this::instrumentName).toList())))));
            }
            if (m.paybackYears() != null) {
                f.add(new Field(t.get("metric.payback"), List.of(t.number(m.paybackYears()))));
            }
            if (m.publicTotal().signum() == 0 && m.taxExpenditures().signum() != 0) {
                // support by tax preferences alone: its cost is revenue forgone, not "nothing to compute yet"
                addField(f, "fin.taxTotal", t.money(m.taxExpenditures(), currency()));
            }
            if (f.isEmpty()) {
                blocks.add(new Paragraph(t.get("metric.none"), true));
            } else {
                blocks.add(new Fields(f));
            }
        }

        private void chain() {
            partTitle("sec.chain");
            blocks.add(new Paragraph(t.get("chain.intro"), false));
            Diagnosis d = p.diagnosis();
            List<String> problem = new ArrayList<>();
            if (d.problem() != null) {
                problem.add(catalog.problem(d.problem()).map(x -> x.name().in(lang)).orElse(clean(d.problem())));
            } else if (clean(d.statement()) != null) {
                problem.add(clean(d.statement()));
            }
            List<String> instruments = p.instruments().stream().map(si -> instrumentName(si.instrument())).toList();
            Set<String> kpiIds = new LinkedHashSet<>();
            p.instruments().forEach(si -> kpiIds.addAll(si.kpis()));
            p.kpis().forEach(k -> kpiIds.add(k.kpi()));
            // the instruments' own output indicators in the catalog count as their outputs too
            for (SelectedInstrument si : p.instruments()) {
                catalog.instrument(si.instrument()).ifPresent(i -> i.kpis().stream()
                        .filter(id -> catalog.kpi(id).map(k -> k.kind() == KpiKind.OUTPUT).orElse(false))
                        .forEach(kpiIds::add));
            }
            List<String> outputs = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            for (String id : kpiIds) {
                Optional<Kpi> def = catalog.kpi(id);
                if (def.map(k -> k.kind() == KpiKind.OUTCOME).orElse(false)) {
                    outcomes.add(kpiName(id));
                } else {
                    outputs.add(kpiName(id));
                }
            }
            if (outputs.isEmpty()) {
                // no output indicator: the action plan's forms of completion are what the measures deliver
                p.actions().stream().map(a -> clean(a.completionForm())).filter(x -> x != null).distinct()
                        .forEach(outputs::add);
            }
            String none = "—";
            blocks.add(new Flow(List.of(
                    new FlowColumn(t.get("chain.problem"), problem.isEmpty() ? List.of(none) : problem),
                    new FlowColumn(t.get("chain.instruments"), instruments.isEmpty() ? List.of(none) : instruments),
                    new FlowColumn(t.get("chain.outputs"), outputs.isEmpty() ? List.of(none) : outputs),
                    new FlowColumn(t.get("chain.outcomes"), outcomes.isEmpty() ? List.of(t.get("chain.noOutcomes")) : outcomes))));
        }

        private void risks() {
            subheading(2, "sub.riskMitigation");
            List<List<String>> planned = new ArrayList<>();
            int k = 0;
            for (RiskItem r : p.risks()) {
                if (clean(r.risk()) == null && clean(r.mitigation()) == null) {
                    continue;
                }
                planned.add(List.of(String.valueOf(++k), orElse(clean(r.risk()), "—"), orElse(clean(r.mitigation()), "—")));
            }
            if (planned.isEmpty()) {
                blocks.add(new Paragraph(t.get("risks.noMitigation"), true));
            } else {
                blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.risk"), t.get("col.mitigation")), planned,
                        List.of(false, false, false), false, "plain"));
            }
            subheading(2, "sub.risks");
            Map<Risk, List<String>> byRisk = new LinkedHashMap<>();
            for (SelectedInstrument si : p.instruments()) {
                catalog.instrument(si.instrument()).ifPresent(i -> i.risks().forEach(r ->
                        byRisk.computeIfAbsent(r, x -> new ArrayList<>()).add(instrumentName(si.instrument()))));
            }
            if (byRisk.isEmpty()) {
                blocks.add(new Paragraph(t.get("risks.none"), true));
            } else {
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (Map.Entry<Risk, List<String>> e : byRisk.entrySet()) {
                    rows.add(List.of(String.valueOf(++n), t.name(e.getKey()), String.join("; ", e.getValue())));
                }
                blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.risk"), t.get("col.instruments")), rows,
                        List.of(false, false, false), false, "plain"));
            }
        }

        private void findings() {
            subheading(2, "sub.findings");
            List<Finding> findings = doc.findings();
            if (findings.isEmpty()) {
                blocks.add(new Paragraph(t.get("findings.none"), true));
                return;
            }
            var msgs = t.messages();
            for (Severity s : Severity.values()) {
                List<Finding> of = findings.stream().filter(f -> f.severity() == s).toList();
                if (of.isEmpty()) {
                    continue;
                }
                blocks.add(new Heading(3, null, "", t.name(s) + " (" + of.size() + ")"));
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (Finding f : of) {
                    rows.add(List.of(String.valueOf(++n), clean(f.message(msgs)), orElse(clean(f.fix(msgs)), "—")));
                }
                blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.finding"), t.get("col.fix")), rows,
                        List.of(false, false, false), false, "findings-" + s.id()));
            }
        }

        private void monitoring() {
            Review r = p.review();
            List<Field> f = new ArrayList<>();
            addField(f, "f.reviewBody", clean(r.body()));
            addField(f, "f.reviewFrequency", t.frequency(clean(r.frequency())));
            addField(f, "f.reviewType", t.name(r.type()));
            f.add(new Field(t.get("f.independence"), List.of(t.get(r.independent() ? "f.independent" : "f.notIndependent"))));
            blocks.add(new Fields(f));
            if (!p.kpis().isEmpty()) {
                subheading(2, "sub.reporting");
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (KpiTarget k : p.kpis()) {
                    rows.add(List.of(String.valueOf(++n), kpiName(k.kpi()),
                            orElse(t.frequency(clean(k.frequency())), "—"), orElse(clean(k.owner()), "—")));
                }
                blocks.add(new Table(null, List.of(t.get("col.no"), t.get("col.indicator"), t.get("col.frequency"),
                        t.get("col.owner")), rows, List.of(false, false, false, false), false, "plain"));
            }
        }

        /** The ex-post evaluation method: a subsection of its own; in the generic passport only when set. */
        private void evaluation() {
            String method = clean(p.evaluationMethod());
            if (!typed && method == null) {
                return;
            }
            subheading(2, "sub.evaluation");
            blocks.add(method == null ? new Paragraph(t.get("evaluation.none"), true) : new Paragraph(method, false));
        }

        /**
         * The action plan as the passport carries it: measure, form of completion, deadline, executors. (The
         * financing columns and the editing belong to the action-plan work; its part can replace this one.)
         */


        // ---- helpers

        private String developer() {
            return clean(p.developer());
        }

        /** The responsible executors; a passport of the first release names only its responsible body. */
        private List<String> responsibleExecutors() {
            List<String> r = cleanAll(p.responsibleExecutors());
            if (r.isEmpty() && clean(p.responsibleBody()) != null) {
                return List.of(clean(p.responsibleBody()));
            }
            return r;
        }

        /** The instructing document: "issued by, «title», No. N of date" (each part only when given). */
        private String instruction() {
            InstructingDocument i = p.instruction();
            if (i == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            if (clean(i.issuedBy()) != null) {
                out.add(clean(i.issuedBy()));
            }
            if (clean(i.title()) != null) {
                out.add(t.get("instr.title", clean(i.title())));
            }
            String no = clean(i.number());
            String date = clean(i.date());
            if (no != null && date != null) {
                out.add(t.get("instr.numberDate", no, date));
            } else if (no != null) {
                out.add(t.get("instr.number", no));
            } else if (date != null) {
                out.add(t.get("instr.date", date));
            }
            return out.isEmpty() ? null : String.join(", ", out);
        }

        /**
         * "document — indicator (code)" with only the parts that are known (no dash stands for a missing part); the
         * indicator named as the catalog names it when the code is a catalog KPI; null when nothing is known.
         */
        private String servesText(IndicatorRef r) {
            if (r == null) {
                return null;
            }
            String id = clean(r.id());
            String indicator = clean(r.indicator());
            if (indicator == null && id != null) {
                indicator = catalog.kpi(id).map(k -> text(k.name())).filter(x -> !x.isBlank()).orElse(null);
            }
            String document = clean(r.document());
            // the catalog's own id (a Latin slug such as "manufacturing-value-added") is no official code: the
            // indicator's name stands alone; a code the planner typed is printed beside the name
            String code = id != null && catalog.kpi(id).isPresent() ? null : id;
            String named = indicator == null ? id : code == null ? indicator : t.get("cascade.indicatorCode", indicator, code);
            if (document == null) {
                return named;
            }
            return named == null ? document : document + " — " + named;
        }

        /** A part's own title (level 3) when it shares its section with other parts. */
        private void partTitle(String key) {
            if (current != null && current.parts().size() > 1) {
                blocks.add(new Heading(3, null, "", t.get(key)));
            }
        }

        private void appendixHeading(String key) {
            appendix++;
            inAppendix = true;
            sub = 0;
            blocks.add(new Heading(1, "a" + appendix, t.get("st.appendix", appendix), t.get(key)));
        }

        private void heading(String key) {
            section++;
            sub = 0;
            blocks.add(new Heading(1, "s" + section, String.valueOf(section), t.get(key)));
        }

        /**
         * A subsection: numbered after its section ("5.2"); in an appendix unnumbered (an appendix is no section,
         * so its parts never borrow the number of the last section), still listed in the contents.
         */
        private void subheading(int level, String key) {
            if (level == 2 && !inAppendix) {
                sub++;
                blocks.add(new Heading(2, "s" + section + "-" + sub, section + "." + sub, t.get(key)));
            } else if (level == 2) {
                sub++;
                blocks.add(new Heading(2, "a" + appendix + "-" + sub, "", t.get(key)));
            } else {
                blocks.add(new Heading(3, null, "", t.get(key)));
            }
        }

        private void addField(List<Field> fields, String key, String value) {
            fields.add(new Field(t.get(key), List.of(value == null || value.isBlank() ? t.get("doc.notSet") : value)));
        }

        private void addField(List<Field> fields, String key, List<String> values) {
            List<String> v = values.stream().filter(s -> s != null && !s.isBlank()).toList();
            fields.add(new Field(t.get(key), v.isEmpty() ? List.of(t.get("doc.notSet")) : v));
        }

        private String goalText() {
            String change = clean(p.diagnosis().targetChange());
            return change != null ? change : t.name(p.context().goal());
        }

        private String period() {
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (SelectedInstrument si : p.instruments()) {
                if (si.startYear() != null) {
                    starts.add(si.startYear());
                }
                if (si.endYear() != null) {
                    ends.add(si.endYear());
                }
            }
            for (Phase ph : p.phases()) {
                if (ph.startYear() != null) {
                    starts.add(ph.startYear());
                }
                if (ph.endYear() != null) {
                    ends.add(ph.endYear());
                }
            }
            Integer from = starts.stream().min(Integer::compare).orElse(null);
            Integer to = ends.stream().max(Integer::compare).orElse(null);
            return years(from, to);
        }

        private String years(Integer from, Integer to) {
            if (from == null && to == null) {
                return null;
            }
            if (from == null || to == null || from.equals(to)) {
                return String.valueOf(from != null ? from : to);
            }
            return from + "–" + to;
        }

        private String currency() {
            return p.instruments().stream().filter(si -> si.budget() != null).map(si -> si.budget().currency())
                    .findFirst().orElse("KZT");
        }

        private String instrumentName(String id) {
            return catalog.instrument(id).map(i -> text(i.name())).filter(s -> !s.isBlank()).orElse(orElse(clean(id), "—"));
        }

        private String kpiName(String id) {
            return catalog.kpi(id).map(k -> text(k.name())).filter(s -> !s.isBlank()).orElse(orElse(clean(id), "—"));
        }

        private String unit(String kpiId) {
            return catalog.kpi(kpiId).map(k -> text(k.unit())).orElse("");
        }

        private String text(LocalizedText lt) {
            return lt == null ? "" : orElse(clean(lt.in(lang)), "");
        }

        private Optional<YearValue> lastTarget(KpiTarget k) {
            return k.targets().stream().filter(v -> v.year() != null && v.value() != null)
                    .max(Comparator.comparing(YearValue::year));
        }

        private static List<String> numbered(List<String> items) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add((i + 1) + ") " + items.get(i));
            }
            return out;
        }
    }

    static BigDecimal privateFor(BigDecimal publicAmount, double share) {
        if (publicAmount == null || share <= 0 || share >= 1) {
            return BigDecimal.ZERO;
        }
        return publicAmount.multiply(BigDecimal.valueOf(share)).divide(BigDecimal.valueOf(1 - share), 2, RoundingMode.HALF_UP);
    }

    /** User text made safe for every format: no control characters (XML forbids them), trimmed; null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                b.append(cp == '\t' ? ' ' : '\n');
            } else if (cp == '\r') {
                // dropped: \r\n becomes \n
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE
                    || cp == 0xFFFE || cp == 0xFFFF) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String r = b.toString().strip();
        return r.isEmpty() ? null : r;
    }

    static List<String> cleanAll(List<String> list) {
        return list == null ? List.of() : list.stream().map(PassportContent::clean).filter(s -> s != null).collect(Collectors.toList());
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
