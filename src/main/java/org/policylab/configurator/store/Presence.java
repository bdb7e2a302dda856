package org.policylab.configurator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has a draft open, on a team workspace: each client marks the drafts it has open in the server's
 * {@code presence} table, and its listening connection renews the mark every {@value #HEARTBEAT_SECONDS} s; a mark
 * older than {@value #STALE_SECONDS} s (a client that crashed or lost its network) no longer counts. On a planner's own
 * workspace nobody else is there, and these calls do nothing.
 */
public final class Presence {
    static final int HEARTBEAT_SECONDS = 10;
    static final int STALE_SECONDS = 30;
    private final Workspace ws;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    Presence(Workspace ws) {
        this.ws = ws;
    }

    /** This client has the draft open. */
    public void open(String draftId) {
        if (!ws.isTeam()) {
            return;
        }
        open.add(draftId);
        ws.call("cannot mark the draft open", c -> {
            if (ws.isLocalCopy(c)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO presence (draft_id, client) VALUES (?, ?)"
                    + " ON CONFLICT (draft_id, client) DO UPDATE SET seen_at = now()")) {
                ps.setString(1, draftId);
                ps.setString(2, ws.clientId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** This client closed the draft. */
    public void close(String draftId) {
        if (!ws.isTeam()) {
            return;
        }
        open.remove(draftId);
        ws.call("cannot mark the draft closed", c -> {
            if (ws.isLocalCopy(c)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM presence WHERE draft_id = ? AND client = ?")) {
                ps.setString(1, draftId);
                ps.setString(2, ws.clientId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The logins of everyone else who has the draft open now (not this client), sorted. */
    public List<String> others(String draftId) {
        if (!ws.isTeam()) {
            return List.of();
        }
        return ws.call("cannot read who has the draft open", c -> {
            List<String> out = new ArrayList<>();
            if (ws.isLocalCopy(c)) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT who FROM presence WHERE draft_id = ? AND client <> ?"
                    + " AND seen_at > now() - interval '" + STALE_SECONDS + " seconds' ORDER BY who")) {
                ps.setString(1, draftId);
                ps.setString(2, ws.clientId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The drafts this client has open (the heartbeat renews them). */
    Set<String> openDrafts() {
        return Set.copyOf(open);
    }
}
