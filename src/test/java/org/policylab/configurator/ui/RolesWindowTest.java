package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;
import org.policylab.configurator.store.TeamRole;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, point 4: the window shows only what the login's role allows. The window is shown as a team server's
 * planner or reviewer would see it ({@link AppServices#assumeRole}; the server's own refusal is TeamRolesTest's).
 */
class RolesWindowTest extends UiTestBase {
    private static final Messages EN = Messages.of(Language.EN);
    private void as(TeamRole r) throws Exception {
        services.assumeRole(r);
        interact(window::showStart);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TeamRole planner() {
        return new TeamRole("anna", false, true, false, false);
    }

    private static TeamRole reviewer() {
        return new TeamRole("bolat", false, false, true, false);
    }

    private boolean offered(String query) {
        return lookup(query).tryQuery().map(n -> n.isVisible() && n.isManaged() && !n.isDisabled()).orElse(false);
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(mn -> mn.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow();
    }

    private ProgramPassport stored() {
        ProgramPassport p = Fixtures.good().withId(UUID.randomUUID().toString()).withRevision(Revision.firstDraft());
        workspace.drafts().save(p);
        return p;
    }

    @Test
    void aPlannerReadsTheCatalogButIsOfferedNoWayToChangeIt() throws Exception {
        as(planner());
        assertThat(menuItem(EN.get(MenuKeys.FILE_IMPORT_CATALOG)).isDisable()).isTrue();
        interact(window::showCatalog);
        WaitForAsyncUtils.waitForFxEvents();
        for (String write : new String[] {"#catalog-add", "#catalog-duplicate", "#catalog-delete", "#catalog-reset", "#catalog-save"}) {
            assertThat(offered(write)).as(write).isFalse();
        }
        // the entry is there to read, not to edit
        assertThat(this.<TextInputControl>node("#catalog-edit-name").getText()).isNotBlank();
        assertThat(this.<TextInputControl>node("#catalog-edit-name").isEditable()).isFalse();
        assertThat(text("#catalog-read-only")).contains("catalog editors").contains("planner");
    }

    @Test
    void aPlannerRecordsMonitoringButIsNotOfferedTheApproval() throws Exception {
        as(planner());
        ProgramPassport p = stored();
        interact(() -> window.openDraft(p));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#wizard-read-only").tryQuery()).as("a planner edits the draft").isEmpty();
        assertThat(this.<TextInputControl>node("#field-title").isEditable()).isTrue();
        interact(window::showMonitoring);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offered("#monitoring-approve-open")).isFalse();
        assertThat(offered("#approve-do")).isFalse();
        assertThat(text("#approve-reviewers-only")).contains("reviewer").contains("planner");
        assertThat(lookup("#actual-save").tryQuery().map(Node::isVisible)).contains(true);
        assertThat(offered("#monitoring-import")).isTrue();
    }

    @Test
    void anApprovedDemoComesToAPlannerAsTheDraftOfItsRevisionForAReviewerToApprove() throws Exception {
        as(planner());
        interact(() -> window.openScenario("ai-talent-drain"));
        WaitForAsyncUtils.waitForFxEvents();
        ProgramPassport opened = window.wizard().orElseThrow().passport();
        assertThat(opened.revisionOrFirst().approved()).isFalse();
        // stored as a draft, and no approval the planner did not make
        ProgramPassport stored = workspace.drafts().load(opened.id()).orElseThrow();
        assertThat(stored.revisionOrFirst().approved()).isFalse();
        assertThat(workspace.revisions().list(opened.id())).isEmpty();
        // a login that may approve keeps the demo's approval as its frozen revision
        as(TeamRole.ownWorkspace("anna"));
        interact(() -> window.openScenario("ai-talent-drain"));
        WaitForAsyncUtils.waitForFxEvents();
        String approvedId = window.wizard().orElseThrow().passport().id();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !workspace.revisions().list(approvedId).isEmpty());
    }

    @Test
    void aReviewerReadsTheDraftAndIsOfferedTheApprovalOnly() throws Exception {
        ProgramPassport p = stored();
        as(reviewer());
        // the start screen offers no new or changed drafts, only opening one
        for (String write : new String[] {"#new-draft", "#open-file", "#draft-duplicate", "#draft-rename", "#draft-delete",
                "#draft-reset", "#scenario-open"}) {
            assertThat(lookup(write).tryQuery().map(Node::isVisible)).as(write).contains(false);
        }
        assertThat(menuItem(EN.get(MenuKeys.FILE_NEW)).isDisable()).isTrue();
        interact(() -> window.openDraft(p));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#wizard-read-only")).contains("Read only").contains("reviewer");
        TextInputControl title = node("#field-title");
        assertThat(title.isEditable()).isFalse();
        clickOn(title).write("typed by the reviewer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.wizard().orElseThrow().passport().title()).isEqualTo(p.title());
        assertThat(menuItem(EN.get(MenuKeys.EDIT_UNDO)).isDisable()).isTrue();

        interact(window::showMonitoring);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#monitoring-approve-open").tryQuery().map(Node::isVisible)).contains(true);
        assertThat(lookup("#approve-do").tryQuery().map(n -> ((Button) n).isVisible())).contains(true);
        assertThat(lookup("#approve-reviewers-only").tryQuery().map(Node::isVisible)).contains(false);
        assertThat(lookup("#actual-save").tryQuery().map(Node::isVisible)).as("monitoring records change the draft").contains(false);
        assertThat(lookup("#monitoring-import").tryQuery().map(Node::isVisible)).contains(false);
    }

    /** What the wizard's step shows that a planner could change: each such control under the step, now. */
    private java.util.List<Node> changeable() {
        return lookup("#step-content").queryAll().stream().findFirst().map(sc -> sc.lookupAll("*").stream()
                .filter(n -> n instanceof TextInputControl t ? t.isEditable() && !t.isDisabled()
                        : (n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.ComboBoxBase<?>)
                        && !n.isDisabled() && !n.getStyleClass().contains("help-button"))
                .toList()).orElseThrow();
    }

    private Node cellStartingWith(String list, String text) {
        return lookup(list + " .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + text + "' in " + list));
    }

    @Test
    void aReviewerCannotTypeIntoFieldsAStepBuildsLater() throws Exception {
        ProgramPassport p = stored();
        as(reviewer());
        interact(() -> window.openDraft(p));
        var wizard = window.wizard().orElseThrow();
        interact(() -> wizard.stepProperty().set(org.policylab.configurator.passport.WizardStep.INSTRUMENTS));
        WaitForAsyncUtils.waitForFxEvents();
        // picking an instrument builds its terms editor and a row per performance gate: fields made after the step was shown
        int withGates = java.util.stream.IntStream.range(0, p.instruments().size())
                .filter(i -> !p.instruments().get(i).gates().isEmpty()).findFirst().orElseThrow();
        String name = services.catalog().instrument(p.instruments().get(withGates).instrument()).orElseThrow().name().en();
        reveal("#field-instruments");
        clickOn(cellStartingWith("#field-instruments", name));
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl threshold = reveal("#gate-0-threshold");
        String shown = threshold.getText();
        assertThat(threshold.isEditable()).isFalse();
        clickOn(threshold).write("999");
        TextInputControl sunset = reveal("#field-instruments-exit-sunsetYear");
        String sunsetShown = sunset.getText();
        clickOn(sunset).write("2077");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(threshold.getText()).as("what the field shows").isEqualTo(shown);
        assertThat(sunset.getText()).isEqualTo(sunsetShown);
        assertThat(changeable()).as("fields and buttons a reviewer could change on the instruments step").isEmpty();
        // a KPI's target rows are built again for each KPI picked
        interact(() -> wizard.stepProperty().set(org.policylab.configurator.passport.WizardStep.KPIS));
        WaitForAsyncUtils.waitForFxEvents();
        String kpi = services.catalog().kpi(p.kpis().get(p.kpis().size() - 1).kpi()).orElseThrow().name().en();
        reveal("#field-kpis");
        clickOn(cellStartingWith("#field-kpis", kpi));
        WaitForAsyncUtils.waitForFxEvents();
        var year = p.kpis().get(p.kpis().size() - 1).targets().get(0).year();
        TextInputControl target = reveal("#target-" + year);
        String targetShown = target.getText();
        clickOn(target).write("12345");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target.getText()).isEqualTo(targetShown);
        assertThat(changeable()).as("fields and buttons a reviewer could change on the KPI step").isEmpty();
        // nothing changed, nothing saved; moving between steps still works
        assertThat(wizard.passport().instruments()).isEqualTo(p.instruments());
        assertThat(wizard.passport().kpis()).isEqualTo(p.kpis());
        interact(wizard::flush);
        WaitForAsyncUtils.waitForFxEvents();
        ProgramPassport stored = workspace.drafts().load(p.id()).orElseThrow();
        assertThat(stored.instruments()).isEqualTo(p.instruments());
        assertThat(stored.kpis()).isEqualTo(p.kpis());
        clickOn("#wizard-next");
        assertThat(wizard.stepProperty().get()).isEqualTo(org.policylab.configurator.passport.WizardStep.PHASES);
    }

    @Test
    void aPlannersOwnWorkspaceOffersEveryAction() throws Exception {
        as(TeamRole.ownWorkspace("anna"));
        assertThat(offered("#new-draft")).isTrue();
        assertThat(menuItem(EN.get(MenuKeys.FILE_IMPORT_CATALOG)).isDisable()).isFalse();
        interact(window::showCatalog);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offered("#catalog-add")).isTrue();
        assertThat(lookup("#catalog-read-only").tryQuery().map(Node::isVisible)).contains(false);
        ProgramPassport p = stored();
        interact(() -> window.openDraft(p));
        interact(window::showMonitoring);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#approve-do").tryQuery().map(Node::isVisible)).contains(true);
    }
}
