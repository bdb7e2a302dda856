package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What happened after approval: KPI actuals, budget execution and gate decisions (issue 15). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Monitoring(List<Actual> actuals, List<BudgetExecution> execution, List<GateDecision> decisions) {
    public Monitoring {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        execution = execution == null ? List.of() : List.copyOf(execution);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    public static Monitoring empty() {
        return new Monitoring(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return actuals.isEmpty() && execution.isEmpty() && decisions.isEmpty();
    }

    public Monitoring withActuals(List<Actual> v) {
        return new Monitoring(v, execution, decisions);
    }

    public Monitoring withExecution(List<BudgetExecution> v) {
        return new Monitoring(actuals, v, decisions);
    }

    public Monitoring withDecisions(List<GateDecision> v) {
        return new Monitoring(actuals, execution, v);
    }
}
