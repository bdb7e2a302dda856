package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One line of the action plan (план мероприятий): the measure, its form of completion, deadline, responsible executors, source and amount. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionItem(String measure, String completionForm, String deadline, List<String> executors, FundingSource source, Money amount, String instrument) {
    public ActionItem {
        executors = executors == null ? List.of() : List.copyOf(executors);
    }
}
