package org.policylab.configurator.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Names;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.passport.BudgetExecution;
import org.policylab.configurator.passport.Decision;
import org.policylab.configurator.passport.GateDecision;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The design checks of a program in monitoring (seed 002: "continued support depends on results"; "remove persistent
 * underperformers"; "metrics must be transparent and trackable"). They read the actuals, budget execution and gate
 * decisions a passport carries, as of a year: periods up to that year are due.
 */
public final class MonitoringChecks {
    /** The rule ids, in the order they run. */
    public static final List<String> RULES = List.of("off-track-without-decision", "disbursed-after-stop",
            "gate-passed-unmet", "actuals-missing");

    private final Catalog catalog;

    public MonitoringChecks(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Nothing for a passport that is neither approved nor monitored: a draft has no facts yet. */
    public List<Finding> check(ProgramPassport p, int asOfYear) {
        if (!p.revisionOrFirst().approved() && p.monitoring() == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<PlanVsFact.Row> rows = PlanVsFact.table(p, catalog, asOfYear);
        offTrackWithoutDecision(p, rows, out);
        disbursedAfterStop(p, out);
        gatePassedUnmet(p, out);
        actualsMissing(p, rows, asOfYear, out);
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }

    /** An outcome KPI off track in two periods in a row with no gate decision since. */
    private void offTrackWithoutDecision(ProgramPassport p, List<PlanVsFact.Row> rows, List<Finding> out) {
        for (int i = 0; i < p.kpis().size(); i++) {
            KpiTarget k = p.kpis().get(i);
            boolean outcome = catalog.kpi(k.kpi()).map(x -> x.isOutcome()).orElse(false);
            if (!outcome) {
                continue;
            }
            List<PlanVsFact.Row> due = rows.stream().filter(r -> r.kpi().equals(k.kpi()) && r.due() && r.actual() != null).toList();
            for (int j = 1; j < due.size(); j++) {
                if (due.get(j - 1).status() == Status.OFF_TRACK && due.get(j).status() == Status.OFF_TRACK) {
                    int since = due.get(j).period().year();
                    boolean decided = p.monitoringOrEmpty().decisions().stream()
                            .anyMatch(d -> d.decision() != null && d.year() != null && d.year() >= since);
                    if (!decided) {
                        out.add(new Finding("off-track-without-decision", Severity.ERROR, "/kpis/" + i,
                                List.of(kpiName(k.kpi()), due.get(j - 1).period().toString(), due.get(j).period().toString())));
                    }
                    break;
                }
            }
        }
    }

    /** Money still paid out after a "stop" for the instrument (or for the whole program at a phase gate). */
    private void disbursedAfterStop(ProgramPassport p, List<Finding> out) {
        List<BudgetExecution> execution = p.monitoringOrEmpty().execution();
        for (GateDecision d : p.monitoringOrEmpty().decisions()) {
            if (d.decision() != Decision.STOP || d.year() == null) {
                continue;
            }
            for (int j = 0; j < execution.size(); j++) {
                BudgetExecution e = execution.get(j);
                boolean same = d.instrument() == null || Objects.equals(d.instrument(), e.instrument());
                boolean paid = e.disbursed() != null && e.disbursed().amount().compareTo(BigDecimal.ZERO) > 0;
                if (same && paid && e.year() != null && e.year() > d.year()) {
                    out.add(new Finding("disbursed-after-stop", Severity.ERROR, "/monitoring/execution/" + j,
                            List.of(instrumentName(e.instrument()), d.date(), String.valueOf(e.year()))));
                }
            }
        }
    }

    /** A "continue" at an instrument's gate whose criterion the actuals do not meet. */
    private void gatePassedUnmet(ProgramPassport p, List<Finding> out) {
        List<ExitEvaluation.GateResult> results = ExitEvaluation.evaluate(p, catalog);
        List<GateDecision> decisions = p.monitoringOrEmpty().decisions();
        for (int j = 0; j < decisions.size(); j++) {
            GateDecision d = decisions.get(j);
            if (d.decision() != Decision.CONTINUE || d.instrument() == null || d.gate() == null) {
                continue;
            }
            for (ExitEvaluation.GateResult r : results) {
                if (r.instrumentId().equals(d.instrument()) && r.gate() == d.gate() && r.result() == ExitEvaluation.Result.MISSED) {
                    out.add(new Finding("gate-passed-unmet", Severity.ERROR, "/monitoring/decisions/" + j,
                            List.of(instrumentName(d.instrument()), kpiName(r.criterion().kpi()),
                                    number(r.criterion().threshold()), number(r.actual()))));
                }
            }
        }
    }

    /** A period already past with a target and no actual. */
    private void actualsMissing(ProgramPassport p, List<PlanVsFact.Row> rows, int asOfYear, List<Finding> out) {
        for (int i = 0; i < p.kpis().size(); i++) {
            KpiTarget k = p.kpis().get(i);
            List<String> missing = rows.stream()
                    .filter(r -> r.kpi().equals(k.kpi()) && r.period().year() < asOfYear && r.actual() == null)
                    .map(r -> r.period().toString()).toList();
            if (!missing.isEmpty()) {
                out.add(new Finding("actuals-missing", Severity.WARNING, "/kpis/" + i,
                        List.of(kpiName(k.kpi()), String.join(", ", missing))));
            }
        }
    }

    private Object kpiName(String id) {
        return catalog.kpi(id).<Object>map(x -> Names.of(x.name())).orElse(id);
    }

    private Object instrumentName(String id) {
        return id == null ? "" : catalog.instrument(id).<Object>map(x -> Names.of(x.name())).orElse(id);
    }

    /** A value in the message's language ("4,500.5", «4 500,5»). */
    private static Object number(Double v) {
        return v == null ? "—" : Names.number(v);
    }
}
