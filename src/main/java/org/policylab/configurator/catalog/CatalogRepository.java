package org.policylab.configurator.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.policylab.configurator.io.JsonInput;

/**
 * The catalog as stored in the workspace: one row per entry holding its exchange JSON, so
 * what a ministry adds or edits survives and can be exported again unchanged.
 * The tables are created by the workspace migrations.
 */
public final class CatalogRepository {
    private final Connection connection;

    public CatalogRepository(Connection connection) {
        this.connection = connection;
    }

    public synchronized boolean isEmpty() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM catalog_entry")) {
            return !rs.next() || rs.getInt(1) == 0;
        }
    }

    public synchronized Catalog load() throws SQLException {
        Map<EntryKind, List<CatalogEntry>> byKind = new EnumMap<>(EntryKind.class);
        for (EntryKind k : EntryKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        try (Statement st = connection.createStatement();
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
        return new Catalog(new CatalogDocument(meta("version"),
                cast(byKind.get(EntryKind.INSTRUMENTS)), cast(byKind.get(EntryKind.KPIS)),
                cast(byKind.get(EntryKind.PROBLEMS)), cast(byKind.get(EntryKind.SECTORS)),
                cast(byKind.get(EntryKind.REGIONS))));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<CatalogEntry> l) {
        return (List<T>) (List<?>) l;
    }

    /** Replaces the whole catalog in one transaction: nothing half-imported on error. */
    public synchronized ImportSummary replaceAll(CatalogDocument doc) throws SQLException {
        Catalog before = load();
        inTransaction(() -> {
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM catalog_entry");
            }
            writeAll(doc);
            setMeta("version", doc.version() == null ? before.version() : doc.version());
        });
        return ImportSummary.between(before, load());
    }

    /** Adds new entries and updates those with the same id; keeps the rest. One transaction. */
    public synchronized ImportSummary merge(CatalogDocument doc) throws SQLException {
        Catalog before = load();
        inTransaction(() -> {
            writeAll(doc);
            if (doc.version() != null) {
                setMeta("version", doc.version());
            }
        });
        return ImportSummary.between(before, load());
    }

    /**
     * Imports a catalog file: validated first (schema and references, against the current catalog
     * when merging), then merged by id or replacing everything, in one transaction.
     */
    public synchronized ImportSummary importFile(java.nio.file.Path file, boolean replace)
            throws org.policylab.configurator.io.InputException, SQLException {
        CatalogValidator.Result r = CatalogValidator.validate(file, replace ? null : load());
        if (!r.valid()) {
            // every problem, one line each (the caller shows the first lines), then that nothing changed
            java.util.List<org.policylab.configurator.io.Fault> faults = new java.util.ArrayList<>();
            r.issues().stream().limit(10).forEach(i -> faults.add(i.fault()));
            if (r.issues().size() > 10) {
                faults.add(org.policylab.configurator.io.Fault.of(file.toString(), "error.more", r.issues().size() - 10));
            }
            faults.add(org.policylab.configurator.io.Fault.of(file.toString(), "error.catalog.nothingImported", r.issues().size()));
            throw new org.policylab.configurator.io.InputException(faults);
        }
        return replace ? replaceAll(r.document()) : merge(r.document());
    }

    public synchronized void save(CatalogEntry entry) throws SQLException {
        inTransaction(() -> upsert(EntryKind.of(entry), entry, nextPosition(EntryKind.of(entry), entry.id())));
    }

    public synchronized void delete(EntryKind kind, String id) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM catalog_entry WHERE kind = ? AND id = ?")) {
                ps.setString(1, kind.id());
                ps.setString(2, id);
                ps.executeUpdate();
            }
        });
    }

    private void writeAll(CatalogDocument doc) throws SQLException {
        write(EntryKind.INSTRUMENTS, doc.instruments());
        write(EntryKind.KPIS, doc.kpis());
        write(EntryKind.PROBLEMS, doc.problems());
        write(EntryKind.SECTORS, doc.sectors());
        write(EntryKind.REGIONS, doc.regions());
    }

    private void write(EntryKind kind, List<? extends CatalogEntry> entries) throws SQLException {
        for (CatalogEntry e : entries) {
            upsert(kind, e, nextPosition(kind, e.id()));
        }
    }

    private int nextPosition(EntryKind kind, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COALESCE((SELECT position FROM catalog_entry WHERE kind = ?1 AND id = ?2),"
                        + " (SELECT COALESCE(MAX(position), -1) + 1 FROM catalog_entry WHERE kind = ?1))")) {
            ps.setString(1, kind.id());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private void upsert(EntryKind kind, CatalogEntry e, int position) throws SQLException {
        Objects.requireNonNull(e.id(), "entry without id");
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO catalog_entry (kind, id, position, json) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json")) {
            ps.setString(1, kind.id());
            ps.setString(2, e.id());
            ps.setInt(3, position);
            ps.setString(4, CatalogJson.toJson(e));
            ps.executeUpdate();
        }
    }

    public synchronized String meta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM catalog_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO catalog_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(SqlWork work) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }
}
