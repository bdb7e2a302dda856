package org.policylab.configurator.ui.wizard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.Comments;
import org.policylab.configurator.store.WorkspaceListener;
import org.policylab.configurator.ui.common.ErrorText;
import org.policylab.configurator.ui.team.Permissions;

/**
 * The comments on the open draft, on a team workspace (the review step shows them): the list oldest first, read again
 * when the workspace announces a change of this draft (a colleague's comment), and the text of a new one. No scene
 * graph; the database work goes through the gateway, its results come back on the window's thread.
 */
final class CommentsViewModel {
    final ObservableList<Comments.Comment> comments = FXCollections.observableArrayList();
    final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final WizardModel model;
    private final Messages m;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final AutoCloseable subscription;
    /** The draft whose comments are shown (read by the listener's thread). */
    private volatile String shownId;

    CommentsViewModel(WizardModel model, Messages m, ZoneId zone) {
        this.model = model;
        this.m = m;
        this.zone = zone;
        // the date as the start screen writes it, in the window's language (2026 ж. 30 қар., 10:42)
        this.time = DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(m.language().locale());
        this.shownId = model.passport().id();
        if (available()) {
            subscription = model.services().workspace().subscribe(new WorkspaceListener() {
                @Override
                public void changed(Change change) {
                    // a comment announces its draft; so does a save (reading the list again then costs one query)
                    if (change.kind() == Kind.DRAFT && !change.mine() && change.item().equals(shownId)) {
                        javafx.application.Platform.runLater(CommentsViewModel.this::reload);
                    }
                }

                @Override
                public void refreshAll() {
                    javafx.application.Platform.runLater(CommentsViewModel.this::reload);
                }
            });
            reload();
        } else {
            subscription = () -> { };
        }
    }

    /** A team workspace keeps comments; a planner's own workspace has none, and the section is not shown. */
    boolean available() {
        return model.services().workspace().isTeam();
    }

    /** The login may comment (planners and reviewers; the server refuses anyone else anyway). */
    boolean canComment() {
        return model.services().permissions().offers(Permissions.Action.COMMENT);
    }

    /** One line after adding or reading failed (or an empty comment was refused); empty otherwise. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "author · 30 Nov 2026, 10:42 · text" */
    String line(Comments.Comment c) {
        return c.author() + " · " + time.format(c.at().atZone(zone)) + " · " + c.body();
    }

    private String draftId() {
        return model.passport().id();
    }

    /** Reads the draft's comments again (off the window's thread). */
    void reload() {
        String id = draftId();
        shownId = id;
        model.services().runner().whenDone(model.services().gateway().comments(id), list -> {
            if (id.equals(draftId())) {
                comments.setAll(list);
            }
        }, err -> status.set(m.get("wizard.comments.unreadable", ErrorText.of(err, m))));
    }

    /** Adds the comment written; an empty one is refused with one line. */
    void add() {
        String body = text.get() == null ? "" : text.get().strip();
        if (body.isEmpty()) {
            status.set(m.get("wizard.comments.empty"));
            return;
        }
        status.set("");
        model.services().runner().whenDone(model.services().gateway().addComment(draftId(), body), id -> {
            text.set("");
            reload();
        }, err -> status.set(m.get("wizard.comments.failed", ErrorText.of(err, m))));
    }

    void dispose() {
        try {
            subscription.close();
        } catch (Exception e) {
            // unsubscribing only takes the listener off a list
        }
    }
}
