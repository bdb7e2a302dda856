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
import java.util.Optional;
import java.util.UUID;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/** Drafts in the workspace: each autosave replaces the draft's row in one transaction. */
public final class DraftStore {
    private final Connection connection;

    DraftStore(Connection connection) {
        this.connection = connection;
    }

    /** A draft as listed on the start screen. */
    public record DraftSummary(String id, String title, Instant updatedAt, String scenario) {
    }

    public synchronized void save(ProgramPassport passport) {
        save(passport, null);
    }

    public synchronized void save(ProgramPassport passport, String scenario) {
        String now = Instant.now().toString();
        String json;
        try {
            json = JsonInput.mapper().writeValueAsString(passport);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("cannot serialise the draft: " + e.getOriginalMessage(), e);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO draft (id, title, json, created_at, updated_at, scenario) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json,"
                        + " updated_at = excluded.updated_at, scenario = COALESCE(excluded.scenario, draft.scenario)")) {
            ps.setString(1, passport.id());
            ps.setString(2, passport.title() == null ? "" : passport.title());
            ps.setString(3, json);
            ps.setString(4, now);
            ps.setString(5, now);
            ps.setString(6, scenario);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save the draft: " + e.getMessage(), e);
        }
    }

    public synchronized List<DraftSummary> list() {
        List<DraftSummary> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, title, updated_at, scenario FROM draft ORDER BY updated_at DESC, id")) {
            while (rs.next()) {
                out.add(new DraftSummary(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list drafts: " + e.getMessage(), e);
        }
        return out;
    }

    public synchronized Optional<ProgramPassport> load(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT json FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(JsonInput.mapper().readValue(rs.getString(1), ProgramPassport.class));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException("cannot read draft " + id + ": " + JsonInput.oneLine(e.getMessage()), e);
        }
    }

    public synchronized Optional<String> scenarioOf(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT scenario FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read draft " + id + ": " + e.getMessage(), e);
        }
    }

    public synchronized ProgramPassport duplicate(String id, String newTitle) {
        ProgramPassport copy = load(id).orElseThrow(() -> new WorkspaceException("no draft " + id))
                .withId(UUID.randomUUID().toString()).withTitle(newTitle);
        save(copy);
        return copy;
    }

    public synchronized void rename(String id, String title) {
        load(id).ifPresent(p -> save(p.withTitle(title)));
    }

    public synchronized void delete(String id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot delete draft " + id + ": " + e.getMessage(), e);
        }
    }
}
