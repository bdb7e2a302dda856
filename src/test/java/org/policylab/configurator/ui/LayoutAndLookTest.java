package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.WizardStep;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What session 8's review saw wrong in the window's layout and look: every step of the wizard fits a 1280×800 window in
 * every language (the instruments step was 80 pixels too wide: the gate table's headings had fixed widths); list cells
 * show their whole text; a disabled Delete looks disabled.
 */
class LayoutAndLookTest extends UiTestBase {
    private double width;
    private double height;

    /** The primary stage is every UI test's: its size is put back, or later classes would lay out in 1280×800. */
    @org.junit.jupiter.api.BeforeEach
    void keepTheStageSize() {
        width = stage.getWidth();
        height = stage.getHeight();
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheStageSize() {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    @Test
    void everyStepFitsA1280PixelWindowInEveryLanguage() throws Exception {
        List<String> tooWide = new ArrayList<>();
        for (Language language : Language.values()) {
            openTheDemoIn1280By800(language, WizardStep.PROBLEM);
            for (WizardStep step : WizardStep.values()) {
                interact(() -> window.wizard().orElseThrow().stepProperty().set(step));
                WaitForAsyncUtils.waitForFxEvents();
                interact(() -> {
                    Node box = stage.getScene().getRoot().lookup(".step-box");
                    ScrollPane scroll = enclosingScrollPane(box);
                    double needs = ((Region) box).minWidth(-1);
                    double has = scroll.getViewportBounds().getWidth();
                    if (needs > has + 0.5) {
                        tooWide.add(language + " " + step + ": needs " + Math.round(needs) + " px, has " + Math.round(has));
                    }
                });
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /** The AI talent demo as a draft, in the language, at a step, in a 1280×800 window. */
    private void openTheDemoIn1280By800(Language language, WizardStep step) throws Exception {
        var demo = ScenarioLibrary.shipped().load("ai-talent-drain", language);
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.setLanguage(language);
            window.openDraft(demo);
            window.wizard().orElseThrow().stepProperty().set(step);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane enclosingScrollPane(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        throw new AssertionError("the step is not in a scroll pane");
    }

    @Test
    void suggestionsShowTheirWholeTextInEveryLanguage() throws Exception {
        // session 8's review: "★ answers the ..." — the theme's fixed cell height cut the third line of a wrapped cell
        List<String> cut = new ArrayList<>();
        for (Language language : Language.values()) {
            openTheDemoIn1280By800(language, WizardStep.INSTRUMENTS);
            interact(() -> {
                for (Node cell : stage.getScene().getRoot().lookup("#suggestion-list").lookupAll(".list-cell")) {
                    var c = (javafx.scene.control.ListCell<?>) cell;
                    if (c.isEmpty() || c.getText() == null || !c.isVisible()) {
                        continue;
                    }
                    for (Node t : c.lookupAll(".text")) {
                        String shown = ((javafx.scene.text.Text) t).getText();
                        if (!shown.equals(c.getText())) {
                            cut.add(language + ": " + shown);
                        }
                    }
                }
            });
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void aDisabledDeleteLooksAsDisabledAsTheButtonsBesideIt() {
        // session 8's review: with no draft selected the start screen's Delete was a faded red that read as live
        javafx.scene.control.Button delete = lookup("#draft-delete").queryButton();
        javafx.scene.control.Button open = lookup("#draft-open").queryButton();
        assertThat(delete.isDisabled()).isTrue();
        assertThat(open.isDisabled()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delete.getBackground().getFills()).extracting(f -> f.getFill())
                .isEqualTo(open.getBackground().getFills().stream().map(f -> f.getFill()).toList());
    }
}
