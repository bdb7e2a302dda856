package org.policylab.configurator.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Drafts the action plan (план мероприятий) from the instruments and phases, in the passport's language: for each
 * instrument, first the act that sets its rules (a regulatory measure by a Government decree, a tax preference by a
 * draft law, any other support by an order of the responsible body) and then its implementation — one action per
 * phase the instrument runs in, or one for its whole period when the program has no phases — reported to the
 * Ministry of National Economy. Executors are the responsible executors (or the responsible body) and the
 * co-executors. The source and amount come from the financing lines of that instrument in those years; nothing is
 * spread or derived: with no lines the amount is left empty, except for a single whole-period action, which carries
 * the instrument's budget as entered. An act that sets rules, and a tax preference, cost no money: their amount is
 * zero, which the documents show as "no financing required" (an empty amount means "not given").
 *
 * <p>The draft is data: the planner edits every field afterwards.
 */
public final class ActionPlan {
    private ActionPlan() {
    }

    /** The drafted plan, without the passport's existing actions. */
    public static List<ActionItem> draft(ProgramPassport p, Catalog catalog) {
        Messages m = messages(p.language());
        List<String> executors = executors(p);
        List<ActionItem> out = new ArrayList<>();
        for (SelectedInstrument si : p.instruments()) {
            out.addAll(draftFor(p, catalog, si, m, executors));
        }
        return out;
    }

    /**
     * The passport with the drafted actions of every instrument that has none yet; the planner's own actions stay
     * as they are.
     */
    public static ProgramPassport draftInto(ProgramPassport p, Catalog catalog) {
        Set<String> covered = new LinkedHashSet<>();
        p.actions().forEach(a -> {
            if (a.instrument() != null) {
                covered.add(a.instrument());
            }
        });
        Messages m = messages(p.language());
        List<String> executors = executors(p);
        List<ActionItem> all = new ArrayList<>(p.actions());
        for (SelectedInstrument si : p.instruments()) {
            if (!covered.contains(si.instrument())) {
                all.addAll(draftFor(p, catalog, si, m, executors));
            }
        }
        return p.withActions(all);
    }

    private static List<ActionItem> draftFor(ProgramPassport p, Catalog catalog, SelectedInstrument si, Messages m,
                                             List<String> executors) {
        Instrument def = catalog.instrument(si.instrument()).orElse(null);
        String name = def == null || def.name() == null ? si.instrument()
                : orElse(def.name().in(m.language()), si.instrument());
        boolean tax = Financing.isTaxInstrument(catalog, si.instrument());
        boolean regulatory = def != null && def.category() == InstrumentCategory.REGULATORY;
        List<ActionItem> out = new ArrayList<>();

        // 1. the act that sets the instrument's rules, before the money starts
        String form = m.get(tax ? "action.form.law" : regulatory ? "action.form.decree" : "action.form.order");
        String rulesKey = tax ? "action.measure.law" : regulatory ? "action.measure.decree" : "action.measure.rules";
        Integer start = si.startYear() != null ? si.startYear() : firstPhaseYear(p);
        // an act costs no money: a zero amount says "no financing required", unlike an amount left empty
        out.add(new ActionItem(m.get(rulesKey, name), form, start == null ? null : deadline(m, "action.deadline.before", start),
                executors, null, Money.zero(), si.instrument()));

        // 2. implementation: one action per phase the instrument runs in, or one for its period
        List<Phase> phases = p.phases().stream().filter(ph -> overlaps(ph, si)).toList();
        String report = m.get("action.form.report");
        if (phases.isEmpty()) {
            Integer end = si.endYear();
            BigDecimal lines = tax ? null : linesFor(p, si.instrument(), null, null);
            BigDecimal amount = tax ? null : lines != null ? lines
                    : si.budget() == null || si.budget().isZero() ? null : si.budget().amount();
            out.add(new ActionItem(m.get("action.measure.implement", name), report,
                    end == null ? m.get("action.deadline.annual") : deadline(m, "action.deadline.end", end),
                    executors, tax || amount == null ? null : sourceFor(p, si.instrument(), null, null),
                    tax ? Money.zero() : amount == null ? null : new Money(amount, currency(p, si)), si.instrument()));
        } else {
            for (Phase ph : phases) {
                Integer from = ph.startYear();
                Integer to = ph.endYear() != null ? ph.endYear() : ph.startYear();
                if (si.endYear() != null && to != null && si.endYear() < to) {
                    to = si.endYear(); // the instrument ends before the phase does
                }
                if (si.startYear() != null && from != null && si.startYear() > from) {
                    from = si.startYear();
                }
                BigDecimal amount = tax ? null : linesFor(p, si.instrument(), from, to);
                String phaseName = orElse(ph.name(), years(ph.startYear(), ph.endYear()));
                out.add(new ActionItem(m.get("action.measure.phase", name, phaseName), report,
                        to == null ? m.get("action.deadline.annual") : deadline(m, "action.deadline.end", to),
                        executors, amount == null ? null : sourceFor(p, si.instrument(), from, to),
                        tax ? Money.zero() : amount == null ? null : new Money(amount, currency(p, si)), si.instrument()));
            }
        }
        return out;
    }

    /** The responsible executors (or the responsible body) and then the co-executors, each once. */
    static List<String> executors(ProgramPassport p) {
        Set<String> out = new LinkedHashSet<>();
        p.responsibleExecutors().stream().filter(ActionPlan::present).map(String::strip).forEach(out::add);
        if (out.isEmpty() && present(p.responsibleBody())) {
            out.add(p.responsibleBody().strip());
        }
        p.coExecutors().stream().filter(ActionPlan::present).map(String::strip).forEach(out::add);
        return List.copyOf(out);
    }

    /** The instrument's money from the financing lines in the years (all years when null), every source. */
    private static BigDecimal linesFor(ProgramPassport p, String instrument, Integer from, Integer to) {
        BigDecimal sum = null;
        for (FinancingLine l : p.financing()) {
            if (l == null || l.amount() == null || !instrument.equals(l.instrument())) {
                continue;
            }
            if (from != null && (l.year() == null || l.year() < from || (to != null && l.year() > to))) {
                continue;
            }
            sum = (sum == null ? BigDecimal.ZERO : sum).add(l.amount().amount());
        }
        return sum;
    }

    /** The source that gives the instrument the most money in those years; the republican budget when no line says. */
    private static FundingSource sourceFor(ProgramPassport p, String instrument, Integer from, Integer to) {
        Map<FundingSource, BigDecimal> by = new EnumMap<>(FundingSource.class);
        for (FinancingLine l : p.financing()) {
            if (l == null || l.amount() == null || l.source() == null || !instrument.equals(l.instrument())) {
                continue;
            }
            if (from != null && (l.year() == null || l.year() < from || (to != null && l.year() > to))) {
                continue;
            }
            by.merge(l.source(), l.amount().amount(), BigDecimal::add);
        }
        return by.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(FundingSource.REPUBLICAN_BUDGET);
    }

    private static boolean overlaps(Phase ph, SelectedInstrument si) {
        if (ph.startYear() == null) {
            return false;
        }
        int pFrom = ph.startYear();
        int pTo = ph.endYear() != null ? ph.endYear() : pFrom;
        Integer iFrom = si.startYear();
        Integer iTo = si.endYear();
        if (iFrom == null && iTo == null) {
            return true;
        }
        int from = iFrom != null ? iFrom : Integer.MIN_VALUE;
        int to = iTo != null ? iTo : Integer.MAX_VALUE;
        return pFrom <= to && pTo >= from;
    }

    private static Integer firstPhaseYear(ProgramPassport p) {
        return p.phases().stream().map(Phase::startYear).filter(y -> y != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String deadline(Messages m, String key, int year) {
        return m.get(key, String.valueOf(year));
    }

    private static String years(Integer from, Integer to) {
        if (from == null) {
            return to == null ? "" : String.valueOf(to);
        }
        return to == null || to.equals(from) ? String.valueOf(from) : from + "–" + to;
    }

    private static String currency(ProgramPassport p, SelectedInstrument si) {
        for (FinancingLine l : p.financing()) {
            if (l != null && l.amount() != null && si.instrument().equals(l.instrument())) {
                return l.amount().currency();
            }
        }
        return si.budget() != null ? si.budget().currency() : Money.KZT;
    }

    private static Messages messages(String language) {
        Language l;
        try {
            l = language == null ? Language.RU : Language.fromId(language);
        } catch (IllegalArgumentException e) {
            l = Language.RU;
        }
        return Messages.of(l);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
