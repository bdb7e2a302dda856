package org.policylab.configurator.ui.wizard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.ConflictException;
import org.policylab.configurator.store.DraftStore;
import org.policylab.configurator.store.WorkspaceListener;

/**
 * The open draft follows a colleague's saves (issue 17, live updates). When the workspace announces a newer version of
 * the draft the wizard holds: with no unsaved edits the newer version is read (off the FX thread) and shown, and one
 * line says whose and when ({@link #noticeProperty()}); with unsaved edits (a field holding typing the draft cannot
 * take yet, such as a number not readable yet, counts: {@link WizardModel#holdsUnsavedEdits()}) nothing is replaced or saved over it — a
 * bar offers to compare ({@link #newerProperty()}), which opens the conflict view. A refused save shows the same bar,
 * so a conflict never pops up over the field the planner is typing in. Plain Java and properties, no scene graph.
 */
public final class LiveDraftViewModel {
    /** What to do with an announcement. */
    public enum Action {
        /** Not the open draft, this window's own save, or a version the window already holds. */
        NOTHING,
        /** The window holds no unsaved edits: show the newer version. */
        RELOAD,
        /** The window holds unsaved edits: offer to compare, replace nothing. */
        OFFER_COMPARE
    }

    /**
     * The decision, alone: {@code held} is the version of the draft the window last read or saved (null: it never
     * was stored, so nobody else can have saved it).
     */
    public static Action decide(WorkspaceListener.Change change, String openDraftId, Integer held, boolean unsavedEdits) {
        if (change.kind() != WorkspaceListener.Kind.DRAFT || change.mine() || openDraftId == null
                || !openDraftId.equals(change.item())) {
            return Action.NOTHING;
        }
        if (held == null || change.version() <= held) {
            return Action.NOTHING;
        }
        return unsavedEdits ? Action.OFFER_COMPARE : Action.RELOAD;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WizardModel wizard;
    private final ZoneId zone;
    private final javafx.beans.property.ObjectProperty<Messages> messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** The version shown last (for the notice, in the language of the moment), or null. */
    private final javafx.beans.property.ObjectProperty<DraftStore.Stored> shown = new javafx.beans.property.SimpleObjectProperty<>();
    private final StringBinding newer;

    public LiveDraftViewModel(WizardModel wizard, Messages m, ZoneId zone) {
        this.wizard = wizard;
        this.zone = zone;
        this.messages = new javafx.beans.property.SimpleObjectProperty<>(m);
        this.newer = Bindings.createStringBinding(() -> {
            ConflictException c = wizard.conflictProperty().get();
            if (c == null) {
                return "";
            }
            // deleted meanwhile: the store's own sentence says so
            return c.currentVersion() == 0 ? c.message(messages.get()) : messages.get().get("live.newer", who(c.by()), time(c.at()));
        }, wizard.conflictProperty(), messages);
        notice.bind(Bindings.createStringBinding(() -> {
            DraftStore.Stored s = shown.get();
            return s == null ? "" : messages.get().get("live.reloaded", who(s.updatedBy()), time(s.updatedAt()));
        }, shown, messages));
        // the line about a version shown goes once the planner edits it
        wizard.dirtyProperty().addListener((o, was, now) -> {
            if (now) {
                shown.set(null);
            }
        });
    }

    /** The window's language changed: the lines follow. */
    public void setMessages(Messages m) {
        messages.set(m);
    }

    /** One line after a colleague's version was shown: "Aigerim saved a newer version at 10:42 — shown now"; else empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The bar's text while a newer version waits to be compared with the window's edits; empty when there is none. */
    public StringBinding newerProperty() {
        return newer;
    }

    /** The conflict the bar's Compare opens (both sides), or null. */
    public ConflictException toCompare() {
        return wizard.conflictProperty().get();
    }

    /** An announcement from the workspace, on the FX thread. */
    public void changed(WorkspaceListener.Change change) {
        ProgramPassport open = wizard.passport();
        Action first = decide(change, open.id(), held(open.id()), wizard.holdsUnsavedEdits());
        if (first != Action.NOTHING) {
            check();
        }
    }

    /**
     * Reads the draft as stored (off the FX thread) and decides again with what was read and with the window as it is
     * then — the planner may have typed meanwhile: shows it, offers it, or (the same version) does nothing. Also after a
     * reconnect, when announcements may have been missed.
     */
    public void check() {
        String id = wizard.passport().id();
        if (held(id) == null) {
            return;
        }
        wizard.services().runner().whenDone(wizard.services().gateway().peekDraft(id), stored -> stored.ifPresent(this::arrived),
                err -> System.getLogger(LiveDraftViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot read the newer version of draft " + id, err));
    }

    private void arrived(DraftStore.Stored s) {
        String id = wizard.passport().id();
        if (!id.equals(s.passport().id())) {
            return;
        }
        var as = new WorkspaceListener.Change(WorkspaceListener.Kind.DRAFT, id, s.version(), s.updatedBy(), false);
        switch (decide(as, id, held(id), wizard.holdsUnsavedEdits())) {
            case RELOAD -> {
                wizard.showNewer(s);
                shown.set(s);
            }
            case OFFER_COMPARE -> wizard.newerSaved(s);
            case NOTHING -> {
            }
        }
    }

    private Integer held(String id) {
        Optional<Integer> v = wizard.services().workspace().drafts().versionSeen(id);
        return v.orElse(null);
    }

    private String who(String by) {
        return by == null || by.isBlank() ? "?" : by;
    }

    private String time(Instant at) {
        return at == null ? "?" : TIME.format(at.atZone(zone));
    }

    private String time(String isoInstant) {
        try {
            return time(isoInstant == null ? null : Instant.parse(isoInstant));
        } catch (java.time.format.DateTimeParseException e) {
            return "?";
        }
    }
}
