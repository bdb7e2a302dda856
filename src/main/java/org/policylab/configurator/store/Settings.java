package org.policylab.configurator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small key/value settings kept in the workspace (UI language, last draft); statements run on the writer thread. */
public final class Settings {
    public static final String LANGUAGE = "ui.language";
    public static final String LAST_DRAFT = "ui.lastDraft";
    /** {@code done} once the first-run tour was finished or skipped: it is not offered again. */
    public static final String TOUR_DONE = "ui.tourDone";

    private final Workspace ws;

    Settings(Workspace ws) {
        this.ws = ws;
    }

    public Optional<String> get(String key) {
        return ws.callLocal("cannot read setting " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        ws.callLocal("cannot save setting " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }
}
