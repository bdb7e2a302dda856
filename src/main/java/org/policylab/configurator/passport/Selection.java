package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an instrument's recipients are chosen (passport v2), with the justification a direct appointment needs.
 * The share of the budget the largest recipient gets and whether it is state-owned let the checks see
 * concentration and state vehicles (seed 001: subsidies without competition lead to stagnation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Selection(SelectionMethod method, String justification, Double largestRecipientShare,
                        Boolean stateOwnedRecipient) {
    public static Selection empty() {
        return new Selection(null, null, null, null);
    }

    public boolean isEmpty() {
        return method == null && (justification == null || justification.isBlank()) && largestRecipientShare == null
                && stateOwnedRecipient == null;
    }

    public Selection withMethod(SelectionMethod v) {
        return new Selection(v, justification, largestRecipientShare, stateOwnedRecipient);
    }

    public Selection withJustification(String v) {
        return new Selection(method, v, largestRecipientShare, stateOwnedRecipient);
    }

    public Selection withLargestRecipientShare(Double v) {
        return new Selection(method, justification, v, stateOwnedRecipient);
    }

    public Selection withStateOwnedRecipient(Boolean v) {
        return new Selection(method, justification, largestRecipientShare, v);
    }
}
