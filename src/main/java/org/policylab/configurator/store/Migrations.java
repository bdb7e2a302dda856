package org.policylab.configurator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations of the workspace database. {@code PRAGMA user_version} holds the
 * number of the last one applied; each runs in its own transaction. Never edit a released
 * migration: add the next one.
 */
public final class Migrations {
    /** Migration N (1-based) is {@code STEPS.get(N - 1)}. */
    static final List<String[]> STEPS = List.of(
            // 1: drafts and settings
            new String[] {
                    "CREATE TABLE draft (id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL,"
                            + " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
                    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            },
            // 2: the catalog, one row per entry as its exchange JSON, plus recent files
            new String[] {
                    "CREATE TABLE catalog_entry (kind TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL,"
                            + " json TEXT NOT NULL, PRIMARY KEY (kind, id))",
                    "CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE recent_file (path TEXT PRIMARY KEY, opened_at TEXT NOT NULL)"
            },
            // 3: where a draft came from (a demo scenario), so it can be reset to it
            new String[] {
                    "ALTER TABLE draft ADD COLUMN scenario TEXT"
            },
            // 4: approved revisions of a program, frozen: a row is written once and never changed or deleted
            new String[] {
                    "CREATE TABLE revision (program_id TEXT NOT NULL, number INTEGER NOT NULL, approved_on TEXT NOT NULL,"
                            + " approved_by TEXT NOT NULL, document TEXT, json TEXT NOT NULL, stored_at TEXT NOT NULL,"
                            + " PRIMARY KEY (program_id, number))",
                    // INSERT OR REPLACE deletes without firing delete triggers: refuse the second insert itself
                    "CREATE TRIGGER revision_written_once BEFORE INSERT ON revision WHEN EXISTS (SELECT 1 FROM revision"
                            + " WHERE program_id = NEW.program_id AND number = NEW.number)"
                            + " BEGIN SELECT RAISE(ABORT, 'an approved revision is frozen'); END",
                    "CREATE TRIGGER revision_never_updated BEFORE UPDATE ON revision"
                            + " BEGIN SELECT RAISE(ABORT, 'an approved revision is frozen'); END",
                    "CREATE TRIGGER revision_never_deleted BEFORE DELETE ON revision"
                            + " BEGIN SELECT RAISE(ABORT, 'an approved revision is frozen'); END"
            },
            // 5: a version on every draft and catalog entry (a save names the version it was based on, as on a team
            //    server), who saved last, the draft's revision number for the list; for a team workspace's local copy,
            //    the changes waiting for the server (with their base version) and those the server refused
            new String[] {
                    "ALTER TABLE draft ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE draft ADD COLUMN updated_by TEXT",
                    "ALTER TABLE draft ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
                    "UPDATE draft SET revision = COALESCE(CASE WHEN json_valid(json) THEN json_extract(json, '$.revision.number') END, 1)",
                    "CREATE INDEX draft_recent ON draft (updated_at DESC, id)",
                    "ALTER TABLE catalog_entry ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE catalog_entry ADD COLUMN updated_by TEXT",
                    "CREATE TABLE outbox (draft_id TEXT PRIMARY KEY, base_version INTEGER NOT NULL, json TEXT NOT NULL,"
                            + " scenario TEXT, queued_at TEXT NOT NULL)",
                    "CREATE TABLE team_conflict (draft_id TEXT PRIMARY KEY, base_version INTEGER NOT NULL, json TEXT NOT NULL,"
                            + " found_at TEXT NOT NULL)"
            });

    public static final int LATEST = STEPS.size();

    private Migrations() {
    }

    public static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the database up to {@link #LATEST}; returns the version it started from. */
    public static int migrate(Connection c) throws SQLException {
        int from = version(c);
        if (from > LATEST) {
            throw new SQLException("workspace schema version " + from + " is newer than this app understands ("
                    + LATEST + "); update the app");
        }
        if (from == LATEST) {
            return from;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            for (int v = from + 1; v <= LATEST; v++) {
                // IMMEDIATE takes the write lock before reading the version (waiting out the busy
                // timeout), so two instances opening one new workspace at once migrate it once
                st.execute("BEGIN IMMEDIATE");
                try {
                    if (version(c) < v) {
                        for (String sql : STEPS.get(v - 1)) {
                            st.execute(sql);
                        }
                        st.execute("PRAGMA user_version = " + v);
                    }
                    st.execute("COMMIT");
                } catch (SQLException e) {
                    st.execute("ROLLBACK");
                    throw e;
                }
            }
        } finally {
            c.setAutoCommit(auto);
        }
        return from;
    }
}
