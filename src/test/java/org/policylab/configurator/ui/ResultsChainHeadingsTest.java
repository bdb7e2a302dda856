package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.WizardStep;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Review step's results chain in Kazakh, whose column headings are the longest ("Тікелей нәтижелер"): every
 * heading and box is shown whole, not cut to "Тікелей нәтиже..." (seen in a 1280-pixel window under Xvfb).
 */
class ResultsChainHeadingsTest extends UiTestBase {
    @Override
    protected Language startLanguage() {
        return Language.KK;
    }

    @Test
    void everyHeadingOfTheResultsChainIsShownWhole() {
        double width = stage.getWidth();
        interact(() -> stage.setWidth(1280));
        try {
            assertShownWhole();
        } finally {
            // the stage is shared by the UI tests that run after this one
            interact(() -> stage.setWidth(width));
        }
    }

    private void assertShownWhole() {
        interact(() -> window.openScenario("ai-talent-drain"));
        interact(() -> window.wizard().orElseThrow().stepProperty().set(WizardStep.REVIEW));
        WaitForAsyncUtils.waitForFxEvents();
        var labels = lookup("#results-chain .label").queryAllAs(Label.class);
        assertThat(labels).hasSizeGreaterThan(4);
        for (Label l : labels) {
            String shown = l.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .findFirst().orElse("");
            assertThat(shown).as("what the label shows").isEqualTo(l.getText());
        }
    }
}
