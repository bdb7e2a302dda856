package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.engine.ActionPlan;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.RiskItem;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.TaxExpenditure;

/**
 * What a planning-system passport adds on Phases &amp; review: financing by source and year, tax expenditures
 * apart, the action plan (drafted from the instruments and phases, then edited), risks with mitigation and the
 * ex-post evaluation method. Each list is rows of fields; a row's fields write that row of the draft, so every
 * edit goes through the model (undo, autosave) and the rows follow the draft after undo.
 */
final class PlanViewModel extends StepViewModel {
    /** One financing line: source, year, amount in tenge, budget programme administrator, instrument. */
    record FinancingRow(int index, DraftField<FundingSource> source, DraftField<String> year, DraftField<String> amount,
                        DraftField<String> administrator, DraftField<String> instrument) {
    }

    /** One tax expenditure: the tax preference, the year, the revenue forgone. */
    record TaxRow(int index, DraftField<String> instrument, DraftField<String> year, DraftField<String> amount) {
    }

    /** One action of the plan. Executors are typed on one line, separated by semicolons. */
    record ActionRow(int index, DraftField<String> measure, DraftField<String> completionForm, DraftField<String> deadline,
                     DraftField<String> executors, DraftField<FundingSource> source, DraftField<String> amount,
                     DraftField<String> instrument) {
    }

    record RiskRow(int index, DraftField<String> risk, DraftField<String> mitigation) {
    }

    final ObservableList<FinancingRow> financing = FXCollections.observableArrayList();
    final ObservableList<TaxRow> taxes = FXCollections.observableArrayList();
    final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    final ObservableList<RiskRow> risks = FXCollections.observableArrayList();
    /** The instruments of the passport (ids), for the instrument columns. */
    final ObservableList<String> instruments = FXCollections.observableArrayList();
    /** The money as the documents compute it: budget money apart from all sources, tax expenditures never in either. */
    final ObjectProperty<Financing> totals = new SimpleObjectProperty<>();
    /** True while some instrument has no action yet: drafting would add its actions. */
    final javafx.beans.property.BooleanProperty draftable = new javafx.beans.property.SimpleBooleanProperty(false);
    final DraftField<String> evaluationMethod = text(ProgramPassport::evaluationMethod, ProgramPassport::withEvaluationMethod);

    PlanViewModel(WizardModel model, Language language) {
        super(model, language);
        follow(passport());
    }

    @Override
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        follow(after);
        super.passportChanged(before, after);
    }

    /** Rows are rebuilt when a list changes length; otherwise their fields follow the draft themselves. */
    private void follow(ProgramPassport p) {
        List<String> ids = p.instruments().stream().map(SelectedInstrument::instrument).toList();
        if (!ids.equals(instruments)) {
            instruments.setAll(ids);
        }
        if (p.financing().size() != financing.size()) {
            financing.forEach(r -> List.of(r.source(), r.year(), r.amount(), r.administrator(), r.instrument()).forEach(this::remove));
            List<FinancingRow> rows = new ArrayList<>();
            for (int i = 0; i < p.financing().size(); i++) {
                rows.add(financingRow(i));
            }
            financing.setAll(rows);
        }
        if (p.taxExpenditures().size() != taxes.size()) {
            taxes.forEach(r -> List.of(r.instrument(), r.year(), r.amount()).forEach(this::remove));
            List<TaxRow> rows = new ArrayList<>();
            for (int i = 0; i < p.taxExpenditures().size(); i++) {
                rows.add(taxRow(i));
            }
            taxes.setAll(rows);
        }
        if (p.actions().size() != actions.size()) {
            actions.forEach(r -> List.of(r.measure(), r.completionForm(), r.deadline(), r.executors(), r.source(), r.amount(),
                    r.instrument()).forEach(this::remove));
            List<ActionRow> rows = new ArrayList<>();
            for (int i = 0; i < p.actions().size(); i++) {
                rows.add(actionRow(i));
            }
            actions.setAll(rows);
        }
        if (p.risks().size() != risks.size()) {
            risks.forEach(r -> List.of(r.risk(), r.mitigation()).forEach(this::remove));
            List<RiskRow> rows = new ArrayList<>();
            for (int i = 0; i < p.risks().size(); i++) {
                rows.add(riskRow(i));
            }
            risks.setAll(rows);
        }
        totals.set(Financing.of(p, catalog()));
        draftable.set(canDraft(p));
    }

    // ---- financing by source and year

    /** A new line: the republican budget, the year after the last line's (or the program's first year), no amount yet. */
    void addFinancing() {
        model.edit(p -> {
            List<FinancingLine> list = new ArrayList<>(p.financing());
            FinancingLine last = list.isEmpty() ? null : list.get(list.size() - 1);
            Integer year = last != null && last.year() != null ? Integer.valueOf(last.year() + 1) : firstYear(p);
            String instrument = last != null ? last.instrument() : p.instruments().isEmpty() ? null : p.instruments().get(0).instrument();
            String admin = last != null ? last.administrator() : null;
            list.add(new FinancingLine(last != null && last.source() != null ? last.source() : FundingSource.REPUBLICAN_BUDGET,
                    year, null, admin, instrument));
            return p.withFinancing(list);
        });
    }

    void removeFinancing(int i) {
        model.edit(p -> i < p.financing().size() ? p.withFinancing(without(p.financing(), i)) : p);
    }

    private FinancingRow financingRow(int i) {
        Function<ProgramPassport, FinancingLine> line = p -> i < p.financing().size() ? p.financing().get(i) : null;
        return new FinancingRow(i,
                value(p -> get(line.apply(p), FinancingLine::source),
                        (p, v) -> setFinancing(p, i, l -> new FinancingLine(v, l.year(), l.amount(), l.administrator(), l.instrument()))),
                text(p -> year(get(line.apply(p), FinancingLine::year)),
                        (p, v) -> setFinancing(p, i, l -> new FinancingLine(l.source(), InstrumentsViewModel.year(v), l.amount(),
                                l.administrator(), l.instrument()))),
                number(p -> amount(get(line.apply(p), FinancingLine::amount)),
                        (p, v) -> setFinancing(p, i, l -> new FinancingLine(l.source(), l.year(), money(v), l.administrator(), l.instrument()))),
                text(p -> get(line.apply(p), FinancingLine::administrator),
                        (p, v) -> setFinancing(p, i, l -> new FinancingLine(l.source(), l.year(), l.amount(), v, l.instrument()))),
                value(p -> get(line.apply(p), FinancingLine::instrument),
                        (p, v) -> setFinancing(p, i, l -> new FinancingLine(l.source(), l.year(), l.amount(), l.administrator(), v))));
    }

    private static ProgramPassport setFinancing(ProgramPassport p, int i, UnaryOperator<FinancingLine> change) {
        if (i >= p.financing().size()) {
            return p;
        }
        List<FinancingLine> list = new ArrayList<>(p.financing());
        list.set(i, change.apply(list.get(i)));
        return p.withFinancing(list);
    }

    // ---- tax expenditures

    /** A new tax expenditure: the first tax preference among the instruments (else the first instrument), the next year. */
    void addTax() {
        model.edit(p -> {
            List<TaxExpenditure> list = new ArrayList<>(p.taxExpenditures());
            TaxExpenditure last = list.isEmpty() ? null : list.get(list.size() - 1);
            String instrument = last != null ? last.instrument() : p.instruments().stream().map(SelectedInstrument::instrument)
                    .filter(id -> Financing.isTaxInstrument(catalog(), id)).findFirst()
                    .orElse(p.instruments().isEmpty() ? null : p.instruments().get(0).instrument());
            Integer year = last != null && last.year() != null ? Integer.valueOf(last.year() + 1) : firstYear(p);
            list.add(new TaxExpenditure(instrument, year, null));
            return p.withTaxExpenditures(list);
        });
    }

    void removeTax(int i) {
        model.edit(p -> i < p.taxExpenditures().size() ? p.withTaxExpenditures(without(p.taxExpenditures(), i)) : p);
    }

    private TaxRow taxRow(int i) {
        Function<ProgramPassport, TaxExpenditure> te = p -> i < p.taxExpenditures().size() ? p.taxExpenditures().get(i) : null;
        return new TaxRow(i,
                value(p -> get(te.apply(p), TaxExpenditure::instrument),
                        (p, v) -> setTax(p, i, t -> new TaxExpenditure(v, t.year(), t.amount()))),
                text(p -> year(get(te.apply(p), TaxExpenditure::year)),
                        (p, v) -> setTax(p, i, t -> new TaxExpenditure(t.instrument(), InstrumentsViewModel.year(v), t.amount()))),
                number(p -> amount(get(te.apply(p), TaxExpenditure::amount)),
                        (p, v) -> setTax(p, i, t -> new TaxExpenditure(t.instrument(), t.year(), money(v)))));
    }

    private static ProgramPassport setTax(ProgramPassport p, int i, UnaryOperator<TaxExpenditure> change) {
        if (i >= p.taxExpenditures().size()) {
            return p;
        }
        List<TaxExpenditure> list = new ArrayList<>(p.taxExpenditures());
        list.set(i, change.apply(list.get(i)));
        return p.withTaxExpenditures(list);
    }

    // ---- action plan

    /** Drafts the actions of every instrument that has none yet from the instruments and phases; the planner's own lines stay. */
    void draftActions() {
        model.edit(p -> ActionPlan.draftInto(p, catalog()));
    }

    /** Whether drafting would add anything: some instrument has no action yet. */
    boolean canDraft() {
        return canDraft(passport());
    }

    private static boolean canDraft(ProgramPassport p) {
        return p.instruments().stream().anyMatch(si -> p.actions().stream().noneMatch(a -> si.instrument().equals(a.instrument())));
    }

    void addAction() {
        model.edit(p -> {
            List<ActionItem> list = new ArrayList<>(p.actions());
            list.add(new ActionItem(null, null, null, List.of(), null, null, null));
            return p.withActions(list);
        });
    }

    void removeAction(int i) {
        model.edit(p -> i < p.actions().size() ? p.withActions(without(p.actions(), i)) : p);
    }

    private ActionRow actionRow(int i) {
        Function<ProgramPassport, ActionItem> a = p -> i < p.actions().size() ? p.actions().get(i) : null;
        return new ActionRow(i,
                text(p -> get(a.apply(p), ActionItem::measure), (p, v) -> setAction(p, i, x -> new ActionItem(v, x.completionForm(),
                        x.deadline(), x.executors(), x.source(), x.amount(), x.instrument()))),
                text(p -> get(a.apply(p), ActionItem::completionForm), (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(), v,
                        x.deadline(), x.executors(), x.source(), x.amount(), x.instrument()))),
                text(p -> get(a.apply(p), ActionItem::deadline), (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(),
                        x.completionForm(), v, x.executors(), x.source(), x.amount(), x.instrument()))),
                text(p -> get(a.apply(p), x -> x.executors().isEmpty() ? null : String.join("; ", x.executors())),
                        (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(), x.completionForm(), x.deadline(), executors(v),
                                x.source(), x.amount(), x.instrument()))),
                value(p -> get(a.apply(p), ActionItem::source), (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(),
                        x.completionForm(), x.deadline(), x.executors(), v, x.amount(), x.instrument()))),
                number(p -> amount(get(a.apply(p), ActionItem::amount)), (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(),
                        x.completionForm(), x.deadline(), x.executors(), x.source(), money(v), x.instrument()))),
                value(p -> get(a.apply(p), ActionItem::instrument), (p, v) -> setAction(p, i, x -> new ActionItem(x.measure(),
                        x.completionForm(), x.deadline(), x.executors(), x.source(), x.amount(), v))));
    }

    private static ProgramPassport setAction(ProgramPassport p, int i, UnaryOperator<ActionItem> change) {
        if (i >= p.actions().size()) {
            return p;
        }
        List<ActionItem> list = new ArrayList<>(p.actions());
        list.set(i, change.apply(list.get(i)));
        return p.withActions(list);
    }

    /** Executors typed on one line: separated by semicolons (a ministry's name may contain a comma). */
    static List<String> executors(String v) {
        return v == null ? List.of() : Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    // ---- risks with mitigation

    void addRisk() {
        model.edit(p -> {
            List<RiskItem> list = new ArrayList<>(p.risks());
            list.add(new RiskItem(null, null));
            return p.withRisks(list);
        });
    }

    void removeRisk(int i) {
        model.edit(p -> i < p.risks().size() ? p.withRisks(without(p.risks(), i)) : p);
    }

    private RiskRow riskRow(int i) {
        Function<ProgramPassport, RiskItem> r = p -> i < p.risks().size() ? p.risks().get(i) : null;
        return new RiskRow(i,
                text(p -> get(r.apply(p), RiskItem::risk), (p, v) -> setRisk(p, i, x -> new RiskItem(v, x.mitigation()))),
                text(p -> get(r.apply(p), RiskItem::mitigation), (p, v) -> setRisk(p, i, x -> new RiskItem(x.risk(), v))));
    }

    private static ProgramPassport setRisk(ProgramPassport p, int i, UnaryOperator<RiskItem> change) {
        if (i >= p.risks().size()) {
            return p;
        }
        List<RiskItem> list = new ArrayList<>(p.risks());
        list.set(i, change.apply(list.get(i)));
        return p.withRisks(list);
    }

    // ---- helpers

    /** An instrument's name in the UI language (its id when the catalog does not know it). */
    String instrumentName(String id) {
        return id == null ? "" : catalog().instrument(id).map(d -> d.name().in(language)).orElse(id);
    }

    private static Integer firstYear(ProgramPassport p) {
        return p.instruments().stream().map(SelectedInstrument::startYear).filter(y -> y != null).min(Integer::compare)
                .orElse(java.time.Year.now().getValue() + 1);
    }

    private static <T, V> V get(T item, Function<T, V> field) {
        return item == null ? null : field.apply(item);
    }

    private static String year(Integer y) {
        return y == null ? null : String.valueOf(y);
    }

    private static BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : new Money(v, Money.KZT);
    }

    private static <T> List<T> without(List<T> list, int i) {
        List<T> out = new ArrayList<>(list);
        out.remove(i);
        return out;
    }
}
