package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A risk of the program and how it is mitigated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskItem(String risk, String mitigation) {}
