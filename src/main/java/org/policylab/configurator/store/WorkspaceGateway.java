package org.policylab.configurator.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.ImportSummary;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The workspace as the window sees it: every method returns at once and the work runs on the
 * workspace's writer thread, after the work submitted before it. A failure completes the future
 * with a {@link WorkspaceException} (or, for an invalid catalog file, an
 * {@link org.policylab.configurator.io.InputException}) whose message is one line.
 */
public final class WorkspaceGateway {
    private final Workspace ws;

    WorkspaceGateway(Workspace ws) {
        this.ws = ws;
    }

    public CompletableFuture<List<DraftStore.DraftSummary>> drafts() {
        return ws.write(() -> ws.drafts().list());
    }

    public CompletableFuture<Optional<ProgramPassport>> loadDraft(String id) {
        return ws.write(() -> ws.drafts().load(id));
    }

    /** The draft as stored now with its version and who saved it, without making it this window's base (see {@link DraftStore#peek}). */
    public CompletableFuture<Optional<DraftStore.Stored>> peekDraft(String id) {
        return ws.write(() -> ws.drafts().peek(id));
    }

    /** The window shows this version of the draft now: its next save is based on it (queued after the saves before it). */
    public CompletableFuture<Void> adoptDraftVersion(String id, int version) {
        return ws.write(() -> {
            ws.drafts().adopt(id, version);
            return null;
        });
    }

    /** Who saved the draft last, when, and its version. */
    public CompletableFuture<Optional<DraftStore.DraftSummary>> savedLast(String id) {
        return ws.write(() -> ws.drafts().savedLast(id));
    }

    /** Saves the draft; {@code scenario} names the demo it came from, or is null. */
    public CompletableFuture<ProgramPassport> saveDraft(ProgramPassport p, String scenario) {
        return ws.write(() -> {
            ws.drafts().save(p, scenario);
            return p;
        });
    }

    public CompletableFuture<ProgramPassport> duplicateDraft(String id, String newTitle) {
        return ws.write(() -> ws.drafts().duplicate(id, newTitle));
    }

    public CompletableFuture<Void> renameDraft(String id, String title) {
        return ws.write(() -> {
            ws.drafts().rename(id, title);
            return null;
        });
    }

    public CompletableFuture<Void> deleteDraft(String id) {
        return ws.write(() -> {
            ws.drafts().delete(id);
            return null;
        });
    }

    /** The approved revisions of a program, oldest first. */
    public CompletableFuture<List<RevisionStore.RevisionSummary>> revisions(String programId) {
        return ws.write(() -> ws.revisions().list(programId));
    }

    public CompletableFuture<Optional<ProgramPassport>> loadRevision(String programId, int number) {
        return ws.write(() -> ws.revisions().load(programId, number));
    }

    /** The latest approved revision of a program: the plan monitoring is judged against. */
    public CompletableFuture<Optional<ProgramPassport>> latestRevision(String programId) {
        return ws.write(() -> ws.revisions().latest(programId));
    }

    /**
     * Approves the draft as its revision N (stored frozen) and stores revision N+1's draft, in one transaction;
     * completes with that new draft.
     */
    public CompletableFuture<ProgramPassport> approve(ProgramPassport draft, String date, String approver, String document) {
        return ws.write(() -> ws.revisions().approve(draft, date, approver, document));
    }

    public CompletableFuture<Optional<String>> setting(String key) {
        return ws.write(() -> ws.settings().get(key));
    }

    public CompletableFuture<Void> putSetting(String key, String value) {
        return ws.write(() -> {
            ws.settings().put(key, value);
            return null;
        });
    }

    public CompletableFuture<List<Path>> recentFiles() {
        return ws.write(() -> ws.recentFiles().list());
    }

    public CompletableFuture<Void> addRecentFile(Path file) {
        return ws.write(() -> {
            ws.recentFiles().add(file);
            return null;
        });
    }

    public CompletableFuture<Void> forgetRecentFile(Path file) {
        return ws.write(() -> {
            ws.recentFiles().remove(file);
            return null;
        });
    }

    public CompletableFuture<Catalog> catalog() {
        return ws.write(() -> ws.catalogRepository().load());
    }

    public CompletableFuture<Void> saveCatalogEntry(CatalogEntry entry) {
        return ws.write(() -> {
            ws.catalogRepository().save(entry);
            return null;
        });
    }

    /**
     * Saves the entry based on the version the planner was shown ({@code UPDATE … WHERE version = base}): a colleague's
     * save since then is a {@link ConflictException}, even when this client has read their version meanwhile.
     */
    public CompletableFuture<Void> saveCatalogEntryOver(CatalogEntry entry, int base) {
        return ws.write(() -> {
            ws.catalogRepository().saveOver(entry, base);
            return null;
        });
    }

    public CompletableFuture<Void> deleteCatalogEntry(EntryKind kind, String id) {
        return ws.write(() -> {
            ws.catalogRepository().delete(kind, id);
            return null;
        });
    }

    /** Validates and merges (or replaces with) a catalog file; an invalid file changes nothing. */
    public CompletableFuture<ImportSummary> importCatalog(Path file, boolean replace) {
        return ws.write(() -> ws.catalogRepository().importFile(file, replace));
    }

    /** This window has the draft open (a team workspace marks it for the others; a planner's own workspace ignores it). */
    public CompletableFuture<Void> draftOpened(String id) {
        return ws.write(() -> {
            ws.presence().open(id);
            return null;
        });
    }

    public CompletableFuture<Void> draftClosed(String id) {
        return ws.write(() -> {
            ws.presence().close(id);
            return null;
        });
    }

    /** Who else has the draft open now (logins of the team server; empty on a planner's own workspace). */
    public CompletableFuture<List<String>> othersEditing(String id) {
        return ws.write(() -> ws.presence().others(id));
    }

    /** How many saves made offline wait for the team server. */
    public CompletableFuture<Integer> pendingChanges() {
        return ws.write(ws::pendingChanges);
    }

    /** Puts the shipped catalog back, dropping the ministry's own edits. */
    public CompletableFuture<ImportSummary> resetCatalog() {
        return ws.write(() -> ws.catalogRepository().replaceAll(ShippedCatalog.load()));
    }

    /** Adds a comment to the draft (a team workspace); the server records who and when. Returns the comment's id. */
    public CompletableFuture<Long> addComment(String draftId, String body) {
        return ws.write(() -> ws.comments().add(draftId, body));
    }

    /** The draft's comments, oldest first (a team workspace). */
    public CompletableFuture<List<Comments.Comment>> comments(String draftId) {
        return ws.write(() -> ws.comments().list(draftId));
    }
}
