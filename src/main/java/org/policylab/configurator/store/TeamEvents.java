package org.policylab.configurator.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.policylab.configurator.io.JsonInput;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A team workspace's ears: a dedicated connection that LISTENs to the server's announcements (the triggers of
 * {@link TeamSchema} NOTIFY every change of a draft, catalog entry or presence) and hands them to the
 * {@link WorkspaceListener}s within a fraction of a second. When the connection breaks it tries again with a growing
 * pause (0.5 s doubling to 15 s); once back, a workspace that went offline reconnects and sends its queued changes,
 * and the listeners are told to read everything again, since announcements made meanwhile were missed. The same
 * connection renews this client's presence marks.
 */
final class TeamEvents {
    static final long FIRST_PAUSE_MS = 500;
    static final long LONGEST_PAUSE_MS = 15_000;
    private final Workspace ws;
    private final TeamAddress address;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    TeamEvents(Workspace ws, TeamAddress address) {
        this.ws = ws;
        this.address = address;
    }

    AutoCloseable subscribe(WorkspaceListener l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "workspace-listener");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            Workspace.closeQuietly(c);
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        long pause = FIRST_PAUSE_MS;
        boolean connectedBefore = false;
        while (running) {
            try (Connection c = TeamBackend.open(address, "policy-configurator-listener")) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN policy_draft");
                    st.execute("LISTEN policy_catalog");
                    st.execute("LISTEN policy_presence");
                }
                pause = FIRST_PAUSE_MS;
                if (ws.isOffline()) {
                    reconnectWorkspace();
                } else if (connectedBefore) {
                    fireRefresh();
                }
                connectedBefore = true;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                // the server or the network went away: let the workspace find out now, not at its next save
                ws.write(() -> {
                    ws.probe();
                    return null;
                });
            } finally {
                connection = null;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                break;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    private void reconnectWorkspace() {
        try {
            ws.reconnect();
        } catch (RuntimeException e) {
            // still unreachable for the workspace's own connection: the next round tries again
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastBeat = 0;
        while (running) {
            PGNotification[] ns = pg.getNotifications(250);
            if (ns != null) {
                for (PGNotification n : ns) {
                    dispatch(n);
                }
            }
            long now = System.currentTimeMillis();
            if (now - lastBeat >= Presence.HEARTBEAT_SECONDS * 1000L) {
                heartbeat(c);
                lastBeat = now;
            }
            if (ws.isOffline()) {
                // the listener got through but the workspace's own connection is still down: try it now
                reconnectWorkspace();
            }
        }
    }

    private void heartbeat(Connection c) throws SQLException {
        var open = ws.presence().openDrafts();
        if (open.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT 1");
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE presence SET seen_at = now() WHERE client = ?")) {
            ps.setString(1, ws.clientId());
            ps.executeUpdate();
        }
    }

    private void dispatch(PGNotification n) {
        WorkspaceListener.Change change;
        if ("policy_presence".equals(n.getName())) {
            change = new WorkspaceListener.Change(WorkspaceListener.Kind.PRESENCE, n.getParameter(), 0, null, false);
        } else {
            JsonNode p;
            try {
                p = JsonInput.mapper().readTree(n.getParameter());
            } catch (Exception e) {
                return;
            }
            WorkspaceListener.Kind kind = "policy_catalog".equals(n.getName()) ? WorkspaceListener.Kind.CATALOG : WorkspaceListener.Kind.DRAFT;
            change = new WorkspaceListener.Change(kind, p.path("item").asText(), p.path("version").asInt(0), p.path("by").asText(""),
                    p.path("pid").asInt() == ws.serverPid());
        }
        for (WorkspaceListener l : listeners) {
            try {
                l.changed(change);
            } catch (RuntimeException ignored) {
                // one listener's fault must not silence the others
            }
        }
    }

    void fireOnline(boolean online) {
        for (WorkspaceListener l : listeners) {
            try {
                l.online(online);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    void fireRefresh() {
        for (WorkspaceListener l : listeners) {
            try {
                l.refreshAll();
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    void fireConflict(ConflictException c) {
        for (WorkspaceListener l : listeners) {
            try {
                l.conflict(c);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }
}
