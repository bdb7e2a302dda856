package org.policylab.configurator.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Passport files the planner opened or saved, newest first; statements run on the writer thread. */
public final class RecentFiles {
    static final int KEEP = 10;
    private final Workspace ws;

    RecentFiles(Workspace ws) {
        this.ws = ws;
    }

    public void add(Path file) {
        ws.callLocal("cannot remember the recent file " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO recent_file (path, opened_at) VALUES (?, ?) ON CONFLICT (path) DO UPDATE SET opened_at = excluded.opened_at");
                 PreparedStatement trim = c.prepareStatement(
                         "DELETE FROM recent_file WHERE path NOT IN (SELECT path FROM recent_file ORDER BY opened_at DESC LIMIT ?)")) {
                ps.setString(1, file.toAbsolutePath().toString());
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
                trim.setInt(1, KEEP);
                return trim.executeUpdate();
            }
        });
    }

    /** Forgets a file (it was moved or deleted); nothing happens if it was not listed. */
    public void remove(Path file) {
        ws.call("cannot forget the recent file " + file, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM recent_file WHERE path = ?")) {
                ps.setString(1, file.toAbsolutePath().toString());
                return ps.executeUpdate();
            }
        });
    }

    public List<Path> list() {
        return ws.callLocal("cannot list recent files", c -> {
            List<Path> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT path FROM recent_file ORDER BY opened_at DESC, path");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Path.of(rs.getString(1)));
                }
            }
            return out;
        });
    }
}
