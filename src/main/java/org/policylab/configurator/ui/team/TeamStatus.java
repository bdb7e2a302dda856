package org.policylab.configurator.ui.team;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.store.WorkspaceListener;
import org.policylab.configurator.ui.AppServices;

/**
 * The connection line of a team workspace (view model, no scene graph): where, as whom and in which role (what the
 * window offers follows it, see {@link Permissions}), online or offline with how many saves waiting for the server,
 * and for the draft on screen who else has it open and who saved it last. Empty for a planner's own workspace. The
 * workspace's announcements arrive on a
 * background thread and are handed to {@code onFx} (the window's thread; the same thread in tests).
 */
public final class TeamStatus implements AutoCloseable {
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    private final java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    private final StringProperty text = new SimpleStringProperty("");
    private final AppServices services;
    private final Messages m;
    private final AutoCloseable subscription;
    /** The draft the window shows, whose other editors the line names. */
    private volatile String watched;

    public TeamStatus(AppServices services, Messages m, Consumer<Runnable> onFx) {
        this.services = services;
        this.m = m;
        Workspace ws = services.workspace();
        if (!ws.isTeam()) {
            subscription = null;
            return;
        }
        subscription = ws.subscribe(new WorkspaceListener() {
            @Override
            public void online(boolean online) {
                onFx.accept(TeamStatus.this::refresh);
            }

            @Override
            public void refreshAll() {
                onFx.accept(TeamStatus.this::refresh);
            }

            @Override
            public void changed(Change change) {
                String w = watched;
                // any save of it, this window's too: the line names who saved it last
                if (w != null && w.equals(change.item())) {
                    onFx.accept(TeamStatus.this::refresh);
                }
            }
        });
        refresh();
    }

    /** The window shows this draft (null: none): the line also names who else has it open. */
    public void watch(String draftId) {
        watched = draftId;
        refresh();
    }

    /** Reads the state again (after a save made offline, say). */
    public void refresh() {
        Workspace ws = services.workspace();
        if (!ws.isTeam()) {
            return;
        }
        String w = watched;
        var others = w == null || ws.isOffline() ? java.util.concurrent.CompletableFuture.completedFuture(java.util.List.<String>of())
                : services.gateway().othersEditing(w);
        var last = w == null ? java.util.concurrent.CompletableFuture.completedFuture(
                java.util.Optional.<org.policylab.configurator.store.DraftStore.DraftSummary>empty()) : services.gateway().savedLast(w);
        services.runner().whenDone(services.gateway().pendingChanges().thenCombine(others, (waiting, who) -> {
            String line = ws.isOffline() ? m.get("team.status.offline", ws.describe(), waiting)
                    : m.get("team.status.online", ws.describe(), ws.user() + " — " + services.permissions().roleName(m));
            return who.isEmpty() ? line : line + " · " + m.get("team.status.others", String.join(", ", who));
        }).thenCombine(last, (line, saved) -> saved.filter(d -> !d.updatedBy().isBlank())
                .map(d -> line + " · " + m.get("team.status.savedLast", d.updatedBy(), TIME.format(d.updatedAt().atZone(zone))))
                .orElse(line)), text::set, err -> text.set(m.get("team.status.offline", ws.describe(), "?")));
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // unsubscribing cannot fail in a way the planner would notice
            }
        }
    }
}
