package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The higher-level indicator a program indicator serves (the cascade): the document, the indicator as that document names it, and its id where it has one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorRef(String document, String indicator, String id) {}
