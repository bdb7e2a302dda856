package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the team-workspace tests share: a fresh database on the real PostgreSQL server ({@link TeamServer}) per test
 * class, made by {@code team init} with the shipped catalog and dropped after; the clients a test opens, closed after it.
 */
@ExtendWith(TeamServer.class)
abstract class TeamStoreTestBase {
    static TeamAddress db;
    @TempDir
    Path dir;
    /** What a test opened, closed after it. */
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void initialise() throws SQLException {
        db = TeamServer.freshDatabase();
        try (Workspace admin = Workspace.initTeam(db, Path.of(System.getProperty("java.io.tmpdir"), TeamServer.random("pc-admin-")))) {
            assertThat(admin.schemaVersion()).isEqualTo(TeamSchema.LATEST);
            assertThat(admin.catalog().instruments()).hasSizeGreaterThanOrEqualTo(45);
        }
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            TeamServer.dropDatabase(db);
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** A client of the test's database as {@code who}, its local copy in the folder {@code name}; closed after the test. */
    Workspace client(TeamAddress who, String name, boolean allowOffline) {
        Workspace ws = Workspace.openTeam(who, dir.resolve(name), allowOffline);
        toClose.add(ws);
        return ws;
    }

    Workspace client(TeamAddress who, String name) {
        return client(who, name, false);
    }
}
