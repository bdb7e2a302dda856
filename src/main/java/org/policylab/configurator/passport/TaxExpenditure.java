package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Revenue the budget forgoes through a tax preference in one year: shown apart, never added to budget money. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaxExpenditure(String instrument, Integer year, Money amount) {}
