package org.policylab.configurator.store;

import java.util.List;
import java.util.Optional;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * A save refused because someone else saved the same draft or catalog entry since the version this change was based
 * on: {@code UPDATE … WHERE id = ? AND version = ?} changed no row. Nothing was overwritten and nothing is lost: the
 * exception carries both sides — mine (what this client tried to save) and theirs (what is stored now, at
 * {@link #currentVersion()}, saved by {@link #by()}) — so a conflict view can show them side by side and the planner can
 * keep mine (save again on their version), take theirs, or merge field by field.
 */
public final class ConflictException extends WorkspaceException {
    /** What kind of thing was refused. */
    public enum Subject { DRAFT, CATALOG_ENTRY, REVISION }

    private final Subject subject;
    private final String id;
    private final String title;
    private final int baseVersion;
    private final int currentVersion;
    private final String by;
    private final String at;
    private final String mine;
    private final String theirs;

    /**
     * @param currentVersion the version stored now; 0 when theirs is a deletion
     * @param theirs         the stored JSON, or null when it was deleted
     */
    public ConflictException(Subject subject, String id, String title, int baseVersion, int currentVersion, String by, String at,
                             String mine, String theirs) {
        super(fault(subject, id, title, baseVersion, currentVersion, by));
        this.subject = subject;
        this.id = id;
        this.title = title;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
        this.by = by;
        this.at = at;
        this.mine = mine;
        this.theirs = theirs;
    }

    private static Fault fault(Subject subject, String id, String title, int base, int current, String by) {
        String what = title == null || title.isBlank() ? id : title;
        String who = by == null || by.isBlank() ? "?" : by;
        if (current == 0) {
            return Fault.value("store.conflict.deleted", what, who);
        }
        return Fault.value(subject == Subject.CATALOG_ENTRY ? "store.conflict.entry" : "store.conflict.draft", what, who, current, base);
    }

    public Subject subject() {
        return subject;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The version this client's change was based on. */
    public int baseVersion() {
        return baseVersion;
    }

    /** The version stored now (0: deleted). A "keep mine" saves again based on this one. */
    public int currentVersion() {
        return currentVersion;
    }

    /** Who saved theirs. */
    public String by() {
        return by;
    }

    /** When theirs was saved (ISO instant, when known). */
    public String at() {
        return at;
    }

    /** My side, as JSON. */
    public String mineJson() {
        return mine;
    }

    /** Their side, as JSON, or null when it was deleted. */
    public String theirsJson() {
        return theirs;
    }

    /** My draft (for a draft conflict). */
    public ProgramPassport mine() {
        return parse("mine", mine).orElseThrow();
    }

    /** Their draft, or empty when they deleted it. */
    public Optional<ProgramPassport> theirs() {
        return parse("theirs", theirs);
    }

    /** What mine changes against theirs, field by field (the diff of the monitoring view); empty when they deleted it. */
    public List<PassportDiff.Change> changes() {
        return theirs().map(t -> PassportDiff.between(t, mine())).orElse(List.of());
    }

    private Optional<ProgramPassport> parse(String side, String json) {
        if (json == null || subject == Subject.CATALOG_ENTRY) {
            return Optional.empty();
        }
        try {
            return Optional.of(PassportJson.parseDraft(side + " of draft " + id, json));
        } catch (InputException e) {
            throw new WorkspaceException("cannot read " + side + " of draft " + id + ": " + Workspace.firstLine(e.getMessage()), e);
        }
    }
}
