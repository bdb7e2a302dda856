package org.policylab.configurator.store;

import java.sql.SQLException;
import org.policylab.configurator.io.Fault;

/** A database error as one line for the planner: a right the server refused says whose and what; the rest as it is. */
final class TeamErrors {
    private TeamErrors() {
    }

    static WorkspaceException translate(String what, SQLException e, StoreBackend backend) {
        if (backend.team() && "42501".equals(e.getSQLState()) && approving(e)) {
            // a planner's client tried what only a reviewer may (step 2 of the schema): said as the rule it is
            return new WorkspaceException(Fault.value("store.team.onlyReviewer", backend.user(), what), e);
        }
        if (backend.team() && "42501".equals(e.getSQLState())) {
            return new WorkspaceException(Fault.value("store.team.denied", backend.user(), what), e);
        }
        if (backend.team() && "23505".equals(e.getSQLState())) {
            // two clients inserted the same row at once (the same revision approved twice): the second is refused
            return new WorkspaceException(Fault.value("store.team.taken", what), e);
        }
        return new WorkspaceException(what + ": " + Workspace.firstLine(e.getMessage()), e);
    }

    /** The server refused storing a revision (no INSERT right) or moving a draft to its next revision (the trigger). */
    private static boolean approving(SQLException e) {
        String s = String.valueOf(e.getMessage());
        return s.contains(TeamSchema.ONLY_REVIEWER) || s.contains("table revision");
    }
}
