package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13: undo as a person means it, shortcuts that do not fight text fields, no leaking views, jumps to the exact item. */
class UndoShortcutsAndJumpTest extends UiTestBase {
    private WizardModel wizard() {
        return window.wizard().orElseThrow();
    }

    private MenuItem menuItem(String id) {
        return window.root().lookupAll(".menu-bar").stream().findFirst()
                .map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream().flatMap(mn -> mn.getItems().stream())
                        .filter(i -> id.equals(i.getId())).findFirst().orElseThrow()).orElseThrow();
    }

    private void ctrl(KeyCode k) {
        press(KeyCode.CONTROL).press(k).release(k).release(KeyCode.CONTROL);
    }

    @Test
    void typingHelloIsOneUndoStepInAndOutOfTheFieldAndCtrlYRedoes() {
        clickOn("#new-draft");
        assertThat(menuItem("menu-undo").isDisable()).as("nothing to undo yet").isTrue();
        assertThat(menuItem("menu-redo").isDisable()).isTrue();
        TextField title = node("#field-title");
        String before = title.getText();
        clickOn(title);
        push(KeyCode.END);
        write("hello");
        assertThat(wizard().passport().title()).isEqualTo(before + "hello");
        assertThat(menuItem("menu-undo").isDisable()).isFalse();
        ctrl(KeyCode.Z);
        assertThat(wizard().passport().title()).isEqualTo(before);
        assertThat(title.getText()).as("the field shows the draft, focused or not").isEqualTo(before);
        assertThat(title.isFocused()).isTrue();
        ctrl(KeyCode.Y);
        assertThat(wizard().passport().title()).isEqualTo(before + "hello");
        assertThat(title.getText()).isEqualTo(before + "hello");
        // and the same from outside any field
        clickOn("#step-list");
        ctrl(KeyCode.Z);
        assertThat(title.getText()).isEqualTo(before);
        press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(title.getText()).isEqualTo(before + "hello");
    }

    @Test
    void ctrlHInAFieldOpensTheStartScreenAndDeletesNothing() {
        clickOn("#new-draft");
        TextField title = node("#field-title");
        String before = title.getText();
        clickOn(title);
        push(KeyCode.END);
        ctrl(KeyCode.H);
        assertThat(lookup("#start-screen").tryQuery()).isPresent();
        assertThat(wizard().passport().title()).isEqualTo(before);
    }

    @Test
    void undoingAProblemPickClearsTheList() {
        clickOn("#new-draft");
        clickOn("#problem-search").write("talent");
        clickOn("Talent drain");
        ctrl(KeyCode.Z);
        ListView<?> problems = node("#field-diagnosis-problem");
        assertThat(wizard().passport().diagnosis().problem()).isNull();
        assertThat(problems.getSelectionModel().getSelectedItem()).isNull();
        clickOn("Talent drain");
        assertThat(wizard().passport().diagnosis().problem()).isEqualTo("talent-drain");
    }

    @Test
    void fiftyLanguageSwitchesLeaveTheModelsListenersFlat() {
        interact(() -> window.openDraft(Fixtures.good().withId(UUID.randomUUID().toString())));
        for (WizardStep s : WizardStep.values()) {
            interact(() -> wizard().stepProperty().set(s));
        }
        interact(() -> window.setLanguage(Language.RU));
        int first = wizard().listenerCount();
        Language[] cycle = {Language.KK, Language.EN, Language.RU};
        for (int i = 0; i < 50; i++) {
            Language l = cycle[i % 3];
            interact(() -> window.setLanguage(l));
        }
        interact(() -> window.setLanguage(Language.RU));
        assertThat(wizard().listenerCount()).isEqualTo(first);
    }

    @Test
    void aLanguageSwitchKeepsTheSelectedInstrumentAndTheExportPath() {
        interact(() -> {
            window.openDraft(Fixtures.good().withId(UUID.randomUUID().toString()));
            wizard().stepProperty().set(WizardStep.INSTRUMENTS);
        });
        ListView<?> chosen = node("#field-instruments");
        interact(() -> chosen.getSelectionModel().select(1));
        interact(() -> wizard().stepProperty().set(WizardStep.EXPORT));
        TextField path = node("#export-path");
        String kept = home.resolve("kept.docx").toString();
        interact(() -> path.setText(kept));
        interact(() -> window.setLanguage(Language.KK));
        assertThat(((TextField) node("#export-path")).getText()).isEqualTo(kept);
        interact(() -> wizard().stepProperty().set(WizardStep.INSTRUMENTS));
        assertThat(((ListView<?>) node("#field-instruments")).getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    /** A draft with three instruments, the third without an exit rule; the second KPI without targets; the first phase without a gate. */
    private ProgramPassport flawed() {
        ProgramPassport p = Fixtures.good().withId(UUID.randomUUID().toString());
        List<SelectedInstrument> instruments = new ArrayList<>(p.instruments());
        SelectedInstrument third = instruments.get(0).withExitRule(null).withExit(null);
        instruments.add(new SelectedInstrument("talent-mobility", third.segments(), third.budget(), third.coFinancingShare(),
                third.startYear(), third.endYear(), null, third.conditions(), third.kpis(), null, null, null, List.of(), List.of()));
        List<org.policylab.configurator.passport.KpiTarget> kpis = new ArrayList<>(p.kpis());
        kpis.set(1, kpis.get(1).withTargets(List.of()));
        List<Phase> phases = new ArrayList<>(p.phases());
        Phase ph = phases.get(0);
        phases.set(0, new Phase(ph.name(), ph.startYear(), ph.endYear(), null));
        return p.withInstruments(instruments).withKpis(kpis).withPhases(phases);
    }

    private void jumpsTo(String prefix, String listId, int index) {
        ProgramPassport p = flawed();
        interact(() -> {
            window.openDraft(p);
            wizard().stepProperty().set(WizardStep.REVIEW);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Finding f = wizard().findingsProperty().get().stream().filter(x -> x.target().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + prefix + " in " + wizard().findingsProperty().get()));
        Hyperlink link = lookup("#review-findings .finding-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getUserData() == f).findFirst().orElseThrow();
        interact(() -> link.fire());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = node(listId);
        assertThat(list.getSelectionModel().getSelectedIndex()).as(f.target()).isEqualTo(index);
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        String field = f.target().replaceAll("/\\d+", "").replace('/', '-');
        if (lookup("#field" + field).tryQuery().isPresent()) {
            assertThat(focused.getId()).as("focus on " + f.target()).isEqualTo("field" + field);
        }
    }

    @Test
    void aFindingOnTheThirdInstrumentSelectsIt() {
        jumpsTo("/instruments/2", "#field-instruments", 2);
        // typing now goes to the third instrument, not the first
        TextField exit = node("#field-instruments-exitRule");
        interact(() -> {
            exit.requestFocus();
            exit.setText("ends 2029");
        });
        assertThat(wizard().passport().instruments().get(2).exitRule()).isEqualTo("ends 2029");
        assertThat(wizard().passport().instruments().get(0).exitRule()).isEqualTo(Fixtures.good().instruments().get(0).exitRule());
    }

    @Test
    void aFindingOnTheSecondKpiSelectsIt() {
        jumpsTo("/kpis/1", "#field-kpis", 1);
    }

    @Test
    void aFindingOnTheFirstPhaseSelectsIt() {
        jumpsTo("/phases/0", "#field-phases", 0);
    }
}
