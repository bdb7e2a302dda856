package org.policylab.configurator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small key/value settings kept in the workspace (UI language, last draft). */
public final class Settings {
    public static final String LANGUAGE = "ui.language";
    public static final String LAST_DRAFT = "ui.lastDraft";

    private final Connection connection;

    Settings(Connection connection) {
        this.connection = connection;
    }

    public synchronized Optional<String> get(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read setting " + key + ": " + e.getMessage(), e);
        }
    }

    public synchronized void put(String key, String value) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot save setting " + key + ": " + e.getMessage(), e);
        }
    }
}
