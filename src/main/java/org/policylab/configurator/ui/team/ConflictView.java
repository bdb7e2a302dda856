package org.policylab.configurator.ui.team;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.ConflictException;
import org.policylab.configurator.store.ConflictMerge;

/**
 * A refused save, shown to the planner: who saved the draft meanwhile, and each part of the passport that differs
 * with theirs → mine; keep mine, take theirs, or tick the parts where mine should stay and merge. The choice goes to
 * the {@link Choice}; closing the view chooses nothing (the draft stays mine, not saved, and the next save asks again).
 */
public final class ConflictView {
    private static final int SHOWN_CHANGES = 3;

    private ConflictView() {
    }

    /** What the planner chose; applied to the draft as it stands then (it may have changed while the view was open). */
    public interface Choice {
        void keepMine();

        void takeTheirs();

        void merge(Set<String> keepMine);
    }

    /** @param mine the draft as the window holds it now */
    public static Stage show(Window owner, ConflictException conflict, ProgramPassport mine, Messages m, Choice chosen) {
        ProgramPassport theirs = conflict.theirs().orElse(null);
        Label what = new Label(conflict.message(m));
        what.setWrapText(true);
        what.setId("conflict-message");
        VBox fields = new VBox(8);
        Set<String> keepMine = new LinkedHashSet<>();
        List<ConflictMerge.Field> differing = theirs == null ? List.of() : ConflictMerge.fields(theirs, mine);
        for (ConflictMerge.Field f : differing) {
            CheckBox box = new CheckBox(f.name());
            box.setId("conflict-field-" + f.name());
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    keepMine.add(f.name());
                } else {
                    keepMine.remove(f.name());
                }
            });
            VBox changes = new VBox(2);
            for (PassportDiff.Change c : f.changes().subList(0, Math.min(SHOWN_CHANGES, f.changes().size()))) {
                Label l = new Label(m.get("conflict.change", c.pointer(), shorten(c.before()), shorten(c.after())));
                l.setWrapText(true);
                changes.getChildren().add(l);
            }
            if (f.changes().size() > SHOWN_CHANGES) {
                changes.getChildren().add(new Label(m.get("conflict.more", f.changes().size() - SHOWN_CHANGES)));
            }
            changes.setPadding(new Insets(0, 0, 0, 24));
            fields.getChildren().add(new VBox(2, box, changes));
        }
        Stage stage = new Stage();
        Button keep = new Button(m.get("conflict.keepMine"));
        keep.setId("conflict-keep-mine");
        Button take = new Button(m.get("conflict.takeTheirs"));
        take.setId("conflict-take-theirs");
        Button merge = new Button(m.get("conflict.merge"));
        merge.setId("conflict-merge");
        take.setDisable(theirs == null);
        merge.setDisable(theirs == null);
        keep.setOnAction(e -> {
            stage.close();
            chosen.keepMine();
        });
        take.setOnAction(e -> {
            stage.close();
            chosen.takeTheirs();
        });
        merge.setOnAction(e -> {
            stage.close();
            chosen.merge(Set.copyOf(keepMine));
        });
        Label pick = new Label(m.get("conflict.pick"));
        pick.setWrapText(true);
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        VBox root = new VBox(12, what, pick, scroll, new HBox(8, keep, take, merge));
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        stage.setTitle(m.get("conflict.title"));
        stage.setScene(new Scene(root));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        return stage;
    }

    private static String shorten(String json) {
        if (json == null) {
            return "—";
        }
        return json.length() > 80 ? json.substring(0, 79) + "…" : json;
    }
}
