package org.policylab.configurator.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.TeamRole;
import org.policylab.configurator.ui.team.Permissions.Action;

/** What the window offers to each role of a team workspace (no window, no server): the actions a role may not take are not offered. */
class PermissionsTest {
    private static final EnumSet<Action> DRAFTS = EnumSet.of(Action.NEW_DRAFT, Action.DUPLICATE_DRAFT, Action.RENAME_DRAFT,
            Action.DELETE_DRAFT, Action.RESET_DRAFT, Action.EDIT_DRAFT, Action.RECORD_MONITORING, Action.COMMENT);
    private static final EnumSet<Action> CATALOG = EnumSet.of(Action.EDIT_CATALOG, Action.IMPORT_CATALOG, Action.RESET_CATALOG);
    private static final Messages EN = Messages.of(Language.EN);

    private static Permissions as(boolean editor, boolean planner, boolean reviewer) {
        return new Permissions(new TeamRole("anna", editor, planner, reviewer, false));
    }

    @Test
    void aPlannersOwnWorkspaceOffersEverything() {
        assertThat(new Permissions(TeamRole.ownWorkspace("anna")).offered()).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void aPlannerWritesDraftsButNeitherApprovesNorChangesTheCatalog() {
        Permissions p = as(false, true, false);
        assertThat(p.offered()).containsExactlyInAnyOrderElementsOf(DRAFTS);
        assertThat(p.offers(Action.APPROVE)).isFalse();
        assertThat(p.offers(Action.EDIT_CATALOG)).isFalse();
        assertThat(p.offers(Action.IMPORT_CATALOG)).isFalse();
        assertThat(p.readOnlyDrafts()).isFalse();
        assertThat(p.roleName(EN)).isEqualTo("planner");
    }

    @Test
    void aReviewerReadsDraftsAndApprovesOnly() {
        Permissions p = as(false, false, true);
        assertThat(p.offered()).containsExactlyInAnyOrder(Action.APPROVE, Action.COMMENT);
        assertThat(p.readOnlyDrafts()).as("the wizard is read only").isTrue();
        assertThat(p.role().canComment()).isTrue();
        assertThat(p.roleName(EN)).isEqualTo("reviewer");
    }

    @Test
    void aCatalogEditorIsAPlannerWhoAlsoWritesTheCatalog() {
        Permissions p = as(true, true, false);
        EnumSet<Action> expected = EnumSet.copyOf(DRAFTS);
        expected.addAll(CATALOG);
        assertThat(p.offered()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.offers(Action.APPROVE)).isFalse();
        assertThat(p.roleName(EN)).isEqualTo("catalog editor");
    }

    @Test
    void aLoginWithSeveralRolesGetsWhatEachAllows() {
        Permissions p = as(false, true, true);
        EnumSet<Action> expected = EnumSet.copyOf(DRAFTS);
        expected.add(Action.APPROVE);
        assertThat(p.offered()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.roleName(EN)).isEqualTo("planner, reviewer");
        assertThat(p.roleName(Messages.of(Language.RU))).isEqualTo("разработчик, проверяющий");
        assertThat(p.roleName(Messages.of(Language.KK))).isEqualTo("жоспарлаушы, сарапшы");
    }

    @Test
    void aLoginWithNoRoleIsOfferedNothingAndToldSo() {
        Permissions p = as(false, false, false);
        assertThat(p.offered()).isEmpty();
        assertThat(p.roleName(EN)).contains("no role");
    }

    @Test
    void theWorkspacesOwnerIsTheAdministrator() {
        Permissions p = new Permissions(new TeamRole("it", false, false, false, true));
        assertThat(p.offered()).containsExactlyInAnyOrder(Action.values());
        assertThat(p.roleName(EN)).isEqualTo("administrator");
    }
}
