package org.policylab.configurator.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real PostgreSQL server the team tests run against: {@value #VARIABLE} holds its JDBC URL (an admin login that
 * may create databases and roles; its password from PGPASSWORD or the password file, as the app finds it). Without
 * it the team tests are skipped and one line says so. Each test class gets a database of its own, and each login a
 * random name, so runs never see each other's data.
 */
public final class TeamServer implements ExecutionCondition {
    public static final String VARIABLE = "POLICY_CONFIGURATOR_TEST_PG";
    private static final AtomicBoolean SAID = new AtomicBoolean();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (url() != null) {
            return ConditionEvaluationResult.enabled(VARIABLE + " is set");
        }
        if (SAID.compareAndSet(false, true)) {
            System.out.println("TEAM WORKSPACE TESTS NOT RUN: set " + VARIABLE
                    + " to a PostgreSQL 15+ JDBC URL (.ci/run starts one; README, Team workspace)");
        }
        return ConditionEvaluationResult.disabled(VARIABLE + " is not set: the team workspace tests were not run");
    }

    public static String url() {
        String v = System.getenv(VARIABLE);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public static TeamAddress admin() {
        return TeamAddress.parse(url());
    }

    public static String random(String prefix) {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }

    /** A new, empty database on the test server; the address of it as the admin. */
    public static TeamAddress freshDatabase() throws SQLException {
        String db = random("policy_t_");
        TeamAddress admin = admin();
        try (Connection c = adminConnection(admin); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        return database(admin, db);
    }

    /** The admin's address of another database on the same server. */
    static TeamAddress database(TeamAddress admin, String db) {
        String u = url();
        int q = u.indexOf('?');
        String base = q >= 0 ? u.substring(0, q) : u;
        String query = q >= 0 ? u.substring(q) : "";
        return TeamAddress.parse(base.substring(0, base.lastIndexOf('/') + 1) + db + query);
    }

    public static void dropDatabase(TeamAddress db) {
        try (Connection c = adminConnection(admin()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db.database() + " WITH (FORCE)");
        } catch (SQLException e) {
            // a leftover database on a throwaway server is harmless
        }
    }

    public static Connection adminConnection(TeamAddress a) throws SQLException {
        return DriverManager.getConnection(a.url(), a.connectionProperties("policy-configurator-test"));
    }

    /**
     * A new login with one of the roles of {@code team init} ("planner", "reviewer", "catalog-editor"), and its
     * address (with its password, in memory) on {@code db}, reached through {@code host:port} (a proxy, or the server).
     */
    public static TeamAddress login(TeamAddress db, String role, String host, int port) throws SQLException {
        String name = random(role.replace("-", "_") + "_");
        String pw = random("pw");
        try (Connection c = adminConnection(db); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + pw + "'");
            TeamSchema.grantRole(c, name, role);
        }
        return TeamAddress.parse("jdbc:postgresql://" + host + ":" + port + "/" + db.database() + "?user=" + name)
                .asUser(name, pw.toCharArray());
    }

    /** The same login and password, reached through another loopback port (a {@link TcpProxy}). */
    public static TeamAddress via(TeamAddress login, int port) {
        return TeamAddress.parse("jdbc:postgresql://127.0.0.1:" + port + "/" + login.database()).asUser(login.user(), login.password());
    }

    public static TeamAddress login(TeamAddress db, String role) throws SQLException {
        return login(db, role, db.host(), db.port());
    }
}
