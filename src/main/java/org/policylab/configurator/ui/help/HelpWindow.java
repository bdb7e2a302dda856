package org.policylab.configurator.ui.help;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.policylab.configurator.help.Glossary;
import org.policylab.configurator.help.Guide;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.ui.common.ErrorText;
import org.policylab.configurator.ui.common.TaskRunner;

/**
 * The Help window, beside the main one: the user guide and the glossary, in the window's language. Made the first
 * time help is asked for (nothing of it is loaded at start-up); the guide is read off the FX thread.
 */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final TaskRunner runner;
    private final TabPane tabs = new TabPane();
    private final Tab guideTab = new Tab();
    private final Tab glossaryTab = new Tab();
    private Messages m;
    private GuideView guide;
    private GlossaryView glossary;
    /** The section to show once the guide is read. */
    private String wanted;
    private boolean loading;

    public HelpWindow(Window owner, Messages m, TaskRunner runner, String css) {
        this.runner = runner;
        this.m = m;
        if (owner != null) {
            stage.initOwner(owner);
        }
        guideTab.setId("help-tab-guide");
        guideTab.setClosable(false);
        glossaryTab.setId("help-tab-glossary");
        glossaryTab.setClosable(false);
        tabs.getTabs().addAll(guideTab, glossaryTab);
        tabs.setId("help-window");
        Scene scene = new Scene(tabs, 1000, 720);
        if (css != null) {
            scene.getStylesheets().add(css);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        localize();
    }

    /** The window's language changed: the titles follow, and the guide is read again in the new language. */
    public void setMessages(Messages messages) {
        if (messages.language() == m.language()) {
            return;
        }
        this.m = messages;
        String at = guide == null ? wanted : guide.current();
        guide = null;
        glossary = null;
        localize();
        if (stage.isShowing()) {
            boolean onGlossary = tabs.getSelectionModel().getSelectedItem() == glossaryTab;
            if (onGlossary) {
                showGlossary();
            } else {
                showGuide(at);
            }
        }
    }

    private void localize() {
        stage.setTitle(m.get("help.window.title") + " — " + m.get("app.title"));
        guideTab.setText(m.get("help.tab.guide"));
        glossaryTab.setText(m.get("help.tab.glossary"));
    }

    /** Shows the guide at a section (null: where it was, else its beginning). */
    public void showGuide(String sectionId) {
        tabs.getSelectionModel().select(guideTab);
        wanted = sectionId;
        raise();
        if (guide != null) {
            if (sectionId != null) {
                guide.show(sectionId);
            }
            return;
        }
        if (loading) {
            return;
        }
        loading = true;
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        guideTab.setContent(busy);
        Messages asked = m;
        runner.run(() -> Guide.load(asked.language()).map(g -> new Loaded(g, GuideView.loadPictures(g))), loaded -> {
            loading = false;
            if (asked != m) {
                showGuide(wanted);
                return;
            }
            if (loaded.isEmpty()) {
                guideTab.setContent(message(m.get("help.guide.missing")));
                return;
            }
            guide = new GuideView(loaded.get().guide(), loaded.get().pictures(), m);
            guideTab.setContent(guide.build());
            // the heading's place is known once the new content has been laid out
            guide.show(wanted);
            javafx.application.Platform.runLater(() -> {
                if (guide != null && wanted != null) {
                    guide.show(wanted);
                }
            });
        }, err -> {
            loading = false;
            guideTab.setContent(message(ErrorText.of(err, m)));
        });
    }

    public void showGlossary() {
        tabs.getSelectionModel().select(glossaryTab);
        raise();
        if (glossary != null) {
            glossary.search().requestFocus();
            return;
        }
        Messages asked = m;
        runner.run(Glossary::shipped, g -> {
            if (asked != m) {
                return;
            }
            glossary = new GlossaryView(g, m);
            glossaryTab.setContent(glossary.build());
            glossary.search().requestFocus();
        }, err -> glossaryTab.setContent(message(ErrorText.of(err, m))));
    }

    private void raise() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    private static Node message(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setId("help-message");
        return l;
    }

    private record Loaded(Guide guide, java.util.Map<String, javafx.scene.image.Image> pictures) {
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void hide() {
        stage.hide();
    }

    /** The section whose heading the guide last scrolled to. */
    public Optional<String> currentSection() {
        return Optional.ofNullable(guide).map(GuideView::current);
    }

    /** Whether the heading of the section is in the visible part of the guide. */
    public boolean showsHeading(String sectionId) {
        return guide != null && guide.onScreen(sectionId);
    }

    public Stage stage() {
        return stage;
    }
}
