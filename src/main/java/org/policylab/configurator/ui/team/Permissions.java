package org.policylab.configurator.ui.team;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.TeamRole;

/**
 * What the window offers to the login it runs as (view model, no scene graph): each action that writes, and the right
 * of {@link TeamRole} it needs. A view shows an action only when {@link #offers} says so; the team server refuses the
 * others anyway, so this spares the planner buttons that could only fail. A planner's own workspace offers all.
 */
public final class Permissions {
    /** The actions that write something; reading, comparing, exporting and presenting are everyone's. */
    public enum Action {
        /** New program, open a passport file, open a demo scenario (each stores a new draft). */
        NEW_DRAFT,
        DUPLICATE_DRAFT,
        RENAME_DRAFT,
        DELETE_DRAFT,
        RESET_DRAFT,
        /** Change the open draft in the wizard (undo and redo too). */
        EDIT_DRAFT,
        /** Record actuals, budget execution and gate decisions; import actuals. */
        RECORD_MONITORING,
        /** Approve the draft: store it as a frozen revision and open the next one. */
        APPROVE,
        /** Comment on a draft (a team workspace keeps the comments). */
        COMMENT,
        /** Add, change, duplicate or delete a catalog entry. */
        EDIT_CATALOG,
        IMPORT_CATALOG,
        RESET_CATALOG
    }

    private final TeamRole role;
    private final Set<Action> offered;

    public Permissions(TeamRole role) {
        this.role = role;
        Set<Action> s = EnumSet.noneOf(Action.class);
        if (role.canEditDrafts()) {
            s.addAll(EnumSet.of(Action.NEW_DRAFT, Action.DUPLICATE_DRAFT, Action.RENAME_DRAFT, Action.DELETE_DRAFT,
                    Action.RESET_DRAFT, Action.EDIT_DRAFT, Action.RECORD_MONITORING));
        }
        if (role.canApprove()) {
            s.add(Action.APPROVE);
        }
        if (role.canComment()) {
            s.add(Action.COMMENT);
        }
        if (role.canEditCatalog()) {
            s.addAll(EnumSet.of(Action.EDIT_CATALOG, Action.IMPORT_CATALOG, Action.RESET_CATALOG));
        }
        this.offered = Set.copyOf(s);
    }

    public TeamRole role() {
        return role;
    }

    public boolean offers(Action a) {
        return offered.contains(a);
    }

    /** Every action offered. */
    public Set<Action> offered() {
        return offered;
    }

    /** The wizard shows the draft without letting it be changed (a reviewer reads it, and approves it). */
    public boolean readOnlyDrafts() {
        return !offers(Action.EDIT_DRAFT);
    }

    /**
     * The role as the status line names it: "planner", "planner, reviewer", "catalog editor" (a catalog editor is a
     * planner too), "administrator" for the workspace's owner, "no role" for a login IT has given none.
     */
    public String roleName(Messages m) {
        if (role.administrator()) {
            return m.get("team.role.administrator");
        }
        List<String> names = new ArrayList<>();
        if (role.catalogEditor()) {
            names.add(m.get("team.role.catalogEditor"));
        } else if (role.planner()) {
            names.add(m.get("team.role.planner"));
        }
        if (role.reviewer()) {
            names.add(m.get("team.role.reviewer"));
        }
        return names.isEmpty() ? m.get("team.role.none") : String.join(", ", names);
    }
}
