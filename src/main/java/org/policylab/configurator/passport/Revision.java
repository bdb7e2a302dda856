package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which revision of the program a passport is, and its approval: the date, who approved it and the instructing
 * document. An approved revision is frozen; editing it starts revision {@code number + 1} as a draft.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Revision(int number, String approvedOn, String approvedBy, String approvalDocument) {
    public static Revision firstDraft() {
        return new Revision(1, null, null, null);
    }

    public boolean approved() {
        return approvedOn != null && !approvedOn.isBlank();
    }

    /** The draft that follows this revision. */
    public Revision next() {
        return new Revision(number + 1, null, null, null);
    }
}
