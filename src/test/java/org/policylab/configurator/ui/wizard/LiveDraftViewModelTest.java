package org.policylab.configurator.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.ConflictMerge;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.store.WorkspaceListener.Change;
import org.policylab.configurator.store.WorkspaceListener.Kind;

/**
 * Issue 17, live updates: the open wizard and a colleague's save of the same draft. The decision alone, then the
 * view model over a real workspace where "the colleague" is a second connection to the same file saving the draft and
 * the announcement is handed in as the team server's listener would hand it.
 */
class LiveDraftViewModelTest extends WizardModelFixture {
    private LiveDraftViewModel live;
    private String id;

    @BeforeEach
    void stored() throws Exception {
        id = model.passport().id();
        // the draft is in the workspace, as one opened from the start screen is: this window holds version 1
        workspace.drafts().save(model.passport());
        live = fx(() -> new LiveDraftViewModel(model, Messages.of(Language.EN), ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                    kind,     item,  version, mine,  held, unsaved, action
            "'newer, no edits: shown',                  DRAFT,    open,  3,       false, 2,    false,   RELOAD",
            "'newer, unsaved edits: offered',           DRAFT,    open,  3,       false, 2,    true,    OFFER_COMPARE",
            "'the version held: nothing',               DRAFT,    open,  2,       false, 2,    false,   NOTHING",
            "'an older version: nothing',               DRAFT,    open,  1,       false, 2,    true,    NOTHING",
            "'this window''s own save: nothing',        DRAFT,    open,  3,       true,  2,    false,   NOTHING",
            "'another draft: nothing',                  DRAFT,    other, 3,       false, 2,    false,   NOTHING",
            "'a catalog edit: not the draft''s',        CATALOG,  open,  3,       false, 2,    false,   NOTHING",
            "'someone opened it: nothing to read',      PRESENCE, open,  0,       false, 2,    false,   NOTHING",
            "'never stored here: nobody else has it',   DRAFT,    open,  1,       false, ,     false,   NOTHING"})
    void theDecision(String name, Kind kind, String item, int version, boolean mine, Integer held, boolean unsaved,
                     LiveDraftViewModel.Action action) {
        assertThat(LiveDraftViewModel.decide(new Change(kind, item, version, "aigerim", mine), "open", held, unsaved))
                .isEqualTo(action);
    }

    /** "The colleague": another connection to the workspace saves the draft as it is stored now, changed. */
    private int colleagueSaves(java.util.function.UnaryOperator<ProgramPassport> change) {
        try (Workspace other = Workspace.open(home)) {
            other.drafts().save(change.apply(other.drafts().load(id).orElseThrow()));
            return other.drafts().versionSeen(id).orElseThrow();
        }
    }

    private ProgramPassport storedNow() {
        return workspace.drafts().peek(id).orElseThrow().passport();
    }

    @Test
    void withoutUnsavedEditsTheColleaguesVersionIsShownAndSaysWhoseAndWhen() throws Exception {
        int v = colleagueSaves(p -> p.withTitle("Aigerim's title"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v, workspace.user(), false)));
        assertThat(model.passport().title()).isEqualTo("Aigerim's title");
        assertThat(live.noticeProperty().get()).contains(workspace.user()).contains("saved a newer version at").contains("shown now")
                .matches(".*\\d\\d:\\d\\d.*");
        assertThat(live.newerProperty().get()).isEmpty();
        assertThat(model.unsaved()).isEmpty();
        // the next edit is based on the colleague's version: saved without a conflict, and the line goes
        run(() -> {
            model.edit(p -> p.withResponsibleBody("Ministry after the reload"));
            model.saveNow();
        });
        assertThat(model.conflictProperty().get()).isNull();
        assertThat(storedNow().title()).isEqualTo("Aigerim's title");
        assertThat(storedNow().responsibleBody()).isEqualTo("Ministry after the reload");
        assertThat(live.noticeProperty().get()).isEmpty();
        // and undo goes back to what was shown before the reload, one step
        run(model::undo);
        assertThat(model.passport().responsibleBody()).isNotEqualTo("Ministry after the reload");
    }

    @Test
    void withUnsavedEditsNothingIsReplacedAndTheBarOffersToCompare() throws Exception {
        run(() -> {
            model.edit(p -> p.withTitle("Typed here, not saved yet"));
            // unsaved for this test: the autosave would otherwise race the colleague
            model.cancelAutosave();
        });
        int v = colleagueSaves(p -> p.withResponsibleBody("Aigerim's ministry"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v, workspace.user(), false)));
        assertThat(model.passport().title()).as("the planner's edits stay").isEqualTo("Typed here, not saved yet");
        assertThat(live.newerProperty().get()).contains(workspace.user()).contains("saved a newer version");
        assertThat(storedNow().responsibleBody()).as("nothing saved over theirs").isEqualTo("Aigerim's ministry");
        assertThat(live.toCompare().theirs().orElseThrow().responsibleBody()).isEqualTo("Aigerim's ministry");
        assertThat(live.toCompare().currentVersion()).isEqualTo(v);

        // merge as the view suggests: my title and their ministry; the next save does not conflict again
        var rows = ConflictMerge.rows(model.base(), live.toCompare().theirs().orElseThrow(), model.passport());
        assertThat(rows).extracting(ConflictMerge.Row::key).containsExactly("/title", "/responsibleBody");
        run(() -> model.mergeConflict(ConflictMerge.suggested(rows)));
        assertThat(live.newerProperty().get()).as("resolved: the bar goes").isEmpty();
        assertThat(storedNow().title()).isEqualTo("Typed here, not saved yet");
        assertThat(storedNow().responsibleBody()).isEqualTo("Aigerim's ministry");
        run(() -> {
            model.edit(p -> p.withTitle("And one more edit"));
            model.saveNow();
        });
        assertThat(model.conflictProperty().get()).isNull();
        assertThat(storedNow().title()).isEqualTo("And one more edit");
        assertThat(storedNow().responsibleBody()).isEqualTo("Aigerim's ministry");
    }

    @Test
    void aFieldHoldingTypingTheDraftCannotTakeYetCountsAsUnsaved() throws Exception {
        // the planner typed "12a" into the budget: nothing of it is in the draft (the field is marked unreadable), and
        // the draft itself was saved — the workspace holds all of the draft, but not the planner's typing
        Object budgetField = new Object();
        run(() -> model.unreadableFields().add(budgetField));
        assertThat(model.unsaved()).isEmpty();
        assertThat(fx(model::holdsUnsavedEdits)).isTrue();
        int v = colleagueSaves(p -> p.withTitle("Aigerim's title"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v, workspace.user(), false)));
        // not shown over the typing (their version of that field would replace it unasked): offered to compare instead
        assertThat(model.passport().title()).isNotEqualTo("Aigerim's title");
        assertThat(live.newerProperty().get()).contains(workspace.user()).contains("saved a newer version");
        assertThat(live.noticeProperty().get()).isEmpty();
        // once the field reads as a number again (or the planner clears it) nothing is held: the next one is shown
        run(() -> {
            model.unreadableFields().remove(budgetField);
            model.takeTheirs();
        });
        int v2 = colleagueSaves(p -> p.withTitle("Aigerim again"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v2, workspace.user(), false)));
        assertThat(model.passport().title()).isEqualTo("Aigerim again");
    }

    @Test
    void keepingMineFromTheBarSavesOverTheirVersionOnce() throws Exception {
        run(() -> {
            model.edit(p -> p.withTitle("Mine"));
            model.cancelAutosave();
        });
        int v = colleagueSaves(p -> p.withTitle("Theirs"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v, workspace.user(), false)));
        run(model::keepMine);
        assertThat(storedNow().title()).isEqualTo("Mine");
        assertThat(workspace.drafts().versionSeen(id)).contains(v + 1);
        run(() -> {
            model.edit(p -> p.withTitle("Mine, again"));
            model.saveNow();
        });
        assertThat(model.conflictProperty().get()).isNull();
        assertThat(storedNow().title()).isEqualTo("Mine, again");
    }

    @Test
    void anEchoOfItsOwnSaveOrAVersionAlreadyHeldChangesNothing() throws Exception {
        ProgramPassport before = model.passport();
        int held = workspace.drafts().versionSeen(id).orElseThrow();
        run(() -> {
            live.changed(new Change(Kind.DRAFT, id, held, workspace.user(), false));
            live.changed(new Change(Kind.DRAFT, id, held + 1, workspace.user(), true));
        });
        assertThat(model.passport()).isSameAs(before);
        assertThat(live.noticeProperty().get()).isEmpty();
        assertThat(live.newerProperty().get()).isEmpty();
        // an announcement that ran ahead of what is stored (or was already read) reads the draft and finds it the same
        run(() -> live.changed(new Change(Kind.DRAFT, id, held + 5, workspace.user(), false)));
        assertThat(model.passport()).isSameAs(before);
        assertThat(live.noticeProperty().get()).isEmpty();
    }

    @Test
    void theLinesFollowTheWindowsLanguage() throws Exception {
        int v = colleagueSaves(p -> p.withTitle("Aigerim's title"));
        run(() -> live.changed(new Change(Kind.DRAFT, id, v, workspace.user(), false)));
        run(() -> live.setMessages(Messages.of(Language.KK)));
        assertThat(live.noticeProperty().get()).contains(workspace.user()).contains("көрсетілді");
        assertThat(List.of(live.noticeProperty().get())).noneMatch(s -> s.contains("shown now"));
    }
}
