package org.policylab.configurator.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.policylab.configurator.io.Fault;

/**
 * A team workspace: the shared tables in a PostgreSQL 15+ database. The server stamps who changed a row and when,
 * writes the audit trail and announces each change (LISTEN/NOTIFY) by its own triggers, and its roles decide who may
 * write what (see {@link TeamSchema}). A planner's client never creates or alters the schema: {@code team init} does.
 */
final class TeamBackend implements StoreBackend {
    private final TeamAddress address;
    private final boolean init;

    /** @param init true for {@code team init}: create or upgrade the schema, roles and grants */
    TeamBackend(TeamAddress address, boolean init) {
        this.address = address;
        this.init = init;
    }

    TeamAddress address() {
        return address;
    }

    boolean init() {
        return init;
    }

    @Override
    public Connection connect() throws SQLException {
        return open(address, "policy-configurator");
    }

    static Connection open(TeamAddress a, String applicationName) throws SQLException {
        try {
            // PostgreSQL's driver itself, not DriverManager (see SqliteBackend.open)
            Connection c = new org.postgresql.Driver().connect(a.url(), a.connectionProperties(applicationName));
            if (c == null) {
                throw new SQLException("not a PostgreSQL address: " + a.url(), "08001");
            }
            return c;
        } catch (SQLException e) {
            throw new TeamConnectException(describeConnectFailure(a, e), e);
        }
    }

    /** The one line that says what went wrong connecting and what to do about it. */
    static Fault describeConnectFailure(TeamAddress a, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String hp = a.host() + ":" + a.port();
        if ("28P01".equals(state) || ("28000".equals(state) && !a.hasPassword())
                || String.valueOf(e.getMessage()).contains("no password was provided")) {
            return Fault.value("store.team.auth", hp, a.user());
        }
        if ("28000".equals(state)) {
            return Fault.value("store.team.refused", hp, a.user());
        }
        if ("3D000".equals(state)) {
            return Fault.value("store.team.noDatabase", hp, a.database());
        }
        return Fault.value("store.team.unreachable", hp, Workspace.firstLine(e.getMessage()));
    }

    @Override
    public int migrate(Connection c) throws SQLException {
        if (init) {
            return TeamSchema.init(c);
        }
        int v = TeamSchema.version(c);
        if (v == 0) {
            throw new TeamConnectException(Fault.value("store.team.notInitialised", address.where()), null);
        }
        if (v > TeamSchema.LATEST) {
            throw new TeamConnectException(Fault.value("store.team.newer", address.where(), v, TeamSchema.LATEST), null);
        }
        if (v < TeamSchema.LATEST) {
            throw new TeamConnectException(Fault.value("store.team.older", address.where(), v, TeamSchema.LATEST), null);
        }
        return v;
    }

    @Override
    public int version(Connection c) throws SQLException {
        return TeamSchema.version(c);
    }

    @Override
    public String describe() {
        return address.where();
    }

    @Override
    public String user() {
        return address.user();
    }

    @Override
    public boolean team() {
        return true;
    }

    /**
     * The connection to the server is lost (refused, reset, timed out, the server shutting down or the session
     * terminated): the work can go to the local copy instead. Other failures (a refused right, a constraint) cannot.
     */
    static boolean isConnectionLoss(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String st = s.getSQLState();
                if (st.startsWith("08") || st.equals("57P01") || st.equals("57P02") || st.equals("57P03")) {
                    return true;
                }
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** Opening failed: the fault says why in one line. */
    static final class TeamConnectException extends SQLException {
        final transient Fault fault;

        TeamConnectException(Fault fault, Throwable cause) {
            super(fault.english(), cause instanceof SQLException s ? s.getSQLState() : null, cause);
            this.fault = fault;
        }
    }
}
