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
 * Every step of the wizard fits a 1280×800 window in every language: no step is wider than the space beside the step
 * list and the side panel, so nothing is cut at the right edge or needs a sideways scroll (session 8's review found the
 * Russian instruments step 80 pixels too wide: the gate table's headings had fixed widths).
 */
class StepsFitTheWindowTest extends UiTestBase {
    @Test
    void everyStepFitsA1280PixelWindowInEveryLanguage() throws Exception {
        List<String> tooWide = new ArrayList<>();
        for (Language language : Language.values()) {
            var demo = ScenarioLibrary.shipped().load("ai-talent-drain", language);
            interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
                window.setLanguage(language);
                window.openDraft(demo);
            });
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
            var demo = ScenarioLibrary.shipped().load("ai-talent-drain", language);
            interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
                window.setLanguage(language);
                window.openDraft(demo);
                window.wizard().orElseThrow().stepProperty().set(WizardStep.INSTRUMENTS);
            });
            WaitForAsyncUtils.waitForFxEvents();
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
}
