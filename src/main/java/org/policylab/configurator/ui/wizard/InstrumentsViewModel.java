package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.engine.Drafting;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Contingency;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.GateAction;
import org.policylab.configurator.passport.InstrumentGate;
import org.policylab.configurator.passport.LocalContentMeasure;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.SelectionMethod;

/**
 * Step 4: the ranked suggestions and, apart, the governance tools; the chosen instruments; and
 * every condition and term of the selected one, including its performance gates.
 */
final class InstrumentsViewModel extends StepViewModel {
    final ObservableList<Scored<Instrument>> suggestions = FXCollections.observableArrayList();
    final ObservableList<Scored<Instrument>> governance = FXCollections.observableArrayList();
    final ItemList<SelectedInstrument> chosen = new ItemList<>(model, listeners, ProgramPassport::instruments,
            model.selectedInstrumentProperty(), this::selected);

    private final Map<Segment, DraftField<Boolean>> segments = new EnumMap<>(Segment.class);
    final DraftField<String> budget = number(p -> read(p, si -> si.budget() == null ? null : si.budget().amount()),
            (p, v) -> change(p, si -> si.withBudget(v == null ? null : new Money(v, Money.KZT))));
    /** Co-financing in whole percent; 0 is "none". */
    final DraftField<Integer> coFinancing = value(p -> read(p, si -> (int) Math.round(si.coFinancing() * 100)),
            (p, v) -> change(p, si -> si.withCoFinancingShare(v == null || v == 0 ? null : v / 100.0)));
    final DraftField<Integer> startYear = value(p -> read(p, SelectedInstrument::startYear),
            (p, v) -> v == null ? p : change(p, si -> si.withYears(v, si.endYear())));
    final DraftField<Integer> endYear = value(p -> read(p, SelectedInstrument::endYear),
            (p, v) -> v == null ? p : change(p, si -> si.withYears(si.startYear(), v)));
    final DraftField<String> exitRule = text(p -> read(p, SelectedInstrument::exitRule), (p, v) -> change(p, si -> si.withExitRule(v)));
    final DraftField<String> conditions = text(p -> read(p, si -> String.join("\n", si.conditions())),
            (p, v) -> change(p, si -> si.withConditions(PhasesViewModel.lines(v))));
    /** The KPIs the selected instrument can be linked to: its own, the catalog's for it, the passport's. */
    final ObservableList<Kpi> kpiChoices = FXCollections.observableArrayList();
    final DraftField<List<String>> linkedKpis = value(p -> read(p, SelectedInstrument::kpis),
            (p, v) -> v == null ? p : change(p, si -> si.withKpis(v)));

    final DraftField<String> sunsetYear = text(p -> read(p, si -> si.exitTerms().sunsetYear() == null ? null
            : String.valueOf(si.exitTerms().sunsetYear())), (p, v) -> change(p, si -> si.withExit(si.exitTerms().withSunsetYear(year(v)))));
    final DraftField<ExitTrigger> trigger = value(p -> read(p, si -> si.exitTerms().trigger()),
            (p, v) -> change(p, si -> si.withExit(si.exitTerms().withTrigger(v))));
    final DraftField<Extension> extension = value(p -> read(p, si -> si.exitTerms().extension()),
            (p, v) -> change(p, si -> si.withExit(si.exitTerms().withExtension(v))));
    final DraftField<String> clawback = text(p -> read(p, si -> si.exitTerms().clawback()),
            (p, v) -> change(p, si -> si.withExit(si.exitTerms().withClawback(v))));
    final DraftField<SelectionMethod> method = value(p -> read(p, si -> si.selectionTerms().method()),
            (p, v) -> change(p, si -> si.withSelection(si.selectionTerms().withMethod(v))));
    final DraftField<String> justification = text(p -> read(p, si -> si.selectionTerms().justification()),
            (p, v) -> change(p, si -> si.withSelection(si.selectionTerms().withJustification(v))));
    final DraftField<Integer> largestShare = value(p -> read(p, si -> si.selectionTerms().largestRecipientShare() == null ? 0
                    : (int) Math.round(si.selectionTerms().largestRecipientShare() * 100)),
            (p, v) -> change(p, si -> si.withSelection(si.selectionTerms().withLargestRecipientShare(v == null || v == 0 ? null : v / 100.0))));
    final DraftField<Boolean> stateOwned = value(p -> read(p, si -> Boolean.TRUE.equals(si.selectionTerms().stateOwnedRecipient())),
            (p, v) -> change(p, si -> si.withSelection(si.selectionTerms().withStateOwnedRecipient(Boolean.TRUE.equals(v) ? Boolean.TRUE : null))));
    final DraftField<LocalContentMeasure> localContent = value(p -> read(p, SelectedInstrument::localContentMeasure),
            (p, v) -> change(p, si -> si.withLocalContentMeasure(v)));
    /** The regulatory impact analysis (АРВ) of a regulatory measure: done (true), not done (false), not set (null). */
    final DraftField<Boolean> regulatoryImpactAnalysis = value(p -> read(p, SelectedInstrument::regulatoryImpactAnalysis),
            (p, v) -> change(p, si -> si.withRegulatoryImpactAnalysis(v)));
    /** Whether the selected instrument is a regulatory measure, which is what has an АРВ. */
    final javafx.beans.property.BooleanProperty regulatory = new javafx.beans.property.SimpleBooleanProperty(false);
    private final Map<Contingency, DraftField<Boolean>> contingencies = new EnumMap<>(Contingency.class);

    /** One row per gate of the selected instrument; the KPIs a gate can test. */
    final ObservableList<GateFields> gates = FXCollections.observableArrayList();
    final ObservableList<String> gateKpiChoices = FXCollections.observableArrayList();

    /** The fields of one gate row. */
    record GateFields(int index, DraftField<String> year, DraftField<String> kpi, DraftField<String> threshold,
                      DraftField<GateAction> onFail) {
    }

    InstrumentsViewModel(WizardModel model, Language language) {
        super(model, language);
        for (Segment s : Segment.values()) {
            segments.put(s, value(p -> read(p, si -> si.segments().contains(s)), (p, on) -> change(p, si -> si.withSegments(
                    Arrays.stream(Segment.values()).filter(x -> x == s ? Boolean.TRUE.equals(on) : si.segments().contains(x)).toList()))));
        }
        for (Contingency c : Contingency.values()) {
            contingencies.put(c, value(p -> read(p, si -> si.contingentOn().contains(c)), (p, on) -> change(p, si -> si.withContingentOn(
                    Arrays.stream(Contingency.values()).filter(x -> x == c ? Boolean.TRUE.equals(on) : si.contingentOn().contains(x)).toList()))));
        }
        listeners.on(model.recommendationProperty(), (o, a, b) -> fillSuggestions(b));
        fillSuggestions(model.recommendationProperty().get());
        lists();
    }

    @Override
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        chosen.sync(after);
        lists();
        super.passportChanged(before, after);
    }

    @Override
    protected Object typingContext() {
        return chosen.index();
    }

    private void selected() {
        lists();
        showDraft();
    }

    private void fillSuggestions(Recommendation r) {
        suggestions.setAll(r == null ? List.of() : r.instruments());
        governance.setAll(r == null ? List.of() : r.governance());
    }

    DraftField<Boolean> segment(Segment s) {
        return segments.get(s);
    }

    DraftField<Boolean> contingency(Contingency c) {
        return contingencies.get(c);
    }

    boolean isChosen(String instrumentId) {
        return passport().instruments().stream().anyMatch(i -> i.instrument().equals(instrumentId));
    }

    boolean answersProblem(Instrument i) {
        Recommendation r = model.recommendationProperty().get();
        return r != null && r.answers(i);
    }

    /** Adds a suggestion to the program (years from the next year on) and selects it. */
    void add(String instrumentId) {
        model.edit(p -> Drafting.addInstrument(p, catalog(), instrumentId, Year.now().getValue() + 1));
        chosen.selectLast();
    }

    void removeSelected() {
        int i = chosen.index();
        if (i >= 0) {
            model.edit(p -> Drafting.removeInstrument(p, i));
        }
    }

    void move(int delta) {
        int i = chosen.index();
        if (i >= 0) {
            model.edit(p -> p.moveInstrument(i, delta));
            chosen.select(Math.max(0, Math.min(chosen.items().size() - 1, i + delta)));
        }
    }

    void addGate() {
        model.edit(p -> change(p, si -> {
            List<InstrumentGate> list = new ArrayList<>(si.gates());
            list.add(new InstrumentGate(defaultGateYear(si), gateKpiChoices.isEmpty() ? null : gateKpiChoices.get(0), null, null));
            return si.withGates(list);
        }));
    }

    void removeGate(int i) {
        model.edit(p -> change(p, si -> {
            if (i >= si.gates().size()) {
                return si;
            }
            List<InstrumentGate> list = new ArrayList<>(si.gates());
            list.remove(i);
            return si.withGates(list);
        }));
    }

    /** The KPI choices and the gate rows follow the selected instrument. */
    private void lists() {
        SelectedInstrument si = chosen.in(passport());
        regulatory.set(si != null && catalog().instrument(si.instrument())
                .map(d -> d.category() == org.policylab.configurator.catalog.InstrumentCategory.REGULATORY).orElse(false));
        List<Kpi> choices = List.of();
        List<String> gateChoices = List.of();
        if (si != null) {
            Set<String> candidates = new LinkedHashSet<>(si.kpis());
            catalog().instrument(si.instrument()).ifPresent(d -> candidates.addAll(d.kpis()));
            passport().kpis().forEach(k -> candidates.add(k.kpi()));
            choices = candidates.stream().map(id -> catalog().kpi(id)).flatMap(java.util.Optional::stream).toList();
            gateChoices = kpiChoices(passport(), si);
        }
        if (!choices.equals(kpiChoices)) {
            kpiChoices.setAll(choices);
        }
        if (!gateChoices.equals(gateKpiChoices)) {
            gateKpiChoices.setAll(gateChoices);
        }
        int count = si == null ? 0 : si.gates().size();
        if (count != gates.size()) {
            gates.forEach(g -> List.of(g.year(), g.kpi(), g.threshold(), g.onFail()).forEach(this::remove));
            List<GateFields> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                rows.add(gateFields(i));
            }
            gates.setAll(rows);
        }
    }

    private GateFields gateFields(int i) {
        Function<ProgramPassport, InstrumentGate> gate = p -> read(p, si -> i < si.gates().size() ? si.gates().get(i) : null);
        DraftField<String> year = text(p -> gate.apply(p) == null || gate.apply(p).year() == null ? null : String.valueOf(gate.apply(p).year()),
                (p, v) -> gate(p, i, g -> new InstrumentGate(year(v), g.kpi(), g.threshold(), g.onFail())));
        DraftField<String> kpi = value(p -> gate.apply(p) == null ? null : gate.apply(p).kpi(),
                (p, v) -> gate(p, i, g -> new InstrumentGate(g.year(), v, g.threshold(), g.onFail())));
        DraftField<String> threshold = number(p -> gate.apply(p) == null || gate.apply(p).threshold() == null ? null
                        : BigDecimal.valueOf(gate.apply(p).threshold()),
                (p, v) -> gate(p, i, g -> new InstrumentGate(g.year(), g.kpi(), v == null ? null : v.doubleValue(), g.onFail())));
        DraftField<GateAction> onFail = value(p -> gate.apply(p) == null ? null : gate.apply(p).onFail(),
                (p, v) -> gate(p, i, g -> new InstrumentGate(g.year(), g.kpi(), g.threshold(), v)));
        return new GateFields(i, year, kpi, threshold, onFail);
    }

    private ProgramPassport gate(ProgramPassport p, int i, UnaryOperator<InstrumentGate> change) {
        return change(p, si -> {
            if (i >= si.gates().size()) {
                return si;
            }
            List<InstrumentGate> list = new ArrayList<>(si.gates());
            list.set(i, change.apply(list.get(i)));
            return si.withGates(list);
        });
    }

    /** KPIs a gate can test: the passport's, then the instrument's linked ones, then any a gate already names. */
    static List<String> kpiChoices(ProgramPassport p, SelectedInstrument si) {
        Set<String> ids = new LinkedHashSet<>();
        p.kpis().forEach(k -> ids.add(k.kpi()));
        ids.addAll(si.kpis());
        si.gates().stream().map(InstrumentGate::kpi).filter(k -> k != null && !k.isBlank()).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** A new gate's year: the year before the instrument ends (a review before the sunset), else its start. */
    static Integer defaultGateYear(SelectedInstrument si) {
        if (si.endYear() != null) {
            return si.startYear() != null && si.endYear() - 1 < si.startYear() ? si.endYear() : si.endYear() - 1;
        }
        return si.startYear();
    }

    static Integer year(String s) {
        return s != null && s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    private <V> V read(ProgramPassport p, Function<SelectedInstrument, V> get) {
        SelectedInstrument si = chosen.in(p);
        return si == null ? null : get.apply(si);
    }

    private ProgramPassport change(ProgramPassport p, UnaryOperator<SelectedInstrument> change) {
        int i = chosen.index();
        return i < 0 || i >= p.instruments().size() ? p : p.replaceInstrument(i, change.apply(p.instruments().get(i)));
    }
}
