package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Money for the program from one source in one year (budget programme administrator named for budget money). Amounts are as entered per year, never spread evenly. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FinancingLine(FundingSource source, Integer year, Money amount, String administrator, String instrument) {}
