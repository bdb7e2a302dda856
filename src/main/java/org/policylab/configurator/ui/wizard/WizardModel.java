package org.policylab.configurator.ui.wizard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.Debouncer;

/**
 * The one typed model of the wizard: the passport being drafted (an immutable value in one
 * property), the current step, and what the services computed from it — the recommendation and
 * the findings — refreshed off the FX thread after each edit. Edits go through
 * {@link #edit(UnaryOperator)}, which keeps undo/redo and schedules autosave.
 */
public final class WizardModel {
    /** Autosave lands well within 2 s of the last change. */
    static final javafx.util.Duration AUTOSAVE_DELAY = javafx.util.Duration.millis(700);
    static final javafx.util.Duration ANALYSIS_DELAY = javafx.util.Duration.millis(150);

    private final AppServices services;
    private final CountingProperty<ProgramPassport> passport = new CountingProperty<>(null);
    private final CountingProperty<WizardStep> step = new CountingProperty<>(WizardStep.PROBLEM);
    private final CountingProperty<Recommendation> recommendation = new CountingProperty<>(null);
    private final CountingProperty<List<Finding>> findings = new CountingProperty<>(List.of());
    /** What the planner has selected in the lists of the instrument, KPI and phase steps (-1: nothing). */
    private final CountingProperty<Integer> selectedInstrument = new CountingProperty<>(-1);
    private final CountingProperty<Integer> selectedKpi = new CountingProperty<>(-1);
    private final CountingProperty<Integer> selectedPhase = new CountingProperty<>(-1);
    /** Where and how the export step writes; kept here so a language switch does not reset them. */
    private final CountingProperty<String> exportPath = new CountingProperty<>(null);
    private final CountingProperty<org.policylab.configurator.export.ExportFormat> exportFormat = new CountingProperty<>(null);
    private final CountingProperty<org.policylab.configurator.i18n.Language> exportLanguage = new CountingProperty<>(null);
    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper canRedo = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** Typing in one field is one undo step: the field's key while it is being typed in, and when it was last typed in. */
    private Object typingIn;
    private long editRun;
    private final javafx.beans.property.IntegerProperty restored = new javafx.beans.property.SimpleIntegerProperty();
    private long lastTypedNanos;
    private java.util.function.LongSupplier clock = System::nanoTime;
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** Why the last autosave or analysis failed, in one sentence; empty when all is well. */
    private final StringProperty status = new SimpleStringProperty("");
    /** A JSON pointer the views should bring into view and focus (set by the review step). */
    private final ObjectProperty<String> focusTarget = new SimpleObjectProperty<>();
    /** A save refused because someone else saved this draft since (another window, a colleague): both sides. */
    private final ObjectProperty<org.policylab.configurator.store.ConflictException> conflict = new SimpleObjectProperty<>();
    private final Deque<ProgramPassport> undo = new ArrayDeque<>();
    private final Deque<ProgramPassport> redo = new ArrayDeque<>();
    private final Debouncer autosave;
    private final Debouncer analysis;
    private long analysisGeneration;
    /** The draft as it stands and as last written to the workspace, for a shutdown on any thread. */
    private volatile ProgramPassport latest;
    private volatile ProgramPassport lastSaved;
    /** Fields whose text is not a number this language can read: nothing of theirs is in the draft. */
    private final ObservableSet<Object> unreadable = FXCollections.observableSet();

    public WizardModel(AppServices services, ProgramPassport initial) {
        this.services = services;
        this.passport.set(initial);
        this.latest = initial;
        this.lastSaved = initial;
        this.passport.addListener((o, a, b) -> latest = b);
        this.autosave = new Debouncer(AUTOSAVE_DELAY, this::saveNow);
        this.analysis = new Debouncer(ANALYSIS_DELAY, this::analyse);
        analyse();
    }

    public AppServices services() {
        return services;
    }

    public ReadOnlyObjectProperty<ProgramPassport> passportProperty() {
        return passport;
    }

    public ProgramPassport passport() {
        return passport.get();
    }

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation;
    }

    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings;
    }

    ObjectProperty<Integer> selectedInstrumentProperty() {
        return selectedInstrument;
    }

    ObjectProperty<Integer> selectedKpiProperty() {
        return selectedKpi;
    }

    ObjectProperty<Integer> selectedPhaseProperty() {
        return selectedPhase;
    }

    ObjectProperty<String> exportPathProperty() {
        return exportPath;
    }

    ObjectProperty<org.policylab.configurator.export.ExportFormat> exportFormatProperty() {
        return exportFormat;
    }

    ObjectProperty<org.policylab.configurator.i18n.Language> exportLanguageProperty() {
        return exportLanguage;
    }

    /** True while there is an edit to take back: the Undo menu item is enabled only then. */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * How many listeners the views hold on this model right now. Views come and go (a language
     * switch, a presentation round trip); this number must not grow with them.
     */
    public int listenerCount() {
        return passport.listenerCount() + step.listenerCount() + recommendation.listenerCount() + findings.listenerCount()
                + selectedInstrument.listenerCount() + selectedKpi.listenerCount() + selectedPhase.listenerCount()
                + exportPath.listenerCount() + exportFormat.listenerCount() + exportLanguage.listenerCount() + lastExported.listenerCount();
    }

    /** The draft as last exported (catalog version aside): the export step is done while the draft is unchanged since. */
    private final CountingProperty<ProgramPassport> lastExported = new CountingProperty<>(null);

    void exported(ProgramPassport p) {
        lastExported.set(p);
    }

    ObjectProperty<ProgramPassport> lastExportedProperty() {
        return lastExported;
    }

    /** A pause this long ends a run of typing: the next keystroke starts a new undo step. */
    static final java.time.Duration TYPING_PAUSE = java.time.Duration.ofSeconds(1);

    /** For tests: the clock that decides whether the planner paused while typing. */
    void setClock(java.util.function.LongSupplier nanos) {
        this.clock = nanos;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<String> focusTargetProperty() {
        return focusTarget;
    }

    /** Set when a save was refused as a conflict; the window shows both sides until {@link #resolveConflict}. */
    public ReadOnlyObjectProperty<org.policylab.configurator.store.ConflictException> conflictProperty() {
        return conflict;
    }

    /** The conflict view's "keep mine": the draft as it stands now is saved over their version. */
    public void keepMine() {
        resolveConflict(c -> passport.get());
    }

    /** The conflict view's "take theirs": their draft replaces mine in the window (one undo step back to mine). */
    public void takeTheirs() {
        resolveConflict(c -> c.theirs().orElse(passport.get()));
    }

    /** The conflict view's merge: theirs, with mine's value of the fields (rows of {@code ConflictMerge}) named. */
    public void mergeConflict(java.util.Set<String> takeMine) {
        resolveConflict(c -> c.theirs().map(t -> org.policylab.configurator.store.ConflictMerge.merge(t, passport.get(), takeMine))
                .orElse(passport.get()));
    }

    /**
     * The draft as this window last saved or read it: what both sides of a conflict started from, so the conflict view
     * can tell the fields the planner changed from those the colleague changed.
     */
    public ProgramPassport base() {
        return lastSaved;
    }

    /**
     * Resolves the latest conflict with the passport chosen from it: saved over the version theirs is at, and it becomes
     * the draft (one undo step back to mine as it was). Refused again, the view shows the newer conflict.
     */
    private void resolveConflict(java.util.function.Function<org.policylab.configurator.store.ConflictException, ProgramPassport> choice) {
        org.policylab.configurator.store.ConflictException c = conflict.get();
        if (c == null) {
            return;
        }
        ProgramPassport chosen = choice.apply(c);
        conflict.set(null);
        services.runner().run(() -> services.workspace().write(() -> services.workspace().drafts().resolve(c, chosen)).get(), v -> {
            ProgramPassport before = passport.get();
            lastSaved = chosen;
            if (!chosen.equals(before)) {
                undo.push(before);
                redo.clear();
                breakTyping();
                passport.set(chosen);
                canUndo.set(true);
                canRedo.set(false);
                analysis.trigger();
            }
            dirty.set(false);
            status.set("");
        }, this::saveFailed);
    }

    /**
     * A colleague's newer version of this draft, read while the window held no unsaved edits: it replaces the draft
     * (one undo step back to what was shown) and becomes the base of the next save — queued on the workspace's writer
     * now, so before any later autosave.
     */
    public void showNewer(org.policylab.configurator.store.DraftStore.Stored theirs) {
        ProgramPassport before = passport.get();
        ProgramPassport shown = theirs.passport();
        services.runner().whenDone(services.gateway().adoptDraftVersion(shown.id(), theirs.version()), v -> { }, this::saveFailed);
        lastSaved = shown;
        if (!shown.equals(before)) {
            undo.push(before);
            redo.clear();
            breakTyping();
            passport.set(shown);
            canUndo.set(true);
            canRedo.set(false);
            analysis.trigger();
        }
        dirty.set(false);
        status.set("");
    }

    /**
     * A colleague's newer version of this draft while the window holds unsaved edits: nothing is replaced or saved
     * over it; it is offered as a conflict (both sides, the window's edits as mine), resolved the same way as a refused
     * save. A conflict already offered stays.
     */
    public void newerSaved(org.policylab.configurator.store.DraftStore.Stored theirs) {
        if (conflict.get() != null) {
            return;
        }
        ProgramPassport mine = passport.get();
        int base = services.workspace().drafts().versionSeen(mine.id()).orElse(theirs.version() - 1);
        conflict.set(new org.policylab.configurator.store.ConflictException(
                org.policylab.configurator.store.ConflictException.Subject.DRAFT, mine.id(), mine.title(), base, theirs.version(),
                theirs.updatedBy(), theirs.updatedAt() == null ? null : theirs.updatedAt().toString(),
                org.policylab.configurator.export.PassportJson.toJson(mine),
                org.policylab.configurator.export.PassportJson.toJson(theirs.passport())));
    }

    /** A conflict found elsewhere (a save made offline, refused when it was sent): offered like a refused save. */
    public void conflictFound(org.policylab.configurator.store.ConflictException c) {
        if (c.subject() == org.policylab.configurator.store.ConflictException.Subject.DRAFT && c.id().equals(passport.get().id())) {
            conflict.set(c);
        }
    }

    /** The catalog changed (a colleague's edit): suggestions and checks are computed again from the new one. */
    public void catalogChanged() {
        analyse();
    }

    /** Applies an edit: a new passport replaces the old, which goes on the undo stack. */
    public void edit(UnaryOperator<ProgramPassport> change) {
        edit(null, change);
    }

    /**
     * Applies an edit typed into a field. Keystrokes in the same field ({@code typingKey}) make
     * one undo step until the planner leaves the field ({@link #endTyping()}), pauses for
     * {@link #TYPING_PAUSE}, edits anything else, undoes or redoes.
     */
    public void edit(Object typingKey, UnaryOperator<ProgramPassport> change) {
        if (readOnly()) {
            return;
        }
        ProgramPassport before = passport.get();
        ProgramPassport after = change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        if (org.policylab.configurator.monitoring.Revisions.frozen(before)) {
            // an approved revision stays as it was approved: the edit starts the next revision's draft
            after = org.policylab.configurator.monitoring.Revisions.edit(before, change);
        }
        record(typingKey, before, after);
    }

    /**
     * Records what happened after approval (actuals, budget execution, gate decisions): monitoring of the revision in
     * force, not a change of its plan, so an approved passport stays the revision it is. One undo step.
     */
    public void editMonitoring(UnaryOperator<org.policylab.configurator.passport.Monitoring> change) {
        if (readOnly()) {
            return;
        }
        ProgramPassport before = passport.get();
        org.policylab.configurator.passport.Monitoring m = change.apply(before.monitoringOrEmpty());
        ProgramPassport after = before.withMonitoring(m == null || m.isEmpty() ? null : m);
        if (after.equals(before)) {
            return;
        }
        record(null, before, after);
    }

    /**
     * The draft the workspace stored after an approval (revision N+1's): it replaces the passport, and undo cannot go
     * back across the approval (the approved revision is frozen in the store).
     */
    public void approved(ProgramPassport nextDraft) {
        undo.clear();
        redo.clear();
        breakTyping();
        passport.set(nextDraft);
        lastSaved = nextDraft;
        canUndo.set(false);
        canRedo.set(false);
        dirty.set(false);
        analysis.trigger();
    }

    /** The login may not change drafts (a reviewer alone): no edit is taken, so nothing is saved that would be refused. */
    public boolean readOnly() {
        return services.permissions().readOnlyDrafts();
    }

    private void record(Object typingKey, ProgramPassport before, ProgramPassport after) {
        long now = clock.getAsLong();
        boolean sameRun = typingKey != null && typingKey.equals(typingIn) && !undo.isEmpty()
                && now - lastTypedNanos < TYPING_PAUSE.toNanos();
        if (!sameRun) {
            undo.push(before);
            if (undo.size() > 200) {
                undo.removeLast();
            }
        }
        typingIn = typingKey;
        lastTypedNanos = now;
        redo.clear();
        passport.set(after);
        changed();
    }

    /** The planner left the field: the next keystroke anywhere is a new undo step. */
    public void endTyping() {
        breakTyping();
    }

    /** Ends the run of typing (not a pause: a field left, undo, redo, a draft replaced); a field's next edit begins anew. */
    private void breakTyping() {
        typingIn = null;
        editRun++;
    }

    /**
     * Which run of typing this is: it changes when the planner leaves a field, undoes, redoes or the draft is replaced
     * (not when they pause). A field whose text cannot be read leaves in the draft what it held when this run began.
     */
    long editRun() {
        return editRun;
    }

    /** Counts undos and redos: after one, every field shows the draft, whatever was typed in it. */
    javafx.beans.property.ReadOnlyIntegerProperty restoredProperty() {
        return restored;
    }

    public void undo() {
        breakTyping();
        if (!undo.isEmpty()) {
            redo.push(passport.get());
            passport.set(undo.pop());
            changed();
            restored.set(restored.get() + 1);
        }
    }

    public void redo() {
        breakTyping();
        if (!redo.isEmpty()) {
            undo.push(passport.get());
            passport.set(redo.pop());
            changed();
            restored.set(restored.get() + 1);
        }
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        dirty.set(true);
        autosave.trigger();
        analysis.trigger();
    }

    /**
     * Saves the draft now (also before leaving the wizard). The write runs on the workspace's
     * writer, after any save already under way; the result comes back on the FX thread.
     */
    public void saveNow() {
        ProgramPassport p = passport.get();
        services.runner().run(() -> {
            services.workspace().write(() -> {
                services.workspace().drafts().save(p);
                lastSaved = p;
                return p;
            }).get();
            return p;
        }, saved -> {
            if (saved == passport.get()) {
                dirty.set(false);
            }
            status.set("");
        }, this::saveFailed);
    }

    private void saveFailed(Throwable err) {
        Throwable cause = err instanceof java.util.concurrent.ExecutionException && err.getCause() != null ? err.getCause() : err;
        if (cause instanceof org.policylab.configurator.store.ConflictException c
                && c.subject() == org.policylab.configurator.store.ConflictException.Subject.DRAFT) {
            conflict.set(c);
        }
        status.set(java.util.Objects.toString(cause.getMessage(), cause.getClass().getSimpleName()));
    }

    public void flush() {
        autosave.flush();
    }

    /** Drops the pending autosave: the window is closing and saves {@link #unsaved()} itself. */
    public void cancelAutosave() {
        autosave.cancel();
    }

    /** The draft when it differs from what was last written to the workspace; safe on any thread. */
    public java.util.Optional<ProgramPassport> unsaved() {
        ProgramPassport now = latest;
        return now == lastSaved ? java.util.Optional.empty() : java.util.Optional.of(now);
    }

    /**
     * On the FX thread: the window holds edits the workspace does not — a change of the draft not saved yet, or a field
     * holding typed text no number can be read from (nothing of it is in the draft, so a save leaves it out, but it is
     * the planner's typing all the same). A colleague's version never replaces either without asking.
     */
    public boolean holdsUnsavedEdits() {
        return unsaved().isPresent() || !unreadable.isEmpty();
    }

    /** The fields that hold text no number can be read from (the status says so instead of "saved"). */
    public ObservableSet<Object> unreadableFields() {
        return unreadable;
    }

    /** Recommendation and checks for the current passport, computed off the FX thread. */
    void analyse() {
        ProgramPassport p = passport.get();
        long generation = ++analysisGeneration;
        services.runner().run(() -> services.liveAnalysis().analyse(p),
                a -> {
                    if (generation == analysisGeneration) {
                        recommendation.set(a.recommendation());
                        findings.set(a.findings());
                    }
                },
                // suggestions keep their last state; a failure here is a defect, not the planner's to fix
                err -> System.getLogger(WizardModel.class.getName()).log(System.Logger.Level.WARNING, "analysis failed", err));
    }

}
