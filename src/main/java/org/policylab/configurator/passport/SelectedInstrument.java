package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.policylab.configurator.catalog.Segment;

/**
 * An instrument the program uses, with its conditions (seeds 001, 002: temporary, conditional, co-financed).
 * Passport v2 adds the facts the design checks read as structured fields — the exit terms, how recipients are
 * selected, what a local-content condition measures, what support is contingent on, and the instrument's own
 * performance gates; the free-text exit rule and conditions stay for explanation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectedInstrument(String instrument, List<Segment> segments, Money budget, Double coFinancingShare,
                                 Integer startYear, Integer endYear, String exitRule, List<String> conditions,
                                 List<String> kpis, ExitTerms exit, Selection selection,
                                 LocalContentMeasure localContentMeasure, List<Contingency> contingentOn,
                                 List<InstrumentGate> gates, Boolean regulatoryImpactAnalysis) {
    public SelectedInstrument {
        segments = segments == null ? List.of() : List.copyOf(segments);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        contingentOn = contingentOn == null ? List.of() : List.copyOf(contingentOn);
        gates = gates == null ? List.of() : List.copyOf(gates);
        exit = exit == null || exit.isEmpty() ? null : exit;
        selection = selection == null || selection.isEmpty() ? null : selection;
    }

    /** Without the regulatory impact analysis flag. */
    public SelectedInstrument(String instrument, List<Segment> segments, Money budget, Double coFinancingShare,
                              Integer startYear, Integer endYear, String exitRule, List<String> conditions,
                              List<String> kpis, ExitTerms exit, Selection selection,
                              LocalContentMeasure localContentMeasure, List<Contingency> contingentOn,
                              List<InstrumentGate> gates) {
        this(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule, conditions, kpis, exit,
                selection, localContentMeasure, contingentOn, gates, null);
    }

    /** The version 1 shape: no structured terms. */
    public SelectedInstrument(String instrument, List<Segment> segments, Money budget, Double coFinancingShare,
                              Integer startYear, Integer endYear, String exitRule, List<String> conditions,
                              List<String> kpis) {
        this(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule, conditions, kpis,
                null, null, null, List.of(), List.of(), null);
    }

    public static SelectedInstrument of(String instrument) {
        return new SelectedInstrument(instrument, List.of(), null, null, null, null, null, List.of(), List.of());
    }

    public SelectedInstrument withSegments(List<Segment> v) {
        return new SelectedInstrument(instrument, v, budget, coFinancingShare, startYear, endYear, exitRule, conditions,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withBudget(Money v) {
        return new SelectedInstrument(instrument, segments, v, coFinancingShare, startYear, endYear, exitRule, conditions,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withCoFinancingShare(Double v) {
        return new SelectedInstrument(instrument, segments, budget, v, startYear, endYear, exitRule, conditions,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withYears(Integer start, Integer end) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, start, end, exitRule, conditions,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withExitRule(String v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, v, conditions,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withConditions(List<String> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule, v,
                kpis, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withKpis(List<String> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, v, exit, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withExit(ExitTerms v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, v, selection, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withSelection(Selection v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, exit, v, localContentMeasure, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withLocalContentMeasure(LocalContentMeasure v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, exit, selection, v, contingentOn, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withContingentOn(List<Contingency> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, exit, selection, localContentMeasure, v, gates, regulatoryImpactAnalysis);
    }

    public SelectedInstrument withGates(List<InstrumentGate> v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, exit, selection, localContentMeasure, contingentOn, v, regulatoryImpactAnalysis);
    }

    /** Whether a regulatory impact analysis (АРВ) was done for a regulatory measure. */
    public SelectedInstrument withRegulatoryImpactAnalysis(Boolean v) {
        return new SelectedInstrument(instrument, segments, budget, coFinancingShare, startYear, endYear, exitRule,
                conditions, kpis, exit, selection, localContentMeasure, contingentOn, gates, v);
    }

    /** The exit terms, never null (empty when the passport says nothing structured). */
    public ExitTerms exitTerms() {
        return exit == null ? ExitTerms.empty() : exit;
    }

    /** The selection, never null. */
    public Selection selectionTerms() {
        return selection == null ? Selection.empty() : selection;
    }

    public double coFinancing() {
        return coFinancingShare == null ? 0 : coFinancingShare;
    }
}
