package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.catalog.*;

/** A ministry's own entries: import merge or replace, edits kept, nothing half-imported. */
class CatalogRepositoryTest {
    @TempDir
    Path dir;

    private static Instrument ministryInstrument() {
        Instrument base = org.policylab.configurator.Fixtures.catalog().instrument("rd-grants").orElseThrow();
        return base.withId("ministry-ai-vouchers").withName(LocalizedText.of("AI vouchers", "Ваучеры на ИИ", "ЖИ ваучерлері"));
    }

    @Test
    void mergeAddsAndUpdatesAndKeepsTheRest() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int before = ws.catalog().instruments().size();
            Instrument edited = ws.catalog().instrument("tax-incentives").orElseThrow()
                    .withName(LocalizedText.of("Tax incentives (2027 edition)", "Налоговые льготы (ред. 2027)", "Салық жеңілдіктері (2027)"));
            ImportSummary s = ws.catalogRepository().merge(new CatalogDocument("2026.2-ministry",
                    List.of(ministryInstrument(), edited), null, null, null, null));
            ImportSummary.Change c = s.changes().get(0);
            assertThat(c.added()).isEqualTo(1);
            assertThat(c.updated()).isEqualTo(1);
            assertThat(c.removed()).isZero();
            assertThat(ws.catalog().instruments()).hasSize(before + 1);
            assertThat(ws.catalog().version()).isEqualTo("2026.2-ministry");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.catalog().instrument("tax-incentives").orElseThrow().name().in(Language.RU)).isEqualTo("Налоговые льготы (ред. 2027)");
            assertThat(ws.catalog().instrument("ministry-ai-vouchers")).isPresent();
        }
    }

    @Test
    void aNewWorkspaceHoldsTheShippedCatalogInItsOrderEachEntryAtItsFirstVersion() {
        CatalogDocument shipped = ShippedCatalog.load();
        try (Workspace ws = Workspace.open(dir)) {
            Catalog seeded = ws.catalog();
            assertThat(seeded.version()).isEqualTo(shipped.version());
            assertThat(seeded.instruments()).extracting(Instrument::id)
                    .containsExactlyElementsOf(shipped.instruments().stream().map(Instrument::id).toList());
            assertThat(seeded.kpis()).extracting(Kpi::id).containsExactlyElementsOf(shipped.kpis().stream().map(Kpi::id).toList());
            assertThat(seeded.problems()).extracting(Problem::id)
                    .containsExactlyElementsOf(shipped.problems().stream().map(Problem::id).toList());
            assertThat(seeded.instruments()).containsExactlyElementsOf(shipped.instruments());
            assertThat(seeded.kpis()).containsExactlyElementsOf(shipped.kpis());
            assertThat(ws.catalogRepository().versionSeen(EntryKind.INSTRUMENTS, shipped.instruments().get(0).id())).contains(1);
        }
        // opened again: nothing is written twice
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.catalog().instruments()).hasSize(shipped.instruments().size());
            assertThat(ws.catalogRepository().versionSeen(EntryKind.KPIS, shipped.kpis().get(0).id())).contains(1);
        }
    }

    /**
     * Issue 16: a new workspace's first snapshot is the catalog as the seed wrote it, not read back from the database
     * (a second whole read, which the wizard of a planner's first start waited for). It must be exactly what reading it
     * back gives, and leave the same versions behind for the next save of an entry.
     */
    @Test
    void aNewWorkspacesFirstSnapshotIsWhatReadingTheStoredCatalogBackGives() {
        try (Workspace ws = Workspace.open(dir)) {
            Catalog first = ws.catalog();
            // the first snapshot's versions are the base of the planner's next edit of an entry, as a read's would be
            CatalogDocument shipped = ShippedCatalog.load();
            assertThat(shipped.problems()).allSatisfy(p ->
                    assertThat(ws.catalogRepository().versionSeen(EntryKind.PROBLEMS, p.id())).contains(1));
            Catalog readBack = ws.catalog();
            assertThat(readBack).isNotSameAs(first);
            assertThat(first.toDocument()).isEqualTo(readBack.toDocument());
        }
    }

    /** What changed the catalog between the seed and the first snapshot is in the snapshot: its own import ... */
    @Test
    void anImportBeforeTheFirstSnapshotIsInIt() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.catalogRepository().merge(new CatalogDocument(null, List.of(ministryInstrument()), null, null, null, null));
            assertThat(ws.catalog().instrument("ministry-ai-vouchers")).isPresent();
        }
    }

    /** ... and another program's write to the same workspace file (the command line beside the window). */
    @Test
    void anotherProcesssWriteBeforeTheFirstSnapshotIsInIt() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.catalogRepository().isEmpty()).as("the seed is in: the writer's tasks run in order").isFalse();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
                 var st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE catalog_entry SET json = json_set(json, '$.name.en', 'Changed elsewhere')"
                        + " WHERE kind = '" + EntryKind.INSTRUMENTS.id() + "' AND id = 'rd-grants'")).isEqualTo(1);
            }
            assertThat(ws.catalog().instrument("rd-grants").orElseThrow().name().in(Language.EN)).isEqualTo("Changed elsewhere");
        }
    }

    /**
     * A new workspace's catalog is written after the open returns (issue 16); when that write fails, the workspace must
     * not go on with no catalog, as if the ministry had emptied it: every call says the workspace could not be opened,
     * and why, and the next open writes it again.
     */
    @Test
    void aShippedCatalogThatCannotBeWrittenLeavesNoEmptyWorkspaceBehind() throws Exception {
        Workspace.open(dir).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             var st = c.createStatement()) {
            st.execute("DELETE FROM catalog_entry");
            st.execute("CREATE TRIGGER full_disk BEFORE INSERT ON catalog_entry BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(ws::catalog).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("cannot open the workspace " + dir.resolve(Workspace.FILE_NAME))
                    .hasMessageContaining("database or disk is full");
            assertThatThrownBy(() -> ws.drafts().list()).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("cannot open the workspace");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
             var st = c.createStatement()) {
            st.execute("DROP TRIGGER full_disk");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.catalog().instruments()).hasSize(ShippedCatalog.load().instruments().size());
        }
    }

    @Test
    void replaceSwapsTheWholeCatalogAndResetBringsTheShippedOneBack() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Catalog shipped = ws.catalog();
            ImportSummary s = ws.catalogRepository().replaceAll(new CatalogDocument("tiny", List.of(ministryInstrument()),
                    shipped.kpis(), null, null, null));
            assertThat(ws.catalog().instruments()).extracting(Instrument::id).containsExactly("ministry-ai-vouchers");
            assertThat(s.changes().get(0).removed()).isEqualTo(shipped.instruments().size());
            ws.resetCatalog();
            assertThat(ws.catalog().instruments()).hasSize(shipped.instruments().size());
        }
    }

    @Test
    void aFailingImportChangesNothing() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int before = ws.catalog().instruments().size();
            List<Instrument> list = new ArrayList<>();
            list.add(ministryInstrument());
            list.add(ministryInstrument().withId(null));
            assertThatThrownBy(() -> ws.catalogRepository().merge(new CatalogDocument(null, list, null, null, null, null)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(ws.catalog().instruments()).hasSize(before);
            assertThat(ws.catalog().instrument("ministry-ai-vouchers")).isEmpty();
        }
    }

    @Test
    void editedEntriesAreCheckedBeforeTheyAreStored() {
        Instrument i = ministryInstrument();
        assertThat(CatalogEdits.problems(i)).isEmpty();
        assertThat(CatalogEdits.problems(i.withId("Bad Id"))).contains("catalog.error.id");
        assertThat(CatalogEdits.problems(i.withName(LocalizedText.of("x", "", "y")))).contains("catalog.error.name");
        assertThat(CatalogEdits.freeId(org.policylab.configurator.Fixtures.catalog(), "rd-grants")).isEqualTo("rd-grants-copy");
    }
}
