package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void firstOpenCreatesMigratesAndSeedsTheWorkspace() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertThat(Files.exists(ws.databaseFile())).isTrue();
            assertThat(ws.openedAtVersion()).isZero();
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(ws.catalog().instruments()).hasSizeGreaterThanOrEqualTo(45);
            assertThat(ws.catalog().version()).isEqualTo("2026.2");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("new/workspace.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aWorkspaceOnTheEarlierShippedCatalogGetsTheNewJudgementAndKeepsABackup() throws Exception {
        Path home = dir.resolve("upgrade");
        try (Workspace ws = Workspace.open(home)) {
            // as a 2026.1 workspace had it: no governance role, the planner's own rename of a shipped entry
            var dashboards = ws.catalog().instrument("kpi-dashboards").orElseThrow();
            var old = new org.policylab.configurator.catalog.Instrument(dashboards.id(),
                    dashboards.name().with(org.policylab.configurator.i18n.Language.EN, "Our ministry dashboard"),
                    dashboards.description(), dashboards.category(), dashboards.stipType(), dashboards.incentive(),
                    dashboards.stages(), dashboards.keyStages(), dashboards.segments(), dashboards.keySegments(), dashboards.goals(),
                    dashboards.problems(), dashboards.systemElement(), dashboards.capabilities(), dashboards.growthDrivers(),
                    dashboards.kpis(), dashboards.design(), dashboards.risks(), dashboards.tags(), dashboards.seeds(),
                    org.policylab.configurator.catalog.Role.SUPPORT);
            ws.catalogRepository().save(old);
            try (Statement st = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()).createStatement()) {
                st.execute("UPDATE catalog_meta SET value = '2026.1' WHERE key = 'version'");
            }
        }
        try (Workspace ws = Workspace.open(home)) {
            assertThat(ws.catalog().version()).isEqualTo("2026.2");
            assertThat(ws.catalog().instrument("kpi-dashboards").orElseThrow().governance()).isTrue();
            Path backup = home.resolve("catalog-2026.1-backup.json");
            assertThat(backup).exists();
            assertThat(Files.readString(backup)).contains("Our ministry dashboard");
        }
    }

    @Test
    void onlyTheOpenThatMadeTheDatabaseSaysItIsNew() {
        Path home = dir.resolve("new");
        try (Workspace ws = Workspace.open(home)) {
            assertThat(ws.created()).isTrue();
            ws.settings().put(Settings.LANGUAGE, "kk");
        }
        try (Workspace ws = Workspace.open(home)) {
            assertThat(ws.created()).isFalse();
            assertThat(ws.settings().get(Settings.LANGUAGE)).contains("kk");
        }
    }

    @Test
    void aMinistrysOwnCatalogIsNeverReplacedOnOpen() throws Exception {
        Path home = dir.resolve("ministry");
        try (Workspace ws = Workspace.open(home)) {
            // the new workspace's catalog is written by the writer's first task: read once, it is there
            assertThat(ws.catalog().version()).isEqualTo("2026.2");
            try (Statement st = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()).createStatement()) {
                st.execute("UPDATE catalog_meta SET value = '2026.1-ministry' WHERE key = 'version'");
            }
        }
        try (Workspace ws = Workspace.open(home)) {
            assertThat(ws.catalog().version()).isEqualTo("2026.1-ministry");
            assertThat(home.resolve("catalog-2026.1-ministry-backup.json")).doesNotExist();
        }
    }

    @Test
    void aPreviousVersionWorkspaceIsMigratedKeepingItsDrafts() throws Exception {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        // a version-1 workspace as the first release wrote it: drafts and settings, no catalog tables
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Workspace.FILE_NAME));
             Statement st = c.createStatement()) {
            for (String sql : Migrations.STEPS.get(0)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO draft (id, title, json, created_at, updated_at) VALUES ('d1', 'Old draft', '"
                    + org.policylab.configurator.export.PassportJson.toJson(Fixtures.good().withId("d1").withTitle("Old draft")).replace("'", "''")
                    + "', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }
        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.openedAtVersion()).isEqualTo(1);
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(ws.drafts().list()).extracting(DraftStore.DraftSummary::title).containsExactly("Old draft");
            assertThat(ws.drafts().load("d1")).hasValueSatisfying(p -> assertThat(p.diagnosis().problem()).isEqualTo("talent-drain"));
            assertThat(ws.catalog().kpis()).hasSizeGreaterThanOrEqualTo(70);
        }
    }

    @Test
    void draftsSurviveReopeningAndCanBeDuplicatedRenamedDeleted() {
        Path home = dir.resolve("ws");
        ProgramPassport p = Fixtures.good();
        try (Workspace ws = Workspace.open(home)) {
            ws.drafts().save(p);
            ws.settings().put(Settings.LANGUAGE, "kk");
        }
        try (Workspace ws = Workspace.open(home)) {
            assertThat(ws.drafts().load(p.id())).contains(p);
            assertThat(ws.settings().get(Settings.LANGUAGE)).contains("kk");
            ProgramPassport copy = ws.drafts().duplicate(p.id(), "Copy");
            ws.drafts().rename(p.id(), "Renamed");
            assertThat(ws.drafts().list()).extracting(DraftStore.DraftSummary::title).containsExactlyInAnyOrder("Copy", "Renamed");
            ws.drafts().delete(copy.id());
            assertThat(ws.drafts().list()).extracting(DraftStore.DraftSummary::title).containsExactly("Renamed");
        }
    }

    @Test
    void aWorkspaceFromANewerAppIsRefusedWithOneSentence() throws Exception {
        Path future = dir.resolve("future");
        Files.createDirectories(future);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + future.resolve(Workspace.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(future))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("newer than this app");
    }

    @Test
    void locationFollowsTheOperatingSystemOrTheVariable() {
        assertThat(WorkspaceLocation.resolve(Map.of("POLICY_CONFIGURATOR_HOME", "/data/pc"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/data/pc"));
        assertThat(WorkspaceLocation.resolve(Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/policy-configurator"));
        assertThat(WorkspaceLocation.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/policy-configurator"));
        assertThat(WorkspaceLocation.resolve(Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "Windows 11", "C:\\Users\\a").toString())
                .endsWith("PolicyConfigurator");
        assertThat(WorkspaceLocation.resolve(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/PolicyConfigurator"));
    }

    @Test
    void recentFilesAreRememberedNewestFirst() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("r"))) {
            ws.recentFiles().add(dir.resolve("a.json"));
            Thread.sleep(5);
            ws.recentFiles().add(dir.resolve("b.json"));
            assertThat(ws.recentFiles().list()).containsExactly(dir.resolve("b.json").toAbsolutePath(), dir.resolve("a.json").toAbsolutePath());
        }
    }
}
