package org.policylab.configurator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.CatalogJson;
import org.policylab.configurator.catalog.CatalogValidator;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.ImportSummary;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;

/**
 * The catalog as stored in the workspace: one row per entry holding its exchange JSON, so
 * what a ministry adds or edits survives and can be exported again unchanged. The tables are
 * created by the workspace migrations. Each method is one task on the workspace's writer
 * thread, so its transaction holds only its own statements: no autosave can fall inside it.
 */
public final class CatalogRepository {
    private final Workspace ws;

    CatalogRepository(Workspace ws) {
        this.ws = ws;
    }

    public boolean isEmpty() {
        return ws.call("cannot read the catalog", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM catalog_entry")) {
                return !rs.next() || rs.getInt(1) == 0;
            }
        });
    }

    /** A fresh snapshot of the catalog. */
    public Catalog load() {
        return ws.call("cannot read the catalog from " + ws.databaseFile(), CatalogRepository::load);
    }

    private static Catalog load(Connection c) throws SQLException {
        Map<EntryKind, List<CatalogEntry>> byKind = new EnumMap<>(EntryKind.class);
        for (EntryKind k : EntryKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, id, json FROM catalog_entry ORDER BY kind, position, id")) {
            while (rs.next()) {
                EntryKind kind = EntryKind.fromId(rs.getString(1));
                try {
                    byKind.get(kind).add(JsonInput.mapper().readValue(rs.getString(3), kind.type()));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new SQLException("catalog entry " + kind.id() + "/" + rs.getString(2) + " in the workspace is unreadable: "
                            + JsonInput.oneLine(e.getMessage()), e);
                }
            }
        }
        return new Catalog(new CatalogDocument(meta(c, "version"),
                cast(byKind.get(EntryKind.INSTRUMENTS)), cast(byKind.get(EntryKind.KPIS)),
                cast(byKind.get(EntryKind.PROBLEMS)), cast(byKind.get(EntryKind.SECTORS)),
                cast(byKind.get(EntryKind.REGIONS))));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<CatalogEntry> l) {
        return (List<T>) (List<?>) l;
    }

    /** Replaces the whole catalog in one transaction: nothing half-imported on error. */
    public ImportSummary replaceAll(CatalogDocument doc) {
        return ws.call("cannot replace the catalog, nothing changed", c -> {
            Catalog before = load(c);
            inTransaction(c, () -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM catalog_entry");
                }
                writeAll(c, doc);
                setMeta(c, "version", doc.version() == null ? before.version() : doc.version());
            });
            return ImportSummary.between(before, load(c));
        });
    }

    /** Adds new entries and updates those with the same id; keeps the rest. One transaction. */
    public ImportSummary merge(CatalogDocument doc) {
        return ws.call("cannot merge into the catalog, nothing changed", c -> {
            Catalog before = load(c);
            inTransaction(c, () -> {
                writeAll(c, doc);
                if (doc.version() != null) {
                    setMeta(c, "version", doc.version());
                }
            });
            return ImportSummary.between(before, load(c));
        });
    }

    /**
     * Imports a catalog file: validated first (schema and references, against the current catalog
     * when merging), then merged by id or replacing everything, in one transaction — all one task
     * on the writer, so the catalog validated against is the one merged into.
     */
    public ImportSummary importFile(Path file, boolean replace) throws InputException {
        InputException[] invalid = new InputException[1];
        ImportSummary s = ws.call("cannot import the catalog, nothing changed", c -> {
            CatalogValidator.Result r;
            try {
                r = CatalogValidator.validate(file, replace ? null : load(c));
            } catch (InputException e) {
                invalid[0] = e;
                return null;
            }
            if (!r.valid()) {
                // every problem, one line each (the caller shows the first lines), then that nothing changed
                java.util.List<org.policylab.configurator.io.Fault> faults = new java.util.ArrayList<>();
                r.issues().stream().limit(10).forEach(i -> faults.add(i.fault()));
                if (r.issues().size() > 10) {
                    faults.add(org.policylab.configurator.io.Fault.of(file.toString(), "error.more", r.issues().size() - 10));
                }
                faults.add(org.policylab.configurator.io.Fault.of(file.toString(), "error.catalog.nothingImported", r.issues().size()));
                invalid[0] = new InputException(faults);
                return null;
            }
            return replace ? replaceAll(r.document()) : merge(r.document());
        });
        if (invalid[0] != null) {
            throw invalid[0];
        }
        return s;
    }

    public void save(CatalogEntry entry) {
        ws.call("cannot save catalog entry " + entry.id(), c -> {
            inTransaction(c, () -> upsert(c, EntryKind.of(entry), entry, nextPosition(c, EntryKind.of(entry), entry.id())));
            return null;
        });
    }

    public void delete(EntryKind kind, String id) {
        ws.call("cannot delete catalog entry " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM catalog_entry WHERE kind = ? AND id = ?")) {
                ps.setString(1, kind.id());
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
    }

    public String meta(String key) {
        return ws.call("cannot read the catalog's " + key, c -> meta(c, key));
    }

    private static void writeAll(Connection c, CatalogDocument doc) throws SQLException {
        write(c, EntryKind.INSTRUMENTS, doc.instruments());
        write(c, EntryKind.KPIS, doc.kpis());
        write(c, EntryKind.PROBLEMS, doc.problems());
        write(c, EntryKind.SECTORS, doc.sectors());
        write(c, EntryKind.REGIONS, doc.regions());
    }

    private static void write(Connection c, EntryKind kind, List<? extends CatalogEntry> entries) throws SQLException {
        for (CatalogEntry e : entries) {
            upsert(c, kind, e, nextPosition(c, kind, e.id()));
        }
    }

    private static int nextPosition(Connection c, EntryKind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE((SELECT position FROM catalog_entry WHERE kind = ?1 AND id = ?2),"
                        + " (SELECT COALESCE(MAX(position), -1) + 1 FROM catalog_entry WHERE kind = ?1))")) {
            ps.setString(1, kind.id());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void upsert(Connection c, EntryKind kind, CatalogEntry e, int position) throws SQLException {
        Objects.requireNonNull(e.id(), "entry without id");
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO catalog_entry (kind, id, position, json) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json")) {
            ps.setString(1, kind.id());
            ps.setString(2, e.id());
            ps.setInt(3, position);
            ps.setString(4, CatalogJson.toJson(e));
            ps.executeUpdate();
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM catalog_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO catalog_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private interface SqlSteps {
        void run() throws SQLException;
    }

    /** Runs on the writer thread only, so nothing but these steps happens between BEGIN and COMMIT. */
    private static void inTransaction(Connection c, SqlSteps work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
