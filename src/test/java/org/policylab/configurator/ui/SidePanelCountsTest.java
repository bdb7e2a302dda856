package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The live side panel counts the findings of a blank program in words that agree with the count: "1 warning". */
class SidePanelCountsTest extends UiTestBase {
    @Test
    void aBlankProgramShowsOneWarningNotOneWarnings() {
        clickOn("#new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#side-warnings")).isEqualTo("1 warning");
        String errors = text("#side-errors");
        int n = Integer.parseInt(errors.substring(0, errors.indexOf(' ')));
        assertThat(errors).isEqualTo(n + (n == 1 ? " error" : " errors"));
    }
}
