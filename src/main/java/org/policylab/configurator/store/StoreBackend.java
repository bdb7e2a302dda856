package org.policylab.configurator.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one thing that differs between a planner's own workspace and a team workspace: where the shared tables live and
 * how their schema is brought up to date. {@link SqliteBackend} is a file in the workspace folder (the default);
 * {@link TeamBackend} is a PostgreSQL database. The stores ({@link DraftStore}, {@link CatalogRepository},
 * {@link RevisionStore}) run the same SQL on either, on the workspace's one writer thread.
 */
interface StoreBackend {
    /** Opens and configures the connection to the shared tables. */
    Connection connect() throws SQLException;

    /** Brings the schema up to date (or checks that it is); returns the version it found. */
    int migrate(Connection c) throws SQLException;

    /** The schema version the tables are at now. */
    int version(Connection c) throws SQLException;

    /** Where the tables are, for messages: a file, or host:port/database. */
    String describe();

    /** Who writes, as the store records it (the OS user; on a team server the server's login, which it stamps itself). */
    String user();

    /** True for a team server: a second connection listens for changes, and a local copy serves when it is unreachable. */
    boolean team();
}
