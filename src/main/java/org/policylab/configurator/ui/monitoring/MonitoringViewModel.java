package org.policylab.configurator.ui.monitoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.export.DiffReport;
import org.policylab.configurator.export.MonitoringReport;
import org.policylab.configurator.export.WriteAhead;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.i18n.NumberInput;
import org.policylab.configurator.monitoring.ActualsImport;
import org.policylab.configurator.monitoring.ExitEvaluation;
import org.policylab.configurator.monitoring.MonitoringChecks;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.monitoring.Revisions;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.BudgetExecution;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.GateDecision;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;
import org.policylab.configurator.store.RevisionStore;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.wizard.WizardModel;

/**
 * The monitoring of the open program, in plain Java with JavaFX properties and no scene graph: plan versus fact of
 * each KPI against the plan in force (the latest approved revision, else the draft), the actuals, budget execution and
 * gate decisions the draft records, the exit evaluation and the monitoring findings as of a year; approval, the
 * revisions and their diff; the import of actuals, previewed before it is taken; the monitoring report. Edits go
 * through the wizard model (one undo step each, autosaved); database and file work goes through the gateway and the
 * task runner, never on the FX thread.
 */
public final class MonitoringViewModel {
    /** A gate a decision can be taken at: a phase's gate, or an instrument's own gate. */
    public record GateRef(Integer phase, String instrument, Integer gate) {
        static GateRef of(GateDecision d) {
            return new GateRef(d.phase(), d.instrument(), d.gate());
        }
    }

    /** What an import would take: the rows, or the errors of the file (then it takes nothing). */
    public record ImportPreview(Path file, List<Actual> rows, List<ActualsImport.RowError> errors) {
        public boolean takeable() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    /** One side of a comparison: an approved revision by number, or the draft (number null). */
    public record Version(Integer number, String label) {
    }

    private final WizardModel model;
    private final AppServices services;
    private final Messages m;
    private final List<Runnable> removals = new ArrayList<>();

    public final ObjectProperty<ProgramPassport> draft = new SimpleObjectProperty<>();
    /** The latest approved revision as stored, or null when the program has none. */
    public final ObjectProperty<ProgramPassport> approvedPlan = new SimpleObjectProperty<>();
    public final IntegerProperty asOfYear = new SimpleIntegerProperty(Year.now().getValue());
    public final ObjectProperty<String> selectedKpi = new SimpleObjectProperty<>();
    public final ObservableList<PlanVsFact.Row> rows = FXCollections.observableArrayList();
    public final ObservableList<ExitEvaluation.GateResult> exits = FXCollections.observableArrayList();
    public final ObservableList<Finding> findings = FXCollections.observableArrayList();
    public final ObservableList<RevisionStore.RevisionSummary> revisions = FXCollections.observableArrayList();
    public final ObservableList<PassportDiff.Change> changes = FXCollections.observableArrayList();
    /** The two versions the last comparison was between, or null before one. */
    public final ObjectProperty<List<ProgramPassport>> compared = new SimpleObjectProperty<>();
    public final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    /** The last failure or what was done, in one sentence of the window's language. */
    public final StringProperty message = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** True while the draft is itself an approved revision, which cannot be approved again. */
    public final BooleanProperty approvable = new SimpleBooleanProperty(false);

    public MonitoringViewModel(WizardModel model, Messages m) {
        this.model = model;
        this.services = model.services();
        this.m = m;
        draft.set(model.passport());
        ChangeListener<ProgramPassport> follow = (o, a, b) -> draft.set(b);
        model.passportProperty().addListener(follow);
        removals.add(() -> model.passportProperty().removeListener(follow));
        asOfYear.set(defaultAsOf(model.passport()));
        draft.addListener((o, a, b) -> recompute());
        approvedPlan.addListener((o, a, b) -> recompute());
        asOfYear.addListener((o, a, b) -> recompute());
        recompute();
        reloadRevisions();
    }

    /** This year, or the last year with an actual or a decision when the records go further (a demo set in the future). */
    static int defaultAsOf(ProgramPassport p) {
        int year = Year.now().getValue();
        for (Actual a : p.monitoringOrEmpty().actuals()) {
            year = Math.max(year, a.period().year());
        }
        for (GateDecision d : p.monitoringOrEmpty().decisions()) {
            if (d.year() != null) {
                year = Math.max(year, d.year());
            }
        }
        return year;
    }

    public Language language() {
        return m.language();
    }

    public Catalog catalog() {
        return services.catalog();
    }

    /**
     * What monitoring is judged on: the plan of the latest approved revision with the monitoring the draft records
     * (a plan edited in the next revision's draft is not in force yet); the draft itself when it is the approved one
     * or nothing was approved.
     */
    public ProgramPassport subject() {
        ProgramPassport d = draft.get();
        ProgramPassport plan = approvedPlan.get();
        if (plan == null || Revisions.frozen(d)) {
            return d;
        }
        return plan.withMonitoring(d.monitoring());
    }

    /** Whether a plan is in force: an approved revision exists (otherwise statuses are against the draft's targets). */
    public boolean approvedInForce() {
        return approvedPlan.get() != null || Revisions.frozen(draft.get());
    }

    private void recompute() {
        ProgramPassport s = subject();
        Catalog c = catalog();
        rows.setAll(PlanVsFact.table(s, c, asOfYear.get()));
        exits.setAll(ExitEvaluation.evaluate(s, c));
        findings.setAll(new MonitoringChecks(c).check(s, asOfYear.get()));
        approvable.set(!Revisions.frozen(draft.get()));
        if (selectedKpi.get() == null || s.kpis().stream().noneMatch(k -> k.kpi().equals(selectedKpi.get()))) {
            selectedKpi.set(s.kpis().isEmpty() ? null : s.kpis().get(0).kpi());
        }
    }

    // ------------------------------------------------------------------ plan versus fact and actuals

    public List<String> kpis() {
        return subject().kpis().stream().map(KpiTarget::kpi).toList();
    }

    public String kpiName(String id) {
        return catalog().kpi(id).map(k -> k.name().in(m.language())).orElse(id);
    }

    public String kpiUnit(String id) {
        return catalog().kpi(id).map(k -> k.unit() == null ? "" : k.unit().in(m.language())).orElse("");
    }

    public String instrumentName(String id) {
        return id == null ? "" : catalog().instrument(id).map(i -> i.name().in(m.language())).orElse(id);
    }

    public List<PlanVsFact.Row> rowsOf(String kpi) {
        return rows.stream().filter(r -> r.kpi().equals(kpi)).toList();
    }

    /** The periods a KPI reports in, up to the as-of year: years after the baseline, or their quarters where measured quarterly. */
    public List<Period> periodsOf(String kpi) {
        Optional<KpiTarget> k = subject().kpis().stream().filter(x -> x.kpi().equals(kpi)).findFirst();
        if (k.isEmpty()) {
            return List.of();
        }
        boolean quarterly = "quarterly".equals(k.get().frequency());
        int first = k.get().hasBaseline() ? k.get().baseline().year() + 1
                : k.get().targets().stream().filter(t -> t.year() != null).mapToInt(YearValue::year).min().orElse(asOfYear.get());
        int last = Math.min(asOfYear.get(), k.get().targets().stream().filter(t -> t.year() != null).mapToInt(YearValue::year)
                .max().orElse(asOfYear.get()));
        List<Period> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (quarterly) {
                for (int q = 1; q <= 4; q++) {
                    out.add(new Period(y, q));
                }
            } else {
                out.add(Period.year(y));
            }
        }
        return out;
    }

    public Optional<Actual> actual(String kpi, Period period) {
        return draft.get().monitoringOrEmpty().actuals().stream()
                .filter(a -> a.kpi().equals(kpi) && a.period().equals(period)).findFirst();
    }

    /**
     * Records the actual of a KPI in a period (replacing one there), the value typed as the window's language writes
     * numbers. Returns the message key of what is wrong, or null when it was recorded.
     */
    public String saveActual(String kpi, Period period, String value, String source, String note, String evidence) {
        if (kpi == null || period == null) {
            return "monitor.error.period";
        }
        NumberInput.Result r = NumberInput.parse(m.language(), value);
        if (r.isInvalid() || r.valueOrNull() == null) {
            return "monitor.error.value";
        }
        Actual a = new Actual(kpi, period, r.valueOrNull().doubleValue(), blankToNull(source), blankToNull(note), blankToNull(evidence));
        model.editMonitoring(mon -> {
            List<Actual> list = new ArrayList<>(mon.actuals());
            list.removeIf(x -> x.kpi().equals(kpi) && x.period().equals(period));
            list.add(a);
            list.sort(Comparator.comparing((Actual x) -> kpis().indexOf(x.kpi())).thenComparing(Actual::period));
            return mon.withActuals(list);
        });
        return null;
    }

    public void removeActual(String kpi, Period period) {
        model.editMonitoring(mon -> mon.withActuals(mon.actuals().stream()
                .filter(x -> !(x.kpi().equals(kpi) && x.period().equals(period))).toList()));
    }

    // ------------------------------------------------------------------ budget execution

    public List<String> instruments() {
        return subject().instruments().stream().map(SelectedInstrument::instrument).toList();
    }

    public List<BudgetExecution> execution() {
        return draft.get().monitoringOrEmpty().execution();
    }

    /** Records the money of an instrument in a year (replacing that year's); returns the message key of what is wrong, or null. */
    public String saveExecution(String instrument, Integer year, String allocated, String disbursed, String privateMobilised) {
        if (instrument == null || year == null) {
            return "monitor.error.instrumentYear";
        }
        Money[] money = new Money[3];
        String[] texts = {allocated, disbursed, privateMobilised};
        for (int i = 0; i < 3; i++) {
            NumberInput.Result r = NumberInput.parse(m.language(), texts[i]);
            if (r.isInvalid() || (r.valueOrNull() != null && r.valueOrNull().signum() < 0)) {
                return "monitor.error.money";
            }
            money[i] = r.valueOrNull() == null ? null : new Money(r.valueOrNull(), Money.KZT);
        }
        if (money[0] == null && money[1] == null && money[2] == null) {
            return "monitor.error.money";
        }
        BudgetExecution e = new BudgetExecution(instrument, year, money[0], money[1], money[2]);
        model.editMonitoring(mon -> {
            List<BudgetExecution> list = new ArrayList<>(mon.execution());
            list.removeIf(x -> Objects.equals(x.instrument(), instrument) && Objects.equals(x.year(), year));
            list.add(e);
            list.sort(Comparator.comparing((BudgetExecution x) -> instruments().indexOf(x.instrument()))
                    .thenComparing(x -> x.year() == null ? 0 : x.year()));
            return mon.withExecution(list);
        });
        return null;
    }

    public void removeExecution(BudgetExecution e) {
        model.editMonitoring(mon -> mon.withExecution(mon.execution().stream().filter(x -> !x.equals(e)).toList()));
    }

    /** The years money of an instrument can be reported for: its start to its end year, up to the as-of year. */
    public List<Integer> yearsOf(String instrument) {
        Optional<SelectedInstrument> si = subject().instruments().stream().filter(i -> i.instrument().equals(instrument)).findFirst();
        if (si.isEmpty() || si.get().startYear() == null) {
            return List.of();
        }
        int end = si.get().endYear() == null ? asOfYear.get() : Math.min(si.get().endYear(), asOfYear.get());
        List<Integer> out = new ArrayList<>();
        for (int y = si.get().startYear(); y <= end; y++) {
            out.add(y);
        }
        return out;
    }

    // ------------------------------------------------------------------ gate decisions

    /** Every gate of the plan: each phase with a gate, then each instrument gate. */
    public List<GateRef> gates() {
        ProgramPassport s = subject();
        List<GateRef> out = new ArrayList<>();
        for (int i = 0; i < s.phases().size(); i++) {
            Phase ph = s.phases().get(i);
            if (ph.gate() != null && !ph.gate().isBlank()) {
                out.add(new GateRef(i, null, null));
            }
        }
        for (SelectedInstrument si : s.instruments()) {
            for (int g = 0; g < si.gates().size(); g++) {
                out.add(new GateRef(null, si.instrument(), g));
            }
        }
        return out;
    }

    public String gateName(GateRef g) {
        ProgramPassport s = subject();
        if (g.phase() != null) {
            String name = g.phase() < s.phases().size() ? s.phases().get(g.phase()).name() : null;
            return m.get("monitor.gate.phase", g.phase() + 1, name == null ? "" : name);
        }
        String gateText = s.instruments().stream().filter(i -> i.instrument().equals(g.instrument())).findFirst()
                .filter(i -> g.gate() != null && g.gate() < i.gates().size()).map(i -> i.gates().get(g.gate()))
                .map(x -> m.get("monitor.gate.criterion", String.valueOf(x.year()), kpiName(x.kpi()), number(x.threshold())))
                .orElse("");
        return m.get("monitor.gate.instrument", instrumentName(g.instrument()), gateText);
    }

    public List<GateDecision> decisions() {
        return draft.get().monitoringOrEmpty().decisions();
    }

    /** Records a decision at a gate; returns the message key of what is missing, or null when recorded. */
    public String recordDecision(GateRef gate, String date, Decision decision, String rationale, String evidence) {
        if (gate == null) {
            return "monitor.error.gate";
        }
        if (date == null || !date.strip().matches("\\d{4}-\\d{2}-\\d{2}") || !validDate(date.strip())) {
            return "monitor.error.date";
        }
        if (decision == null) {
            return "monitor.error.decision";
        }
        if (rationale == null || rationale.isBlank()) {
            return "monitor.error.rationale";
        }
        GateDecision d = new GateDecision(gate.phase(), gate.instrument(), gate.gate(), date.strip(), decision, rationale.strip(),
                blankToNull(evidence));
        model.editMonitoring(mon -> {
            List<GateDecision> list = new ArrayList<>(mon.decisions());
            list.add(d);
            list.sort(Comparator.comparing(x -> x.date() == null ? "" : x.date()));
            return mon.withDecisions(list);
        });
        return null;
    }

    public void removeDecision(GateDecision d) {
        model.editMonitoring(mon -> mon.withDecisions(mon.decisions().stream().filter(x -> !x.equals(d)).toList()));
    }

    private static boolean validDate(String s) {
        try {
            java.time.LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ approval and revisions

    /** The draft's revision and, when one is in force, the approved revision: one line for the header. */
    public String revisionLine() {
        Revision r = draft.get().revisionOrFirst();
        String own = r.approved() ? m.get("monitor.revision.approved", r.number(), r.approvedOn(), nullToDash(r.approvedBy()))
                : m.get("monitor.revision.draft", r.number());
        ProgramPassport plan = approvedPlan.get();
        if (plan != null && !r.approved()) {
            Revision a = plan.revisionOrFirst();
            own += " · " + m.get("monitor.revision.inForce", a.number(), a.approvedOn());
        }
        return own;
    }

    /** Approves the draft (stored frozen as revision N); the draft becomes revision N+1's. Returns a message key of what is missing, or null. */
    public String approve(String date, String approver, String document) {
        if (!approvable.get()) {
            return "monitor.error.alreadyApproved";
        }
        if (date == null || !date.strip().matches("\\d{4}-\\d{2}-\\d{2}") || !validDate(date.strip())) {
            return "monitor.error.date";
        }
        if (approver == null || approver.isBlank()) {
            return "monitor.error.approver";
        }
        ProgramPassport current = model.passport();
        int number = current.revisionOrFirst().number();
        busy.set(true);
        services.runner().whenDone(services.gateway().approve(current, date.strip(), approver.strip(), blankToNull(document)), next -> {
            busy.set(false);
            model.approved(next);
            message.set(m.get("monitor.approved", number));
            reloadRevisions();
        }, err -> {
            busy.set(false);
            message.set(m.get("store.failed", org.policylab.configurator.ui.common.ErrorText.of(err, m)));
        });
        return null;
    }

    /** The revisions of the program, and the latest approved one as the plan in force, from the workspace. */
    public void reloadRevisions() {
        String id = model.passport().id();
        services.runner().whenDone(services.gateway().revisions(id).thenCombine(services.gateway().latestRevision(id),
                (list, latest) -> new Object[] {list, latest}), both -> {
                    @SuppressWarnings("unchecked")
                    List<RevisionStore.RevisionSummary> list = (List<RevisionStore.RevisionSummary>) both[0];
                    @SuppressWarnings("unchecked")
                    Optional<ProgramPassport> latest = (Optional<ProgramPassport>) both[1];
                    revisions.setAll(list);
                    approvedPlan.set(latest.orElse(null));
                }, err -> message.set(m.get("store.failed", err.getMessage())));
    }

    /** The versions that can be compared: each approved revision, then the draft. */
    public List<Version> versions() {
        List<Version> out = new ArrayList<>();
        for (RevisionStore.RevisionSummary r : revisions) {
            out.add(new Version(r.number(), m.get("monitor.version.approved", r.number(), r.approvedOn())));
        }
        if (!Revisions.frozen(draft.get())) {
            out.add(new Version(null, m.get("monitor.version.draft", draft.get().revisionOrFirst().number())));
        }
        return out;
    }

    /** Compares two versions (loaded from the workspace off the FX thread): the changes fill {@link #changes}. */
    public void compare(Version older, Version newer) {
        if (older == null || newer == null) {
            return;
        }
        String id = model.passport().id();
        ProgramPassport current = model.passport();
        var a = load(id, older, current);
        var b = load(id, newer, current);
        services.runner().whenDone(a.thenCombine(b, List::of), pair -> {
            compared.set(pair);
            changes.setAll(PassportDiff.between(pair.get(0), pair.get(1)));
        }, err -> message.set(m.get("store.failed", err.getMessage())));
    }

    private java.util.concurrent.CompletableFuture<ProgramPassport> load(String id, Version v, ProgramPassport current) {
        if (v.number() == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(current);
        }
        return services.gateway().loadRevision(id, v.number())
                .thenApply(p -> p.orElseThrow(() -> new IllegalStateException("revision " + v.number() + " is not stored")));
    }

    /** Writes the last comparison as a PDF, off the FX thread. */
    public void exportDiff(Path file, Consumer<Path> done) {
        WriteAhead pdf = diffAhead();
        if (pdf != null) {
            export(pdf, file, done);
        }
    }

    /**
     * The last comparison's PDF, begun in memory at once (issue 16: while the planner chooses its file), for
     * {@link #export}; null when no two revisions are compared.
     */
    public WriteAhead diffAhead() {
        List<ProgramPassport> pair = compared.get();
        if (pair == null) {
            return null;
        }
        DiffReport report = new DiffReport(pair.get(0), pair.get(1), List.copyOf(changes), m);
        return WriteAhead.start(report::writePdf);
    }

    /** Puts a report begun by {@link #reportAhead} or {@link #diffAhead} in the file, off the FX thread. */
    public void export(WriteAhead document, Path file, Consumer<Path> done) {
        run(() -> {
            document.writeTo(file);
            return file;
        }, done);
    }

    // ------------------------------------------------------------------ import and report

    /** Reads a CSV or XLSX file off the FX thread and shows what it would take; nothing is taken yet. */
    public void previewImport(Path file) {
        ProgramPassport s = subject();
        int asOf = asOfYear.get();
        busy.set(true);
        services.runner().run(() -> ActualsImport.read(file, s, asOf), r -> {
            busy.set(false);
            preview.set(new ImportPreview(file, r.actuals(), r.errors()));
        }, err -> {
            busy.set(false);
            preview.set(new ImportPreview(file, List.of(), List.of(new ActualsImport.RowError(0, null, "import.error.unreadable",
                    List.of(file.getFileName().toString(), String.valueOf(err.getMessage()))))));
        });
    }

    /** A row error as one line of the window's language: where, and what is allowed. */
    public String describe(ActualsImport.RowError e) {
        String what = m.get(e.key(), e.args().toArray());
        if (e.row() <= 0) {
            return what;
        }
        String where = e.column() == null ? m.get("import.at.row", e.row()) : m.get("import.at.cell", e.row(), e.column());
        return where + ": " + what;
    }

    /** Takes the previewed rows (one undo step); a preview with errors takes nothing. */
    public void confirmImport() {
        ImportPreview p = preview.get();
        if (p == null || !p.takeable()) {
            return;
        }
        ProgramPassport merged = ActualsImport.merge(model.passport(), p.rows());
        model.editMonitoring(mon -> merged.monitoringOrEmpty());
        preview.set(null);
        message.set(m.get("monitor.import.taken", p.rows().size()));
    }

    public void cancelImport() {
        preview.set(null);
    }

    /** Writes the monitoring report in a format and language, off the FX thread. */
    public void exportReport(MonitoringReport.Format format, Language language, Path file, Consumer<Path> done) {
        export(reportAhead(format, language), file, done);
    }

    /**
     * The monitoring report of what the view shows now, in a format and language, begun in memory at once (issue 16:
     * while the planner chooses its file), for {@link #export}.
     */
    public WriteAhead reportAhead(MonitoringReport.Format format, Language language) {
        ProgramPassport s = subject();
        Catalog c = catalog();
        int asOf = asOfYear.get();
        return WriteAhead.start(out -> new MonitoringReport(s, c, Messages.of(language), asOf).write(format, out));
    }

    private void run(java.util.concurrent.Callable<Path> work, Consumer<Path> done) {
        busy.set(true);
        services.runner().run(work, path -> {
            busy.set(false);
            message.set(m.get("monitor.written", path.toString()));
            done.accept(path);
        }, err -> {
            busy.set(false);
            message.set(m.get("monitor.writeFailed", String.valueOf(err.getMessage())));
        });
    }

    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }

    public String number(Number n) {
        return n == null ? "—" : org.policylab.configurator.ui.common.Formats.number(m.language(), n);
    }

    public String money(Money money) {
        return money == null ? "—" : org.policylab.configurator.ui.common.Formats.tenge(m.language(), money.amount());
    }

    public String editableMoney(Money money) {
        return money == null ? "" : NumberInput.format(m.language(), money.amount());
    }

    public String editableNumber(Double d) {
        return d == null ? "" : NumberInput.format(m.language(), BigDecimal.valueOf(d).stripTrailingZeros());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
