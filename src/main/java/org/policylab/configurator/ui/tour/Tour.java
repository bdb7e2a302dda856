package org.policylab.configurator.ui.tour;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.ui.MainWindow;

/**
 * The first-run tour: six short notes, each in a popover pointing at the real control — three on the start screen,
 * three in the wizard (a blank new program, which is stored only if the planner types in it). Next and Skip on
 * each; Escape skips. Finishing or skipping calls {@code onDone} (the window then remembers it in the settings).
 */
public final class Tour {
    /** One note: where it points ({@code selector} in the main window), on which screen, and its text. */
    record Stop(String titleKey, String textKey, String selector, boolean wizard, PopOver.ArrowLocation arrow) {
    }

    static final List<Stop> STOPS = List.of(
            new Stop("tour.newDraft.title", "tour.newDraft.text", "#new-draft", false, PopOver.ArrowLocation.LEFT_TOP),
            new Stop("tour.scenarios.title", "tour.scenarios.text", "#scenario-list", false, PopOver.ArrowLocation.LEFT_TOP),
            new Stop("tour.open.title", "tour.open.text", "#open-file", false, PopOver.ArrowLocation.LEFT_TOP),
            new Stop("tour.steps.title", "tour.steps.text", "#step-list", true, PopOver.ArrowLocation.LEFT_TOP),
            new Stop("tour.side.title", "tour.side.text", "#side-panel", true, PopOver.ArrowLocation.RIGHT_TOP),
            new Stop("tour.help.title", "tour.help.text", ".step-help", true, PopOver.ArrowLocation.RIGHT_TOP));

    private final MainWindow window;
    private final Runnable onDone;
    private Messages m;
    private PopOver popOver;
    private Node target;
    /** How many times a note looks for its control before it is skipped (every 100 ms). */
    private static final int LOOKS = 50;
    private int at = -1;
    private boolean over;
    /** Set while the tour hides its own popover; any other hiding (the window rebuilt its content) shows it again. */
    private boolean hiding;
    private int reshown;
    /** How often the note on screen has looked for its control. */
    private int looked;

    public Tour(MainWindow window, Messages m, Runnable onDone) {
        this.window = window;
        this.m = m;
        this.onDone = onDone;
    }

    /** From the first note, on the start screen. */
    public void start() {
        // the start screen already on screen is left as it is (the first run's tour comes just after it is shown: built
        // again it would be laid out twice, and a draft the planner has selected meanwhile would lose its selection)
        if (!window.showsStart()) {
            window.showStart();
        }
        at = 0;
        looked = 0;
        Platform.runLater(this::showCurrent);
    }

    /** The window's language changed: the note on screen is shown again in it. */
    public void setMessages(Messages messages) {
        this.m = messages;
        if (!over && at >= 0) {
            Platform.runLater(this::showCurrent);
        }
    }

    /** The number of the note on screen, from 1; 0 before the first. */
    public int step() {
        return at + 1;
    }

    public int steps() {
        return STOPS.size();
    }

    public void next() {
        if (over) {
            return;
        }
        if (at + 1 >= STOPS.size()) {
            finish();
            return;
        }
        at++;
        reshown = 0;
        looked = 0;
        if (STOPS.get(at).wizard() && !window.showsWizard()) {
            window.newDraft();
        }
        Platform.runLater(this::showCurrent);
    }

    /** Skip, Escape, and Done after the last note: the tour ends and is remembered as done. */
    public void finish() {
        if (over) {
            return;
        }
        stop();
        onDone.run();
    }

    /** Ends the tour without marking it done (another tour replaces it). */
    public void stop() {
        over = true;
        hide();
    }

    private void hide() {
        if (target != null) {
            target.getStyleClass().remove("tour-target");
            target = null;
        }
        if (popOver != null) {
            hiding = true;
            popOver.hide(javafx.util.Duration.ZERO);
            hiding = false;
            popOver = null;
        }
    }

    /** The main window is on screen: once it closes, the tour ends with it (and is not marked done). */
    private boolean mainWindowShowing() {
        var scene = window.root().getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void showCurrent() {
        if (over) {
            return;
        }
        hide();
        if (!mainWindowShowing()) {
            stop();
            return;
        }
        Stop s = STOPS.get(at);
        Node n = window.root().lookup(s.selector());
        if (n == null || n.getScene() == null) {
            // the screen may still be building (the start screen fills in once the workspace has answered, which
            // takes a while on a slow machine): look again every 100 ms for up to 5 s; a control the screen does not
            // have (a future change) skips its note
            if (looked++ < LOOKS) {
                javafx.animation.PauseTransition again = new javafx.animation.PauseTransition(javafx.util.Duration.millis(100));
                again.setOnFinished(e -> showCurrent());
                again.play();
            } else {
                next();
            }
            return;
        }
        target = n;
        n.getStyleClass().add("tour-target");
        popOver = new PopOver(card(s));
        popOver.setId("tour-popover");
        popOver.setArrowLocation(s.arrow());
        popOver.setDetachable(false);
        popOver.setAutoHide(false);
        popOver.setHideOnEscape(false);
        popOver.setAnimated(false);
        popOver.setHeaderAlwaysVisible(false);
        // the window replaces its content now and then (the wizard's field markers wrap the scene's root, a
        // language switch rebuilds it): a popover hidden so comes back, pointing at the control again
        int stop = at;
        popOver.setOnHidden(e -> {
            if (!hiding && !over && stop == at) {
                // looked at a pulse later: while the content is rewrapped the window seems to have no scene
                Platform.runLater(() -> {
                    if (!over && stop == at && mainWindowShowing() && reshown++ < 5) {
                        showCurrent();
                    }
                });
            }
        });
        popOver.show(n);
    }

    private Node card(Stop s) {
        Label title = new Label(m.get(s.titleKey()));
        title.getStyleClass().add("title-4");
        title.setId("tour-title");
        title.setWrapText(true);
        Label text = new Label(m.get(s.textKey()));
        text.setId("tour-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(m.get("tour.count", at + 1, STOPS.size()));
        count.getStyleClass().add("text-muted");
        count.setId("tour-count");
        boolean last = at + 1 == STOPS.size();
        Button skip = new Button(m.get("tour.skip"));
        skip.setId("tour-skip");
        // a click on a note already replaced (a quick double click) does not move the tour twice
        int shownAt = at;
        skip.setOnAction(e -> {
            if (shownAt == at) {
                finish();
            }
        });
        skip.setVisible(!last);
        skip.setManaged(!last);
        Button next = new Button(m.get(last ? "tour.done" : "tour.next"));
        next.setId("tour-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setOnAction(e -> {
            if (shownAt == at) {
                next();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, count, grow, skip, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, text, buttons);
        box.setPadding(new Insets(14));
        box.setPrefWidth(340);
        box.setMaxWidth(340);
        box.setId("tour-card");
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finish();
            }
        });
        Platform.runLater(next::requestFocus);
        return box;
    }
}
