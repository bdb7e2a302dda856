package org.policylab.configurator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policylab.configurator.io.JsonInput;

/**
 * A team workspace's local copy (a SQLite file beside the planner's own workspace, same schema): the drafts this
 * client opened or saved, the catalog as last read, and — while the server is unreachable — each draft saved, queued in
 * {@code outbox} with the version it was based on. {@link #replay} sends them when the server is back, each as a
 * conditional update on its base version, so a draft a colleague changed meanwhile is not overwritten: the save is kept
 * in {@code team_conflict} and reported as a {@link ConflictException}. The outbox row is written in the same SQLite
 * transaction (synchronous=FULL) as the local draft, so a save confirmed to the planner survives a crash.
 */
public final class TeamCopy {
    /** The base of a save that was not based on a read (a new draft): sent as an insert, or replacing. */
    static final int BLIND = -1;

    private TeamCopy() {
    }

    /** What a reconnect sent: how many saves the server took, and those it refused (kept for the conflict view). */
    public record Replay(int applied, List<ConflictException> conflicts) {
        public static final Replay NONE = new Replay(0, List.of());
    }

    /** A queued (or refused) save. */
    record Queued(String id, int base, String json, String scenario) {
    }

    static boolean hasCopy(Connection local) {
        try (Statement st = local.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM draft) + (SELECT COUNT(*) FROM catalog_entry)")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Queues a save made offline; a second save of the same draft replaces the first but keeps its base. */
    static void queue(Connection local, String id, int base, String json, String scenario) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("INSERT INTO outbox (draft_id, base_version, json, scenario, queued_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET json = excluded.json,"
                + " scenario = COALESCE(excluded.scenario, outbox.scenario), queued_at = excluded.queued_at")) {
            ps.setString(1, id);
            ps.setInt(2, base);
            ps.setString(3, json);
            ps.setString(4, scenario);
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** Offline, the local copy takes every save (conflicts are the server's to find); returns its local version. */
    static int writeLocal(Connection local, String id, String title, int revision, String json, String scenario, Integer base,
                          String user) throws SQLException {
        mirror(local, id, title, revision, json, scenario, -1, user);
        try (PreparedStatement ps = local.prepareStatement("UPDATE draft SET version = ? WHERE id = ?")) {
            // the version this client now holds: one past its base, or one past what the copy had
            ps.setInt(1, base != null ? base + 1 : localVersion(local, id) + 1);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        return localVersion(local, id);
    }

    private static int localVersion(Connection local, String id) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("SELECT version FROM draft WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Keeps the server's state of a draft in the local copy (version -1: keep the copy's own). */
    static void mirror(Connection local, String id, String title, int revision, String json, String scenario, int version, String by)
            throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement ps = local.prepareStatement(
                "INSERT INTO draft (id, title, json, created_at, updated_at, scenario, version, updated_by, revision)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                        + " json = excluded.json, updated_at = excluded.updated_at,"
                        + " scenario = COALESCE(excluded.scenario, draft.scenario),"
                        + " version = CASE WHEN excluded.version < 0 THEN draft.version ELSE excluded.version END,"
                        + " updated_by = excluded.updated_by, revision = excluded.revision")) {
            ps.setString(1, id);
            ps.setString(2, title == null ? "" : title);
            ps.setString(3, json);
            ps.setString(4, now);
            ps.setString(5, now);
            ps.setString(6, scenario);
            ps.setInt(7, version < 0 ? 0 : version);
            ps.setString(8, by);
            ps.setInt(9, revision);
            ps.executeUpdate();
        }
    }

    static List<Queued> queued(Connection local) throws SQLException {
        return rows(local, "SELECT draft_id, base_version, json, scenario FROM outbox ORDER BY queued_at, draft_id");
    }

    static List<Queued> conflicts(Connection local) throws SQLException {
        return rows(local, "SELECT draft_id, base_version, json, NULL FROM team_conflict ORDER BY found_at, draft_id");
    }

    private static List<Queued> rows(Connection local, String sql) throws SQLException {
        List<Queued> out = new ArrayList<>();
        try (Statement st = local.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Queued(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    static void closeConflict(Connection local, String id) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("DELETE FROM team_conflict WHERE draft_id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** How many saves wait for the server. */
    static int pending(Connection local) throws SQLException {
        try (Statement st = local.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM outbox")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String titleOf(String json) {
        return tree(json).path("title").asText("");
    }

    private static JsonNode tree(String json) {
        try {
            return JsonInput.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return JsonInput.mapper().createObjectNode();
        }
    }

    /**
     * Sends each queued save to the server in its own transaction, based on the version it was queued with. A save the
     * server already holds (its commit had arrived just before the connection broke) counts as applied; one the server
     * refuses is moved to {@code team_conflict}. An outbox row is removed only after the server confirmed it.
     */
    static Replay replay(Connection server, Connection local, String user, Map<String, Integer> seen) throws SQLException {
        int applied = 0;
        List<ConflictException> refused = new ArrayList<>();
        for (Queued q : queued(local)) {
            JsonNode node = tree(q.json());
            String title = node.path("title").asText("");
            int revision = node.path("revision").path("number").asInt(1);
            int version;
            try {
                version = RevisionStore.inTransaction(server, () -> DraftStore.write(server, q.id(), title, revision, q.json(),
                        q.scenario(), q.base() == BLIND ? null : q.base(), user));
            } catch (ConflictException ce) {
                if (ce.theirsJson() != null && tree(ce.theirsJson()).equals(node)) {
                    version = ce.currentVersion();
                } else {
                    try (PreparedStatement ps = local.prepareStatement("INSERT INTO team_conflict (draft_id, base_version, json, found_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET base_version = excluded.base_version,"
                            + " json = excluded.json, found_at = excluded.found_at");
                         PreparedStatement del = local.prepareStatement("DELETE FROM outbox WHERE draft_id = ?")) {
                        ps.setString(1, q.id());
                        ps.setInt(2, q.base());
                        ps.setString(3, q.json());
                        ps.setString(4, Instant.now().toString());
                        del.setString(1, q.id());
                        RevisionStore.inTransaction(local, () -> {
                            ps.executeUpdate();
                            return del.executeUpdate();
                        });
                    }
                    refused.add(ce);
                    continue;
                }
            }
            int v = version;
            try (PreparedStatement del = local.prepareStatement("DELETE FROM outbox WHERE draft_id = ?")) {
                del.setString(1, q.id());
                RevisionStore.inTransaction(local, () -> {
                    mirror(local, q.id(), title, revision, q.json(), q.scenario(), v, user);
                    return del.executeUpdate();
                });
            }
            seen.put(q.id(), v);
            applied++;
        }
        return new Replay(applied, List.copyOf(refused));
    }
}
