package org.policylab.configurator.monitoring;

import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * Approval and revisions of a program: a draft is approved as revision N (date, approver, the instructing document)
 * and is frozen from then on; editing it starts revision N+1 as a draft, which keeps the monitoring recorded so far.
 */
public final class Revisions {
    private Revisions() {
    }

    /** The draft approved; refused for a passport that is already approved or when the date or approver is missing. */
    public static ProgramPassport approve(ProgramPassport draft, String date, String approver, String document) {
        if (draft.revisionOrFirst().approved()) {
            throw new IllegalStateException("revision " + draft.revisionOrFirst().number() + " is already approved");
        }
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}") || approver == null || approver.isBlank()) {
            throw new IllegalArgumentException("an approval needs a date (yyyy-mm-dd) and who approved it");
        }
        return draft.withRevision(new Revision(draft.revisionOrFirst().number(), date, approver, document));
    }

    /** Whether edits to this passport must start a new revision instead of changing it. */
    public static boolean frozen(ProgramPassport p) {
        return p.revisionOrFirst().approved();
    }

    /** The draft of the next revision: the same program, the revision number one up, not approved. */
    public static ProgramPassport startNext(ProgramPassport approved) {
        return approved.withRevision(approved.revisionOrFirst().next());
    }

    /**
     * Applies an edit the way a planner expects: a draft changes in place; an approved revision stays as it was and
     * the edit lands in the next revision's draft.
     */
    public static ProgramPassport edit(ProgramPassport p, java.util.function.UnaryOperator<ProgramPassport> change) {
        ProgramPassport base = frozen(p) ? startNext(p) : p;
        return change.apply(base);
    }
}
