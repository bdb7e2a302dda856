package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The instruction a program answers (поручение): who issued it, its title, number and date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstructingDocument(String issuedBy, String title, String number, String date) {}
