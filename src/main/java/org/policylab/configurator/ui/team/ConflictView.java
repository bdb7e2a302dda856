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
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.ConflictException;
import org.policylab.configurator.store.ConflictMerge;

/**
 * Someone else saved the draft meanwhile, shown to the planner: who, and each field that differs — a title, an
 * instrument's budget, one year's target of a KPI, an instrument added or removed — with theirs → mine and a tick
 * for "mine wins here"; keep mine, take theirs, or merge as ticked. Fields only the planner changed start ticked, those
 * only the colleague changed unticked, those both changed are marked (and start as mine). A line below says what the
 * merge would take from each side, or in one line why it would not be a valid passport (Merge is then disabled).
 * The choice goes to the {@link Choice}; closing the view chooses nothing (the draft stays mine, not saved).
 */
public final class ConflictView {
    private ConflictView() {
    }

    /** What the planner chose; applied to the draft as it stands then (it may have changed while the view was open). */
    public interface Choice {
        void keepMine();

        void takeTheirs();

        /** Theirs, with mine's value of the rows (their {@link ConflictMerge.Row#key()}s) named here. */
        void merge(Set<String> takeMine);
    }

    /**
     * @param mine the draft as the window holds it now
     * @param base the draft as both sides had it before (the version this window last saved or read), or null when
     *             not known: then no row starts ticked
     */
    public static Stage show(Window owner, ConflictException conflict, ProgramPassport base, ProgramPassport mine, Messages m,
                             Choice chosen) {
        ProgramPassport theirs = conflict.theirs().orElse(null);
        Label what = new Label(conflict.message(m));
        what.setWrapText(true);
        what.setId("conflict-message");
        VBox rowsBox = new VBox(6);
        List<ConflictMerge.Row> rows = theirs == null ? List.of() : ConflictMerge.rows(base, theirs, mine);
        Set<String> takeMine = new LinkedHashSet<>(ConflictMerge.suggested(rows));
        Label result = new Label();
        result.setWrapText(true);
        result.setId("conflict-result");
        Stage stage = new Stage();
        Button keep = new Button(m.get("conflict.keepMine"));
        keep.setId("conflict-keep-mine");
        Button take = new Button(m.get("conflict.takeTheirs"));
        take.setId("conflict-take-theirs");
        Button merge = new Button(m.get("conflict.merge"));
        merge.setId("conflict-merge");
        take.setDisable(theirs == null);
        Runnable judge = () -> {
            if (theirs == null) {
                merge.setDisable(true);
                return;
            }
            String problem = ConflictMerge.problem(theirs, mine, takeMine)
                    .map(f -> m.get("conflict.invalid", f.render(m))).orElse(null);
            merge.setDisable(problem != null);
            result.setText(problem != null ? problem
                    : m.get("conflict.result", takeMine.size(), rows.size() - takeMine.size()));
        };
        for (ConflictMerge.Row r : rows) {
            CheckBox box = new CheckBox(label(r, m));
            box.setId(id(r));
            box.setMnemonicParsing(false);
            box.setSelected(takeMine.contains(r.key()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    takeMine.add(r.key());
                } else {
                    takeMine.remove(r.key());
                }
                judge.run();
            });
            Label values = new Label(m.get("conflict.change", m.get("conflict.values"), value(r, r.theirs(), m), value(r, r.mine(), m)));
            values.setWrapText(true);
            values.getStyleClass().add("text-muted");
            VBox row = new VBox(2, box, values);
            VBox.setMargin(values, new Insets(0, 0, 0, 24));
            if (r.changedBy() == ConflictMerge.ChangedBy.BOTH) {
                Label both = new Label(m.get("conflict.both"));
                both.getStyleClass().add("warning");
                both.setId(id(r) + "-both");
                VBox.setMargin(both, new Insets(0, 0, 0, 24));
                row.getChildren().add(both);
            }
            rowsBox.getChildren().add(row);
        }
        judge.run();
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
            chosen.merge(Set.copyOf(takeMine));
        });
        Label pick = new Label(m.get("conflict.pick"));
        pick.setWrapText(true);
        ScrollPane scroll = new ScrollPane(rowsBox);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        VBox root = new VBox(12, what, pick, scroll, result, new HBox(8, keep, take, merge));
        root.setPadding(new Insets(16));
        root.setPrefWidth(680);
        stage.setTitle(m.get("conflict.title"));
        stage.setScene(new Scene(root));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        return stage;
    }

    /** A row's node id: {@code conflict-row-} and its key with every other character a dash ({@code /title} → {@code conflict-row-title}). */
    public static String id(ConflictMerge.Row r) {
        return "conflict-row-" + r.key().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The wizard's own labels for the fields a planner knows by them; other fields keep their passport name. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("title", "wizard.problem.title"), java.util.Map.entry("responsibleBody", "wizard.problem.body"),
            java.util.Map.entry("statement", "wizard.problem.statement"), java.util.Map.entry("targetChange", "wizard.problem.targetChange"),
            java.util.Map.entry("evidence", "wizard.problem.evidence"), java.util.Map.entry("instruments", "wizard.step.instruments"),
            java.util.Map.entry("kpis", "wizard.step.kpis"), java.util.Map.entry("phases", "wizard.step.phases"),
            java.util.Map.entry("budget", "wizard.instruments.budget"), java.util.Map.entry("exitRule", "wizard.instruments.exitRule"),
            java.util.Map.entry("conditions", "wizard.instruments.conditions"), java.util.Map.entry("segments", "wizard.instruments.segments"),
            java.util.Map.entry("targets", "wizard.kpis.targets"), java.util.Map.entry("baseline", "wizard.kpis.baseline"),
            java.util.Map.entry("frequency", "wizard.kpis.frequency"), java.util.Map.entry("source", "wizard.kpis.source"),
            java.util.Map.entry("owner", "wizard.kpis.owner"), java.util.Map.entry("name", "wizard.phases.name"));

    /** The field's place in the program, step by step: {@code Instruments › university-industry-campus › Budget, tenge › amount}. */
    static String label(ConflictMerge.Row r, Messages m) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < r.path().size(); i++) {
            String part = r.path().get(i);
            boolean item = r.item(i);
            // an instrument's own list of KPIs is its linked KPIs, not the program's
            String key = i > 0 && "kpis".equals(part) && "instruments".equals(r.path().get(0)) ? "wizard.instruments.kpis" : LABELS.get(part);
            parts.add(item || key == null ? part : m.get(key));
        }
        String where = String.join(" › ", parts);
        return switch (r.changedBy()) {
            case MINE -> m.get("conflict.row.mine", where);
            case THEIRS -> m.get("conflict.row.theirs", where);
            default -> where;
        };
    }

    /** A side's value: an instrument, KPI or phase as a whole is in the program or not; a field's value is itself. */
    private static String value(ConflictMerge.Row r, String text, Messages m) {
        if (r.wholeItem()) {
            return m.get(text == null ? "conflict.item.absent" : "conflict.item.present");
        }
        return shorten(text, m);
    }

    private static String shorten(String text, Messages m) {
        if (text == null) {
            return m.get("conflict.none");
        }
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
