package org.policylab.configurator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.monitoring.Revisions;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * The approved revisions of each program, frozen: a revision is written once, as the whole passport JSON it was
 * approved as, and never changed or deleted (the database's triggers refuse it too, whatever the code asks). The
 * program's working draft stays in {@link DraftStore}; it carries the monitoring recorded since. Every statement runs
 * on the workspace's writer thread.
 */
public final class RevisionStore {
    private final Workspace ws;

    RevisionStore(Workspace ws) {
        this.ws = ws;
    }

    /** A revision as the revisions list shows it. */
    public record RevisionSummary(String programId, int number, String approvedOn, String approvedBy, String document) {
    }

    public List<RevisionSummary> list(String programId) {
        return ws.call("cannot list the revisions of " + programId, c -> {
            List<RevisionSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, approved_on, approved_by, document FROM revision"
                    + " WHERE program_id = ? ORDER BY number")) {
                ps.setString(1, programId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RevisionSummary(programId, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<ProgramPassport> load(String programId, int number) {
        Optional<String> json = ws.call("cannot read revision " + number + " of " + programId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM revision WHERE program_id = ? AND number = ?")) {
                ps.setString(1, programId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PassportJson.parseDraft("revision " + number + " of " + programId, json.get()));
        } catch (InputException e) {
            throw new WorkspaceException("cannot read revision " + number + " of " + programId + ": "
                    + Workspace.firstLine(e.getMessage()), e);
        }
    }

    /** The latest approved revision of a program, if any. */
    public Optional<ProgramPassport> latest(String programId) {
        return ws.call("cannot read the revisions of " + programId, c -> {
            List<RevisionSummary> all = list(programId);
            return all.isEmpty() ? Optional.<ProgramPassport>empty() : load(programId, all.get(all.size() - 1).number());
        });
    }

    /**
     * Approves the draft as its revision N and makes the program's draft revision N+1, in one transaction: either
     * both are stored or neither. Refused when revision N of the program is already approved. Returns the new draft.
     */
    public ProgramPassport approve(ProgramPassport draft, String date, String approver, String document) {
        ProgramPassport approved = Revisions.approve(draft, date, approver, document);
        ProgramPassport next = Revisions.startNext(approved);
        return ws.call("cannot approve revision " + approved.revisionOrFirst().number(), c -> inTransaction(c, () -> {
            if (load(approved.id(), approved.revisionOrFirst().number()).isPresent()) {
                throw new WorkspaceException(frozenMessage(approved));
            }
            insert(c, approved);
            ws.drafts().save(next);
            return next;
        }));
    }

    /**
     * Keeps an approved passport that arrives from outside (a demo, a file) as its revision, once. Returns false when
     * that revision is stored already with the same plan (monitoring recorded since may differ: it is not the plan);
     * refuses a different plan under an approved number — the approved revision is never overwritten.
     */
    boolean keep(ProgramPassport approved) {
        Revision r = approved.revisionOrFirst();
        if (!r.approved()) {
            throw new IllegalArgumentException("revision " + r.number() + " is not approved");
        }
        return ws.call("cannot keep revision " + r.number(), c -> {
            Optional<ProgramPassport> stored = load(approved.id(), r.number());
            if (stored.isPresent()) {
                if (!plan(stored.get()).equals(plan(approved))) {
                    throw new WorkspaceException(frozenMessage(approved));
                }
                return false;
            }
            insert(c, approved);
            return true;
        });
    }

    static String frozenMessage(ProgramPassport p) {
        return "revision " + p.revisionOrFirst().number() + " of “" + p.title() + "” is approved and frozen; edit it to start revision "
                + (p.revisionOrFirst().number() + 1);
    }

    /** What was approved: the passport without the monitoring recorded since. */
    private static JsonNode plan(ProgramPassport p) {
        return JsonInput.mapper().valueToTree(p.withMonitoring(null));
    }

    private void insert(Connection c, ProgramPassport approved) throws SQLException {
        Revision r = approved.revisionOrFirst();
        String json;
        try {
            json = JsonInput.mapper().writeValueAsString(approved);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("cannot serialise revision " + r.number() + ": " + e.getOriginalMessage(), e);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revision (program_id, number, approved_on, approved_by,"
                + " document, json, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, approved.id());
            ps.setInt(2, r.number());
            ps.setString(3, r.approvedOn());
            ps.setString(4, r.approvedBy() == null ? "" : r.approvedBy());
            ps.setString(5, r.approvalDocument());
            ps.setString(6, json);
            ps.setString(7, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** Work that must be whole: committed together, or rolled back together on any failure. */
    static <T> T inTransaction(Connection c, java.util.concurrent.Callable<T> work) throws SQLException {
        if (!c.getAutoCommit()) {
            // already inside a transaction (a store calling another): it commits or rolls back as one
            return callUnchecked(work);
        }
        c.setAutoCommit(false);
        try {
            T result = callUnchecked(work);
            c.commit();
            return result;
        } catch (RuntimeException | SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static <T> T callUnchecked(java.util.concurrent.Callable<T> work) throws SQLException {
        try {
            return work.call();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WorkspaceException(Workspace.firstLine(e.getMessage()), e);
        }
    }
}
