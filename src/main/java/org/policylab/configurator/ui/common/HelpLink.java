package org.policylab.configurator.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import org.policylab.configurator.i18n.Messages;

/**
 * Opens the user guide at a section ({@link org.policylab.configurator.help.GuideIds}). The main window gives one
 * to the views; the guide itself is loaded only when a planner first asks for it.
 */
@FunctionalInterface
public interface HelpLink {
    /** For views shown where no guide is at hand (tests of a single view, the presentation). */
    HelpLink NONE = sectionId -> { };

    void open(String sectionId);

    /**
     * The small "?" beside a step or a finding: its tooltip says what it does, a screen reader reads
     * {@code topic}. Its id is {@code help-<sectionId>}.
     */
    default Button button(Messages m, String sectionId, String topic) {
        Button b = new Button("?");
        b.setId("help-" + sectionId);
        b.getStyleClass().addAll("help-button", "small");
        b.setTooltip(Ui.tip(m.get("help.button.tip", topic)));
        b.setAccessibleRole(AccessibleRole.BUTTON);
        b.setAccessibleText(m.get("help.button.accessible", topic));
        b.setMnemonicParsing(false);
        b.setOnAction(e -> open(sectionId));
        return b;
    }
}
