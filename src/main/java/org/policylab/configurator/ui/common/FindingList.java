package org.policylab.configurator.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.help.GuideIds;
import org.policylab.configurator.i18n.Messages;

/**
 * Findings as the window lists them (the Review step, the Monitoring view): grouped by severity, each a link with
 * its principle as tooltip and its fix beneath; a single line saying so when there are none.
 */
public final class FindingList {
    private FindingList() {
    }

    /**
     * The nodes of the list. {@code cleanText}/{@code cleanId}: the line shown when there are no findings;
     * {@code groupIdPrefix}: the id of each severity's title is this plus the severity (null: no ids).
     */
    public static List<Node> nodes(List<Finding> findings, Messages m, String cleanText, String cleanId,
                                   String groupIdPrefix, Consumer<Finding> onClick) {
        return nodes(findings, m, cleanText, cleanId, groupIdPrefix, onClick, HelpLink.NONE);
    }

    /** As above, each finding with a "?" that opens the guide at its rule's section ({@code rule-<id>}). */
    public static List<Node> nodes(List<Finding> findings, Messages m, String cleanText, String cleanId,
                                   String groupIdPrefix, Consumer<Finding> onClick, HelpLink help) {
        List<Node> out = new ArrayList<>();
        if (findings.isEmpty()) {
            Label ok = new Label(cleanText);
            ok.getStyleClass().add("finding-ok");
            ok.setId(cleanId);
            out.add(ok);
            return out;
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            Label t = new Label(m.get(s.messageKey()) + " (" + group.size() + ")");
            t.getStyleClass().addAll("title-4", "finding-" + s.id());
            if (groupIdPrefix != null) {
                t.setId(groupIdPrefix + s.id());
            }
            out.add(t);
            for (Finding f : group) {
                Hyperlink link = new Hyperlink(f.message(m));
                link.setWrapText(true);
                link.getStyleClass().add("finding-link");
                link.setUserData(f);
                link.setOnAction(e -> onClick.accept(f));
                link.setTooltip(Ui.tip(f.principle(m) + "\n\n" + m.get("cli.check.fix") + " " + f.fix(m)));
                Label fix = Ui.hint(m.get("cli.check.fix") + " " + f.fix(m));
                fix.setPadding(new Insets(0, 0, 4, 18));
                if (help == HelpLink.NONE) {
                    out.add(link);
                } else {
                    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(4, link,
                            help.button(m, GuideIds.rule(f.rule()), f.message(m)));
                    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    javafx.scene.layout.HBox.setHgrow(link, javafx.scene.layout.Priority.ALWAYS);
                    link.setMaxWidth(Double.MAX_VALUE);
                    out.add(row);
                }
                out.add(fix);
            }
        }
        return out;
    }
}
