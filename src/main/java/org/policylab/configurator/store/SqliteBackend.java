package org.policylab.configurator.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The planner's own workspace: {@code workspace.db} (SQLite, WAL) in the workspace folder. */
final class SqliteBackend implements StoreBackend {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private final Path file;

    SqliteBackend(Path file) {
        this.file = file;
    }

    static Connection open(Path file) throws SQLException {
        NativeSqlite.load();
        // the driver itself, not DriverManager: its first use loads every JDBC driver on the class path through
        // ServiceLoader, so each start of a planner's own workspace also loaded and started the team workspace's
        // PostgreSQL driver (issue 16; LazyLoadingTest)
        Connection c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new java.util.Properties());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public Connection connect() throws SQLException {
        return open(file);
    }

    @Override
    public int migrate(Connection c) throws SQLException {
        return Migrations.migrate(c);
    }

    @Override
    public int version(Connection c) throws SQLException {
        return Migrations.version(c);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public String user() {
        return System.getProperty("user.name", "");
    }

    @Override
    public boolean team() {
        return false;
    }
}
