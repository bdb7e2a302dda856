package org.policylab.configurator.store;

/**
 * What the workspace's login may do, as the team server's roles say (see {@link TeamSchema}): the window offers only
 * that. The server enforces the same rights by its grants and triggers whatever a client tries; this record only
 * spares the planner buttons that would be refused. A planner's own workspace allows everything.
 *
 * @param login          who is connected (the server's login, or the OS user for a planner's own workspace)
 * @param catalogEditor  member of {@value TeamSchema#EDITOR}: writes the catalog (and everything a planner may)
 * @param planner        member of {@value TeamSchema#PLANNER}: writes drafts and their monitoring, comments
 * @param reviewer       member of {@value TeamSchema#REVIEWER}: reads, comments, approves a revision
 * @param administrator  the workspace's owner (IT's login that ran {@code team init}, or a superuser), or a planner's
 *                       own workspace: every right
 */
public record TeamRole(String login, boolean catalogEditor, boolean planner, boolean reviewer, boolean administrator) {

    /** A planner's own workspace (SQLite): nothing is refused. */
    public static TeamRole ownWorkspace(String login) {
        return new TeamRole(login, true, true, true, true);
    }

    /** Adds, changes or deletes catalog entries; imports or resets the catalog. */
    public boolean canEditCatalog() {
        return administrator || catalogEditor;
    }

    /** Creates, edits and deletes drafts, records monitoring (the catalog editors are planners too). */
    public boolean canEditDrafts() {
        return administrator || planner || catalogEditor;
    }

    /** Approves a draft: stores it as a frozen revision and opens the next one. */
    public boolean canApprove() {
        return administrator || reviewer;
    }

    /** Comments on a draft. */
    public boolean canComment() {
        return canEditDrafts() || reviewer;
    }

    /** Stored in the local copy, so a window opened while the server is unreachable offers what it did last time. */
    String encode() {
        return (catalogEditor ? "E" : "") + (planner ? "P" : "") + (reviewer ? "R" : "") + (administrator ? "A" : "");
    }

    static TeamRole decode(String login, String flags) {
        return new TeamRole(login, flags.contains("E"), flags.contains("P"), flags.contains("R"), flags.contains("A"));
    }
}
