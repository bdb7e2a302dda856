package org.policylab.configurator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Drafts in the workspace. Every draft carries a version; a save names the version it was based on (the one this
 * client last read or saved) and is {@code UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?} in one
 * transaction: when another client (another window, a colleague on the team server, a command-line run) saved the
 * draft since, no row changes and a {@link ConflictException} carries both sides — nothing is overwritten silently.
 * A save of a draft this client never read (a new draft, an imported file, a reset to its scenario) is a deliberate
 * write: it inserts, or replaces what is there.
 *
 * <p>A stored draft is read through the passport migration, so one saved by an earlier version opens in today's shape.
 * A draft that is an approved revision is kept in {@link RevisionStore} in the same transaction, and refused if it
 * would change a revision approved before. Every statement runs on the workspace's writer thread. On a team workspace
 * whose server is unreachable the same statements run on the local copy, and each save is queued with its base
 * version ({@link TeamCopy}) until {@link Workspace#reconnect()} sends it.
 */
public final class DraftStore {
    private final Workspace ws;
    /** The version of each draft as this client last read or saved it: the base of its next save. */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();

    DraftStore(Workspace ws) {
        this.ws = ws;
    }

    /**
     * A draft as listed on the start screen (and by {@code draft list}): its revision number, its version and who
     * saved it last.
     */
    public record DraftSummary(String id, String title, Instant updatedAt, String scenario, int revision, int version,
                               String updatedBy) {
    }

    public void save(ProgramPassport passport) {
        save(passport, null);
    }

    /** Saves the draft based on the version this client last read or saved; {@code scenario} names its demo, or is null. */
    public void save(ProgramPassport passport, String scenario) {
        saveBased(passport, scenario, null);
    }

    /**
     * Saves the draft over version {@code base} — a conflict view's "keep mine" (or a merge), based on the version
     * theirs is at. Refused again if yet another save came in between. Returns the version stored.
     */
    public int saveOver(ProgramPassport passport, int base) {
        return saveBased(passport, null, base);
    }

    /** The version of the draft as this client last read or saved it, if it did. */
    public Optional<Integer> versionSeen(String id) {
        return Optional.ofNullable(seen.get(id));
    }

    private int saveBased(ProgramPassport passport, String scenario, Integer explicitBase) {
        String json = toJson(passport);
        String id = passport.id();
        String title = passport.title() == null ? "" : passport.title();
        int revision = passport.revisionOrFirst().number();
        int stored = ws.call("cannot save the draft", c -> RevisionStore.inTransaction(c, () -> {
            // an approved passport (a demo, a file) is kept as its frozen revision with the draft, in one transaction
            if (passport.revisionOrFirst().approved()) {
                ws.revisions().keep(passport);
            }
            Integer base = explicitBase != null ? explicitBase : seen.get(id);
            if (ws.isLocalCopy(c)) {
                // offline: the local copy takes it, and it waits for the server with the version it was based on
                TeamCopy.queue(c, id, base == null ? TeamCopy.BLIND : base, json, scenario);
                return TeamCopy.writeLocal(c, id, title, revision, json, scenario, base, ws.user());
            }
            return write(c, id, title, revision, json, scenario, base, ws.user());
        }));
        seen.put(id, stored);
        if (ws.isTeam() && !ws.isOffline()) {
            ws.callLocal("cannot keep the local copy of the draft", lc -> {
                TeamCopy.mirror(lc, id, title, revision, json, scenario, stored, ws.user());
                return null;
            });
        }
        return stored;
    }

    /**
     * The one write of a draft: a conditional update on {@code base}, or (with no base) an insert that replaces what is
     * there. Returns the version stored; throws {@link ConflictException} when the base is not the stored version.
     */
    static int write(Connection c, String id, String title, int revision, String json, String scenario, Integer base, String user)
            throws SQLException {
        String now = Instant.now().toString();
        if (base == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO draft (id, title, json, created_at, updated_at, scenario, version, updated_by, revision)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json,"
                            + " updated_at = excluded.updated_at, scenario = COALESCE(excluded.scenario, draft.scenario),"
                            + " version = draft.version + 1, updated_by = excluded.updated_by, revision = excluded.revision")) {
                ps.setString(1, id);
                ps.setString(2, title);
                ps.setString(3, json);
                ps.setString(4, now);
                ps.setString(5, now);
                ps.setString(6, scenario);
                ps.setString(7, user);
                ps.setInt(8, revision);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE draft SET title = ?, json = ?, updated_at = ?, scenario = COALESCE(?, scenario),"
                            + " version = version + 1, updated_by = ?, revision = ? WHERE id = ? AND version = ?")) {
                ps.setString(1, title);
                ps.setString(2, json);
                ps.setString(3, now);
                ps.setString(4, scenario);
                ps.setString(5, user);
                ps.setInt(6, revision);
                ps.setString(7, id);
                ps.setInt(8, base);
                if (ps.executeUpdate() == 0) {
                    throw conflict(c, id, title, base, json);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Both sides of a refused save: mine as given, theirs as stored now (or deleted). */
    static ConflictException conflict(Connection c, String id, String title, int base, String mine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, updated_by, updated_at, json FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new ConflictException(ConflictException.Subject.DRAFT, id, title, base, 0, null, null, mine, null);
                }
                return new ConflictException(ConflictException.Subject.DRAFT, id, title, base, rs.getInt(1), rs.getString(2),
                        rs.getString(3), mine, rs.getString(4));
            }
        }
    }

    static String toJson(ProgramPassport passport) {
        try {
            return JsonInput.mapper().writeValueAsString(passport);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("cannot serialise the draft: " + e.getOriginalMessage(), e);
        }
    }

    public List<DraftSummary> list() {
        return list(Integer.MAX_VALUE);
    }

    /** The {@code limit} drafts saved last, newest first (a start screen of a team's 10,000 shows a page at a time). */
    public List<DraftSummary> list(int limit) {
        return ws.call("cannot list drafts", c -> {
            List<DraftSummary> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, title, updated_at, scenario, revision, version, updated_by"
                    + " FROM draft ORDER BY updated_at DESC, id" + (limit == Integer.MAX_VALUE ? "" : " LIMIT ?"))) {
                if (limit != Integer.MAX_VALUE) {
                    st.setInt(1, limit);
                }
                st.setFetchSize(1000);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.add(new DraftSummary(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7) == null ? "" : rs.getString(7)));
                }
            }
            return out;
        });
    }

    public Optional<ProgramPassport> load(String id) {
        Optional<String[]> row = ws.call("cannot read draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json, version, title, scenario, revision, updated_by FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new String[] {rs.getString(1), Integer.toString(rs.getInt(2)), rs.getString(3), rs.getString(4),
                                    Integer.toString(rs.getInt(5)), rs.getString(6)})
                            : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String[] r = row.get();
        int version = Integer.parseInt(r[1]);
        seen.put(id, version);
        if (ws.isTeam() && !ws.isOffline()) {
            // what was opened can be worked on when the server is unreachable
            ws.callLocal("cannot keep the local copy of the draft", lc -> {
                TeamCopy.mirror(lc, id, r[2], Integer.parseInt(r[4]), r[0], r[3], version, r[5]);
                return null;
            });
        }
        try {
            return Optional.of(PassportJson.parseDraft("draft " + id, r[0]));
        } catch (InputException e) {
            throw new WorkspaceException("cannot read draft " + id + ": " + Workspace.firstLine(e.getMessage()), e);
        }
    }

    /** A draft as stored now: its content, its version and who saved it when. */
    public record Stored(ProgramPassport passport, int version, String updatedBy, Instant updatedAt) {
    }

    /**
     * The draft as stored now, with its version and who saved it — without making that version the base of this
     * client's next save (a window that still holds unsaved edits must not save them over a colleague's version
     * unseen). {@link #adopt} does that once the window shows it.
     */
    public Optional<Stored> peek(String id) {
        Optional<String[]> row = ws.call("cannot read draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json, version, updated_by, updated_at FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new String[] {rs.getString(1), Integer.toString(rs.getInt(2)), rs.getString(3), rs.getString(4)})
                            : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String[] r = row.get();
        try {
            return Optional.of(new Stored(PassportJson.parseDraft("draft " + id, r[0]), Integer.parseInt(r[1]),
                    r[2] == null ? "" : r[2], r[3] == null ? null : Instant.parse(r[3])));
        } catch (InputException e) {
            throw new WorkspaceException("cannot read draft " + id + ": " + Workspace.firstLine(e.getMessage()), e);
        }
    }

    /** The window shows version {@code version} of the draft now: this client's next save of it is based on that one. */
    public void adopt(String id, int version) {
        seen.put(id, version);
    }

    /** Who saved the draft last and when, and its version; empty when there is no such draft. */
    public Optional<DraftSummary> savedLast(String id) {
        return ws.call("cannot read draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, updated_at, scenario, revision, version, updated_by"
                    + " FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new DraftSummary(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7) == null ? "" : rs.getString(7)))
                            : Optional.<DraftSummary>empty();
                }
            }
        });
    }

    public Optional<String> scenarioOf(String id) {
        return ws.call("cannot read draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT scenario FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** One task on the writer: the copy is read and written with nothing in between. */
    public ProgramPassport duplicate(String id, String newTitle) {
        return ws.call("cannot duplicate draft " + id, c -> {
            ProgramPassport copy = load(id).orElseThrow(() -> new WorkspaceException("no draft " + id))
                    .withId(UUID.randomUUID().toString()).withTitle(newTitle);
            save(copy);
            return copy;
        });
    }

    /** A new draft from a passport file's content, under a new id; returns it as stored. */
    public ProgramPassport importAsNew(ProgramPassport p) {
        ProgramPassport fresh = p.withId(UUID.randomUUID().toString());
        save(fresh);
        return fresh;
    }

    public void rename(String id, String title) {
        ws.call("cannot rename draft " + id, c -> {
            load(id).ifPresent(p -> save(p.withTitle(title)));
            return null;
        });
    }

    /** Deletes the draft; refused as a conflict when someone saved it since this client read it. */
    public void delete(String id) {
        ws.call("cannot delete draft " + id, c -> {
            if (ws.isLocalCopy(c)) {
                throw new WorkspaceException(org.policylab.configurator.io.Fault.value("store.team.offlineRefused", ws.describe()));
            }
            Integer base = seen.get(id);
            try (PreparedStatement ps = c.prepareStatement(base == null ? "DELETE FROM draft WHERE id = ?"
                    : "DELETE FROM draft WHERE id = ? AND version = ?")) {
                ps.setString(1, id);
                if (base != null) {
                    ps.setInt(2, base);
                }
                if (ps.executeUpdate() == 0 && base != null) {
                    ConflictException ce = conflict(c, id, null, base, null);
                    if (ce.currentVersion() != 0) {
                        throw ce;
                    }
                }
            }
            seen.remove(id);
            return null;
        });
    }

    // ------------------------------------------------------------------ a team workspace's changes made offline

    /** On the writer thread: sends the changes queued offline to the server (see {@link TeamCopy#replay}). */
    TeamCopy.Replay replay(Connection server, Connection local) throws SQLException {
        return TeamCopy.replay(server, local, ws.user(), seen);
    }

    /** The saves the server refused when they were sent after a reconnect, each with both sides; kept until resolved. */
    public List<ConflictException> conflicts() {
        return ws.call("cannot read the conflicts", c -> {
            Connection local = ws.localCopy();
            if (local == null) {
                return List.<ConflictException>of();
            }
            List<ConflictException> out = new ArrayList<>();
            for (TeamCopy.Queued q : TeamCopy.conflicts(local)) {
                String title = TeamCopy.titleOf(q.json());
                out.add(ws.isOffline() ? new ConflictException(ConflictException.Subject.DRAFT, q.id(), title, q.base(), q.base(), null,
                        null, q.json(), null) : conflict(c, q.id(), title, q.base(), q.json()));
            }
            return out;
        });
    }

    /**
     * Resolves a conflict: {@code chosen} (mine, theirs, or a merge) is saved over the version theirs is at now, and
     * the conflict is closed. Returns the version stored.
     */
    public int resolve(ConflictException conflict, ProgramPassport chosen) {
        int v;
        if (conflict.currentVersion() == 0) {
            // they deleted it: keeping mine stores it again
            seen.remove(conflict.id());
            v = saveBased(chosen, null, null);
        } else {
            v = saveOver(chosen, conflict.currentVersion());
        }
        ws.callLocal("cannot close the conflict", lc -> {
            TeamCopy.closeConflict(lc, conflict.id());
            return null;
        });
        return v;
    }
}
