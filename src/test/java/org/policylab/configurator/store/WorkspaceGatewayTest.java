package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/** Issue 13, one store gateway: one thread owns the connection, the window's thread is refused, drafts migrate on load. */
class WorkspaceGatewayTest {
    @TempDir
    Path dir;

    @Test
    void aCatalogSaveBasedOnTheVersionShownIsRefusedWhenAColleagueSavedSinceEvenAfterAReload() throws Exception {
        try (Workspace mine = Workspace.open(dir); Workspace colleague = Workspace.open(dir)) {
            Instrument shown = mine.catalog().instrument("rd-grants").orElseThrow();
            int base = mine.catalogRepository().versionSeen(org.policylab.configurator.catalog.EntryKind.INSTRUMENTS, shown.id()).orElseThrow();
            Instrument theirs = colleague.catalog().instrument("rd-grants").orElseThrow();
            colleague.catalogRepository().save(theirs.withName(theirs.name().with(org.policylab.configurator.i18n.Language.EN, "Theirs")));
            mine.gateway().catalog().get(10, TimeUnit.SECONDS); // the window reads the catalog again (and its versions)
            Instrument edited = shown.withName(shown.name().with(org.policylab.configurator.i18n.Language.EN, "Mine"));
            CompletableFuture<Void> save = mine.gateway().saveCatalogEntryOver(edited, base);
            assertThatThrownBy(() -> save.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
            assertThat(colleague.catalog().instrument("rd-grants").orElseThrow().name().en()).isEqualTo("Theirs");
            // keeping mine, knowingly: over the version the conflict named
            int current = save.handle((v, e) -> ((ConflictException) (e instanceof java.util.concurrent.CompletionException ? e.getCause() : e))
                    .currentVersion()).get(10, TimeUnit.SECONDS);
            mine.gateway().saveCatalogEntryOver(edited, current).get(10, TimeUnit.SECONDS);
            assertThat(colleague.catalog().instrument("rd-grants").orElseThrow().name().en()).isEqualTo("Mine");
        }
    }

    @Test
    void aFailedCatalogImportNeverRollsBackAnAutosaveRunningAtTheSameTime() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Instrument any = ws.catalog().instruments().get(0);
            List<Instrument> broken = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                broken.add(any.withId("ministry-" + i));
            }
            broken.add(any.withId(null)); // fails at the end, after 300 rows written inside the transaction
            CatalogDocument doc = new CatalogDocument(null, broken, null, null, null, null);
            ProgramPassport base = Fixtures.good();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> imports = threads.submit(() -> {
                    go.await();
                    int failed = 0;
                    for (int i = 0; i < 20; i++) {
                        try {
                            ws.catalogRepository().merge(doc);
                        } catch (RuntimeException expected) {
                            failed++;
                        }
                    }
                    return failed;
                });
                Future<?> autosaves = threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < 200; i++) {
                        ws.drafts().save(base.withId("autosave-" + i));
                    }
                    return null;
                });
                go.countDown();
                assertThat(imports.get(2, TimeUnit.MINUTES)).isEqualTo(20);
                autosaves.get(2, TimeUnit.MINUTES);
            } finally {
                threads.shutdownNow();
            }
            // every autosave is there, however the two interleaved; the import left nothing behind
            assertThat(ws.drafts().list()).hasSize(200);
            assertThat(ws.catalog().instrument("ministry-0")).isEmpty();
        }
    }

    @Test
    void theWindowsThreadIsRefusedTheSynchronousApiButNotTheGateway() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.drafts().save(Fixtures.good().withId("d1"));
            ws.refuseCallsFrom(() -> true);
            assertThatThrownBy(() -> ws.drafts().list())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("window's thread")
                    .hasMessageContaining("cannot list drafts")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(() -> ws.settings().get(Settings.LANGUAGE)).isInstanceOf(IllegalStateException.class);
            assertThat(ws.uiThreadCalls()).isEqualTo(2);
            // the gateway runs the same stores on the writer thread, which is not the window's
            assertThat(ws.gateway().drafts().get(30, TimeUnit.SECONDS)).extracting(DraftStore.DraftSummary::id).containsExactly("d1");
            assertThat(ws.gateway().loadDraft("d1").get(30, TimeUnit.SECONDS)).isPresent();
        }
    }

    @Test
    void theGatewayRunsInTheOrderAsked() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ProgramPassport p = Fixtures.good().withId("d1");
            CountDownLatch hold = new CountDownLatch(1);
            ws.write(() -> hold.await(30, TimeUnit.SECONDS));
            CompletableFuture<?> first = ws.gateway().saveDraft(p.withTitle("first"), null);
            CompletableFuture<?> rename = ws.gateway().renameDraft("d1", "renamed");
            CompletableFuture<List<DraftStore.DraftSummary>> listed = ws.gateway().drafts();
            assertThat(listed).isNotDone();
            hold.countDown();
            assertThat(listed.get(30, TimeUnit.SECONDS)).extracting(DraftStore.DraftSummary::title).containsExactly("renamed");
            assertThat(first).isDone();
            assertThat(rename).isDone();
        }
    }

    @Test
    void aClosedWorkspaceSaysSoInOneLine() {
        Workspace ws = Workspace.open(dir);
        ws.close();
        assertThatThrownBy(() -> ws.drafts().list()).isInstanceOf(WorkspaceException.class).hasMessageContaining("closed");
        assertThat(ws.gateway().drafts()).isCompletedExceptionally();
    }

    @Test
    void anUnreadableCatalogRowIsAWorkspaceErrorNotAnSqlException() throws Exception {
        Workspace.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_entry (kind, id, position, json) VALUES ('instruments', 'bad', 999, 'not json')")) {
            ps.executeUpdate();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(ws::catalog)
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("instruments/bad")
                    .hasMessageNotContaining("\n");
        }
    }

    /** A draft stored by an earlier version (schema 0: budget a plain number of tenge, co-financing in percent) opens migrated. */
    @Test
    void aDraftSavedByAnEarlierVersionOpensMigrated() throws Exception {
        ProgramPassport good = Fixtures.good().withId("old-draft");
        ObjectNode tree = (ObjectNode) JsonInput.mapper().valueToTree(good);
        tree.remove("schemaVersion");
        ObjectNode first = (ObjectNode) ((ArrayNode) tree.get("instruments")).get(0);
        first.put("budget", 1_500_000_000L);
        first.remove("coFinancingShare");
        first.put("coFinancingPercent", 30);
        Workspace.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO draft (id, title, json, created_at, updated_at) VALUES ('old-draft', 'Old', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")) {
            ps.setString(1, JsonInput.mapper().writeValueAsString(tree));
            ps.executeUpdate();
        }
        try (Workspace ws = Workspace.open(dir)) {
            ProgramPassport p = ws.drafts().load("old-draft").orElseThrow();
            SelectedInstrument i = p.instruments().get(0);
            assertThat(i.budget().amount()).isEqualByComparingTo(new BigDecimal("1500000000"));
            assertThat(i.budget().currency()).isEqualTo("KZT");
            assertThat(i.coFinancingShare()).isEqualTo(0.3);
            assertThat(p.schemaVersion()).isEqualTo(ProgramPassport.SCHEMA_VERSION);
            assertThat(p.title()).isEqualTo(good.title());
        }
    }
}
