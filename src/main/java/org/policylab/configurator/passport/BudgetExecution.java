package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Money of one instrument in one year: allocated and disbursed public money, and private money actually mobilised. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetExecution(String instrument, Integer year, Money allocated, Money disbursed, Money privateMobilised) {
}
