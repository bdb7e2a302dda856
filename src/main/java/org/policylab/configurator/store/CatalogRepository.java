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
    /**
     * The version of each entry ({@code kind/id}) as this client last read it: the base of its next save of that entry
     * ({@code UPDATE … WHERE kind = ? AND id = ? AND version = ?}; another client's save in between is a
     * {@link ConflictException}, not an overwrite).
     */
    private final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** What the local copy of a team workspace's catalog was last made from (entries and their versions). */
    private volatile String mirrored;
    /**
     * A new workspace's catalog as {@link #seed} wrote it, with the database's change counters right after: the first
     * snapshot when nothing was written since (issue 16). Taken by the first {@link #load()}; null after.
     */
    private volatile Seeded seeded;

    private record Seeded(Catalog catalog, long changes, long dataVersion) {
    }

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
        Catalog catalog = ws.call("cannot read the catalog from " + ws.describe(), c -> {
            Catalog justSeeded = takeSeeded(c);
            return justSeeded != null ? justSeeded : load(c, seen);
        });
        if (ws.isTeam() && !ws.isOffline()) {
            String fingerprint = catalog.version() + "|" + seen.hashCode() + "|" + seen.size();
            if (!fingerprint.equals(mirrored)) {
                // the catalog as last read serves when the server is unreachable
                ws.callLocal("cannot keep the local copy of the catalog", lc -> {
                    inTransaction(lc, () -> {
                        try (Statement st = lc.createStatement()) {
                            st.execute("DELETE FROM catalog_entry");
                        }
                        writeAll(lc, catalog.toDocument(), null);
                        setMeta(lc, "version", catalog.version());
                    });
                    return null;
                });
                mirrored = fingerprint;
            }
        }
        return catalog;
    }

    /** The version of an entry as this client last read it, if it did. */
    public java.util.Optional<Integer> versionSeen(EntryKind kind, String id) {
        return java.util.Optional.ofNullable(seen.get(kind.id() + "/" + id));
    }

    private static Catalog load(Connection c) throws SQLException {
        return load(c, null);
    }

    private static Catalog load(Connection c, Map<String, Integer> versions) throws SQLException {
        Map<EntryKind, List<CatalogEntry>> byKind = new EnumMap<>(EntryKind.class);
        for (EntryKind k : EntryKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, id, json, version FROM catalog_entry ORDER BY kind, position, id")) {
            while (rs.next()) {
                EntryKind kind = EntryKind.fromId(rs.getString(1));
                if (versions != null) {
                    versions.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(4));
                }
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
            refuseOffline(c);
            Catalog before = load(c);
            inTransaction(c, () -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM catalog_entry");
                }
                writeAll(c, doc, ws.user());
                setMeta(c, "version", doc.version() == null ? before.version() : doc.version());
            });
            return ImportSummary.between(before, load(c, seen));
        });
    }

    /**
     * A new workspace's catalog: the shipped one written into the empty table in one transaction, one statement for all
     * entries, without the before-and-after summary an import reports (issue 16: on a planner's first start this is
     * what the window waits for; with a statement prepared twice per entry and the catalog read back it took as long as
     * reading the shipped files). Entries keep the shipped order; an id given twice keeps its first place, like an import.
     */
    void seed(CatalogDocument doc) {
        ws.call("cannot write the shipped catalog into the new workspace", c -> {
            inTransaction(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                    String user = ws.user();
                    eachKind(doc, (kind, entries) -> {
                        int position = 0;
                        for (CatalogEntry e : entries) {
                            upsert(ps, kind, e, position++, user);
                        }
                    });
                }
                setMeta(c, "version", doc.version());
            });
            if (!ws.isTeam() && distinctIds(doc)) {
                seeded = new Seeded(new Catalog(doc), changes(c), dataVersion(c));
            }
            return null;
        });
    }

    /**
     * The catalog {@link #seed} wrote, if this connection changed nothing since and no other connection committed
     * (SQLite's {@code total_changes()} and {@code data_version}): what reading it back would give (entries in the
     * shipped order, each at version 1; {@code CatalogRepositoryTest} compares the two) without the second read of the
     * whole catalog (Jackson in a new JVM: ~0.3 s that the wizard of a planner's first start waited for).
     */
    private Catalog takeSeeded(Connection c) throws SQLException {
        Seeded s = seeded;
        seeded = null;
        if (s == null || s.changes() != changes(c) || s.dataVersion() != dataVersion(c)) {
            return null;
        }
        eachKind(s.catalog().toDocument(), (kind, entries) -> {
            for (CatalogEntry e : entries) {
                seen.put(kind.id() + "/" + e.id(), 1);
            }
        });
        return s.catalog();
    }

    private static long changes(Connection c) throws SQLException {
        return single(c, "SELECT total_changes()");
    }

    private static long dataVersion(Connection c) throws SQLException {
        return single(c, "PRAGMA data_version");
    }

    private static long single(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** No id twice within a kind: the stored catalog then holds exactly the document's entries, in its order. */
    private static boolean distinctIds(CatalogDocument doc) {
        return List.of(doc.instruments(), doc.kpis(), doc.problems(), doc.sectors(), doc.regions()).stream()
                .allMatch(entries -> entries.stream().map(CatalogEntry::id).distinct().count() == entries.size());
    }

    /** Adds new entries and updates those with the same id; keeps the rest. One transaction. */
    public ImportSummary merge(CatalogDocument doc) {
        return ws.call("cannot merge into the catalog, nothing changed", c -> {
            refuseOffline(c);
            Catalog before = load(c);
            inTransaction(c, () -> {
                writeAll(c, doc, ws.user());
                if (doc.version() != null) {
                    setMeta(c, "version", doc.version());
                }
            });
            return ImportSummary.between(before, load(c, seen));
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

    /**
     * Saves one entry, based on the version this client last read (a conflict when someone saved it since); an entry
     * this client never read is added, or replaces what is there.
     */
    public void save(CatalogEntry entry) {
        saveBased(entry, null);
    }

    /** Saves the entry over version {@code base} (a conflict view's "keep mine"). */
    public void saveOver(CatalogEntry entry, int base) {
        saveBased(entry, base);
    }

    private void saveBased(CatalogEntry entry, Integer explicitBase) {
        EntryKind kind = EntryKind.of(entry);
        String key = kind.id() + "/" + entry.id();
        int stored = ws.call("cannot save catalog entry " + entry.id(), c -> {
            refuseOffline(c);
            int[] v = new int[1];
            inTransaction(c, () -> {
                Integer base = explicitBase != null ? explicitBase : seen.get(key);
                if (base == null) {
                    upsert(c, kind, entry, nextPosition(c, kind, entry.id()), ws.user());
                } else {
                    String json = CatalogJson.toJson(entry);
                    try (PreparedStatement ps = c.prepareStatement("UPDATE catalog_entry SET json = ?, version = version + 1,"
                            + " updated_by = ? WHERE kind = ? AND id = ? AND version = ?")) {
                        ps.setString(1, json);
                        ps.setString(2, ws.user());
                        ps.setString(3, kind.id());
                        ps.setString(4, entry.id());
                        ps.setInt(5, base);
                        if (ps.executeUpdate() == 0) {
                            throw conflict(c, kind, entry.id(), base, json);
                        }
                    }
                }
                v[0] = versionOf(c, kind, entry.id());
            });
            return v[0];
        });
        seen.put(key, stored);
    }

    /** Deletes the entry; a conflict when someone saved it since this client read it. */
    public void delete(EntryKind kind, String id) {
        String key = kind.id() + "/" + id;
        ws.call("cannot delete catalog entry " + id, c -> {
            refuseOffline(c);
            Integer base = seen.get(key);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM catalog_entry WHERE kind = ? AND id = ?"
                    + (base == null ? "" : " AND version = ?"))) {
                ps.setString(1, kind.id());
                ps.setString(2, id);
                if (base != null) {
                    ps.setInt(3, base);
                }
                if (ps.executeUpdate() == 0 && base != null && versionOf(c, kind, id) != 0) {
                    throw conflict(c, kind, id, base, null);
                }
            }
            seen.remove(key);
            return null;
        });
    }

    private void refuseOffline(Connection c) {
        if (ws.isLocalCopy(c)) {
            throw new WorkspaceException(org.policylab.configurator.io.Fault.value("store.team.offlineRefused", ws.describe()));
        }
    }

    private static int versionOf(Connection c, EntryKind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM catalog_entry WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.id());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static ConflictException conflict(Connection c, EntryKind kind, String id, int base, String mine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, updated_by, json FROM catalog_entry WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.id());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new ConflictException(ConflictException.Subject.CATALOG_ENTRY, kind.id() + "/" + id, id, base, 0, null, null,
                            mine, null);
                }
                return new ConflictException(ConflictException.Subject.CATALOG_ENTRY, kind.id() + "/" + id, id, base, rs.getInt(1),
                        rs.getString(2), null, mine, rs.getString(3));
            }
        }
    }

    public String meta(String key) {
        return ws.call("cannot read the catalog's " + key, c -> meta(c, key));
    }

    private interface KindWriter {
        void write(EntryKind kind, List<? extends CatalogEntry> entries) throws SQLException;
    }

    /** The document's entries, kind by kind, in the catalog's order of kinds. */
    private static void eachKind(CatalogDocument doc, KindWriter w) throws SQLException {
        w.write(EntryKind.INSTRUMENTS, doc.instruments());
        w.write(EntryKind.KPIS, doc.kpis());
        w.write(EntryKind.PROBLEMS, doc.problems());
        w.write(EntryKind.SECTORS, doc.sectors());
        w.write(EntryKind.REGIONS, doc.regions());
    }

    private static void writeAll(Connection c, CatalogDocument doc, String user) throws SQLException {
        eachKind(doc, (kind, entries) -> {
            for (CatalogEntry e : entries) {
                upsert(c, kind, e, nextPosition(c, kind, e.id()), user);
            }
        });
    }

    private static int nextPosition(Connection c, EntryKind kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE((SELECT position FROM catalog_entry WHERE kind = ? AND id = ?),"
                        + " (SELECT COALESCE(MAX(position), -1) + 1 FROM catalog_entry WHERE kind = ?))")) {
            ps.setString(1, kind.id());
            ps.setString(2, id);
            ps.setString(3, kind.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Adds an entry, or replaces it when its content differs (its version moves on only then); keeps its position. */
    private static final String UPSERT = "INSERT INTO catalog_entry (kind, id, position, json, version, updated_by) VALUES (?, ?, ?, ?, 1, ?)"
            + " ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json, version = catalog_entry.version + 1,"
            + " updated_by = excluded.updated_by WHERE catalog_entry.json <> excluded.json";

    private static void upsert(Connection c, EntryKind kind, CatalogEntry e, int position, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            upsert(ps, kind, e, position, user);
        }
    }

    private static void upsert(PreparedStatement ps, EntryKind kind, CatalogEntry e, int position, String user) throws SQLException {
        Objects.requireNonNull(e.id(), "entry without id");
        ps.setString(1, kind.id());
        ps.setString(2, e.id());
        ps.setInt(3, position);
        ps.setString(4, CatalogJson.toJson(e));
        ps.setString(5, user);
        ps.executeUpdate();
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
