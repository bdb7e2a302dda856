package org.policylab.configurator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Drafts in the workspace: each autosave replaces the draft's row in one statement. A stored
 * draft is read through the passport migration, so one saved by an earlier version opens in
 * today's shape. A draft that is an approved revision is kept in {@link RevisionStore} in the same
 * transaction, and refused if it would change a revision approved before. Every statement runs on the workspace's writer thread.
 */
public final class DraftStore {
    private final Workspace ws;

    DraftStore(Workspace ws) {
        this.ws = ws;
    }

    /** A draft as listed on the start screen. */
    public record DraftSummary(String id, String title, Instant updatedAt, String scenario) {
    }

    public void save(ProgramPassport passport) {
        save(passport, null);
    }

    public void save(ProgramPassport passport, String scenario) {
        String now = Instant.now().toString();
        String json;
        try {
            json = JsonInput.mapper().writeValueAsString(passport);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("cannot serialise the draft: " + e.getOriginalMessage(), e);
        }
        ws.call("cannot save the draft", c -> RevisionStore.inTransaction(c, () -> {
            // an approved passport (a demo, a file) is kept as its frozen revision with the draft, in one transaction
            if (passport.revisionOrFirst().approved()) {
                ws.revisions().keep(passport);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO draft (id, title, json, created_at, updated_at, scenario) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json,"
                            + " updated_at = excluded.updated_at, scenario = COALESCE(excluded.scenario, draft.scenario)")) {
                ps.setString(1, passport.id());
                ps.setString(2, passport.title() == null ? "" : passport.title());
                ps.setString(3, json);
                ps.setString(4, now);
                ps.setString(5, now);
                ps.setString(6, scenario);
                return ps.executeUpdate();
            }
        }));
    }

    public List<DraftSummary> list() {
        return ws.call("cannot list drafts", c -> {
            List<DraftSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, title, updated_at, scenario FROM draft ORDER BY updated_at DESC, id")) {
                while (rs.next()) {
                    out.add(new DraftSummary(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4)));
                }
            }
            return out;
        });
    }

    public Optional<ProgramPassport> load(String id) {
        Optional<String> json = ws.call("cannot read draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PassportJson.parseDraft("draft " + id, json.get()));
        } catch (InputException e) {
            throw new WorkspaceException("cannot read draft " + id + ": " + Workspace.firstLine(e.getMessage()), e);
        }
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

    public void rename(String id, String title) {
        ws.call("cannot rename draft " + id, c -> {
            load(id).ifPresent(p -> save(p.withTitle(title)));
            return null;
        });
    }

    public void delete(String id) {
        ws.call("cannot delete draft " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }
}
