package org.policylab.configurator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policylab.configurator.io.Fault;

/**
 * Comments on a draft, on a team workspace: a reviewer (or a planner) writes one, everyone reads them, oldest first.
 * The server writes the author (its {@code session_user}) and the time; a client sends only the draft and the text, and
 * the grants let it send nothing else. A planner's own workspace has no comments, and a team workspace working offline
 * cannot reach them: both refuse in one line.
 */
public final class Comments {

    /** One comment: who wrote it (the server's login), when, and the text. */
    public record Comment(long id, String draftId, String author, Instant at, String body) {
    }

    private final Workspace ws;

    Comments(Workspace ws) {
        this.ws = ws;
    }

    /** True when this workspace keeps comments (a team workspace). */
    public boolean available() {
        return ws.isTeam();
    }

    /** Adds a comment to the draft; returns its id. A blank text is refused. */
    public long add(String draftId, String body) {
        requireTeam();
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the comment is empty");
        }
        String text = body.strip();
        return ws.call("cannot add the comment to draft " + draftId, c -> {
            if (ws.isLocalCopy(c)) {
                throw new WorkspaceException(Fault.value("store.comments.offline"));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment (draft_id, body) VALUES (?, ?) RETURNING id")) {
                ps.setString(1, draftId);
                ps.setString(2, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The draft's comments, oldest first. */
    public List<Comment> list(String draftId) {
        requireTeam();
        return ws.call("cannot read the comments of draft " + draftId, c -> {
            if (ws.isLocalCopy(c)) {
                throw new WorkspaceException(Fault.value("store.comments.offline"));
            }
            List<Comment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, author, at, body FROM comment WHERE draft_id = ? ORDER BY at, id")) {
                ps.setString(1, draftId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(3);
                        out.add(new Comment(rs.getLong(1), draftId, rs.getString(2), at.toInstant(), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private void requireTeam() {
        if (!ws.isTeam()) {
            throw new WorkspaceException(Fault.value("store.comments.teamOnly"));
        }
    }
}
