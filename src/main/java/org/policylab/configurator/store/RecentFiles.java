package org.policylab.configurator.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Passport files the planner opened or saved, newest first. */
public final class RecentFiles {
    static final int KEEP = 10;
    private final Connection connection;

    RecentFiles(Connection connection) {
        this.connection = connection;
    }

    public synchronized void add(Path file) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO recent_file (path, opened_at) VALUES (?, ?) ON CONFLICT (path) DO UPDATE SET opened_at = excluded.opened_at");
             PreparedStatement trim = connection.prepareStatement(
                     "DELETE FROM recent_file WHERE path NOT IN (SELECT path FROM recent_file ORDER BY opened_at DESC LIMIT ?)")) {
            ps.setString(1, file.toAbsolutePath().toString());
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
            trim.setInt(1, KEEP);
            trim.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot remember the recent file " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized List<Path> list() {
        List<Path> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT path FROM recent_file ORDER BY opened_at DESC, path");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Path.of(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot list recent files: " + e.getMessage(), e);
        }
        return out;
    }
}
