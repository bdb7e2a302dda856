package org.policylab.configurator.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogEdits;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.ConflictException;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.common.Ui;
import org.policylab.configurator.ui.team.Permissions.Action;

/**
 * The catalog browser and editor: search as you type across names and descriptions, filters
 * by category, stage, segment, goal and sector, a detail pane, and add / edit / duplicate /
 * delete with validation; changes are kept in the workspace; reset to the shipped catalog.
 */
public final class CatalogBrowser {
    private final AppServices services;
    private final Messages m;
    private final ComboBox<EntryKind> kind = new ComboBox<>(FXCollections.observableArrayList(EntryKind.values()));
    private final TextField search = TextFields.createClearableTextField();
    private final ComboBox<Optional<InstrumentCategory>> category = new ComboBox<>();
    private final ComboBox<Optional<Stage>> stage = new ComboBox<>();
    private final ComboBox<Optional<Segment>> segment = new ComboBox<>();
    private final ComboBox<Optional<Goal>> goal = new ComboBox<>();
    private final ComboBox<Optional<Sector>> sector = new ComboBox<>();
    private final FilteredList<CatalogEntry> entries = new FilteredList<>(FXCollections.observableArrayList());
    private final ListView<CatalogEntry> list = new ListView<>(entries);
    private final VBox detail = new VBox(10);
    private final Label status = new Label();
    /** The entry the detail pane shows, whether the planner changed it there, and how to save that change. */
    private CatalogEntry shown;
    /** The version of the shown entry when it was shown: the base of saving the planner's change (null: never stored). */
    private Integer shownVersion;
    private boolean edited;
    private java.util.function.Function<String, Boolean> saveShown = selectAfter -> true;
    private boolean revertingSelection;
    /** The login may change the catalog (a catalog editor, or a planner's own workspace); else the catalog is read only. */
    private boolean canWrite = true;

    public CatalogBrowser(AppServices services, Messages m) {
        this.services = services;
        this.m = m;
    }

    private Catalog catalog() {
        return services.catalog();
    }

    public Node build() {
        canWrite = services.permissions().offers(Action.EDIT_CATALOG);
        kind.setId("catalog-kind");
        Ui.showAs(kind, v -> m.get(v.messageKey()));
        kind.setValue(EntryKind.INSTRUMENTS);
        search.setId("catalog-search");
        search.setPromptText(m.get("catalog.search"));
        optionBox(category, InstrumentCategory.values(), "catalog-category", m.get("catalog.filter.category"));
        optionBox(stage, Stage.values(), "catalog-stage", m.get("catalog.filter.stage"));
        optionBox(segment, Segment.values(), "catalog-segment", m.get("catalog.filter.segment"));
        optionBox(goal, Goal.values(), "catalog-goal", m.get("catalog.filter.goal"));
        List<Optional<Sector>> sectors = new ArrayList<>();
        sectors.add(Optional.empty());
        catalog().sectors().forEach(s -> sectors.add(Optional.of(s)));
        sector.setItems(FXCollections.observableArrayList(sectors));
        sector.setId("catalog-sector");
        sector.setButtonCell(optionCell(m.get("catalog.filter.sector"), s -> s.name().in(m.language())));
        sector.setCellFactory(lv -> optionCell(m.get("catalog.filter.sector"), s -> s.name().in(m.language())));
        sector.setValue(Optional.empty());

        list.setId("catalog-list");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry e, boolean empty) {
                super.updateItem(e, empty);
                Ui.fitWidth(this);
                setText(empty || e == null ? null : e.name().in(m.language()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selectionChanged(b));
        reload();
        kind.valueProperty().addListener((o, a, b) -> reload());
        search.textProperty().addListener((o, a, b) -> refilter());
        for (ComboBox<?> c : List.of(category, stage, segment, goal, sector)) {
            c.valueProperty().addListener((o, a, b) -> refilter());
        }

        Button add = Ui.button(m.get("catalog.add"), this::add);
        add.setId("catalog-add");
        Button duplicate = Ui.button(m.get("catalog.duplicate"), this::duplicate);
        duplicate.setId("catalog-duplicate");
        Button delete = Ui.button(m.get("catalog.delete"), this::delete);
        delete.setId("catalog-delete");
        delete.getStyleClass().add("danger");
        var none = Bindings.isNull(list.getSelectionModel().selectedItemProperty());
        duplicate.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        Button reset = Ui.button(m.get("catalog.reset"), this::reset);
        reset.setId("catalog-reset");
        status.setId("catalog-status");
        status.setWrapText(true);

        FlowPane filters = new FlowPane(8, 8, kind, category, stage, segment, goal, sector);
        Label title = new Label(m.get("catalog.title", catalog().version()));
        title.getStyleClass().add("title-3");
        // a planner or reviewer reads the catalog: the team server refuses their changes, so none is offered
        Ui.offeredIf(add, canWrite);
        Ui.offeredIf(duplicate, canWrite);
        Ui.offeredIf(delete, canWrite);
        Ui.offeredIf(reset, services.permissions().offers(Action.RESET_CATALOG));
        FlowPane buttons = new FlowPane(8, 8, add, duplicate, delete, reset);
        Label readOnly = Ui.hint(m.get("catalog.readOnly", services.permissions().roleName(m)));
        readOnly.setId("catalog-read-only");
        readOnly.setWrapText(true);
        Ui.offeredIf(readOnly, !canWrite);
        VBox left = new VBox(8, search, filters, list, buttons, readOnly, status);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        detail.setPadding(new Insets(12));
        detail.setId("catalog-detail");
        showDetail(null);
        if (!entries.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);
        VBox root = new VBox(8, title, split);
        root.setPadding(new Insets(16));
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("catalog-browser");
        return root;
    }

    private void reload() {
        ((javafx.collections.ObservableList<CatalogEntry>) entries.getSource()).setAll(entriesOf(kind.getValue()));
        boolean instruments = kind.getValue() == EntryKind.INSTRUMENTS;
        for (ComboBox<?> c : List.of(category, segment, goal, sector)) {
            c.setDisable(!instruments);
        }
        stage.setDisable(!(instruments || kind.getValue() == EntryKind.KPIS));
        refilter();
    }

    private List<? extends CatalogEntry> entriesOf(EntryKind k) {
        Catalog c = catalog();
        return switch (k) {
            case INSTRUMENTS -> c.instruments();
            case KPIS -> c.kpis();
            case PROBLEMS -> c.problems();
            case SECTORS -> c.sectors();
            case REGIONS -> c.regions();
        };
    }

    private void refilter() {
        String q = search.getText() == null ? "" : search.getText().trim();
        Predicate<CatalogEntry> p = e -> q.isEmpty() || e.name().matches(q) || e.description().matches(q) || e.id().contains(q);
        Predicate<CatalogEntry> f = e -> {
            if (e instanceof Instrument i) {
                return category.getValue().map(c -> i.category() == c).orElse(true)
                        && stage.getValue().map(s -> i.stages().contains(s)).orElse(true)
                        && segment.getValue().map(s -> i.segments().contains(s)).orElse(true)
                        && goal.getValue().map(g -> i.goals().contains(g)).orElse(true)
                        && sector.getValue().map(s -> respondsTo(s, i)).orElse(true);
            }
            if (e instanceof Kpi k) {
                return stage.getValue().map(s -> k.stages().contains(s)).orElse(true);
            }
            return true;
        };
        entries.setPredicate(p.and(f));
    }

    /** A sector responds to an instrument when it is not insensitive to its lever or shares a growth driver. */
    static boolean respondsTo(Sector s, Instrument i) {
        boolean sensitive = i.incentive() == null || s.sensitivityTo(i.incentive()) != Level.LOW;
        boolean driver = i.growthDrivers().stream().anyMatch(s.growthDrivers()::contains);
        return sensitive || driver;
    }

    // ------------------------------------------------------------------ detail and editor

    /**
     * Another entry selected while the shown one has unsaved changes: the planner chooses to save
     * them, discard them, or keep editing (the selection goes back); nothing is dropped silently.
     */
    private void selectionChanged(CatalogEntry next) {
        if (revertingSelection || next == shown) {
            return;
        }
        if (!edited || shown == null) {
            showDetail(next);
            return;
        }
        ButtonType save = new ButtonType(m.get("catalog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("catalog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(m.get("catalog.unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.get("catalog.unsaved", shown.name().in(m.language())), save, discard, keep);
        ask.setHeaderText(m.get("catalog.unsaved.title"));
        ask.setTitle(m.get("catalog.unsaved.title"));
        if (detail.getScene() != null) {
            ask.initOwner(detail.getScene().getWindow());
        }
        ButtonType answer = ask.showAndWait().orElse(keep);
        if (answer == discard) {
            showDetail(next);
        } else if (answer != save || !saveShown.apply(next == null ? null : next.id())) {
            // keep editing (or the change is not valid yet): the edited entry stays selected and shown
            keepShown();
        }
    }

    private void keepShown() {
        CatalogEntry current = shown;
        javafx.application.Platform.runLater(() -> {
            revertingSelection = true;
            try {
                Optional<CatalogEntry> same = current == null ? Optional.empty()
                        : entries.stream().filter(x -> x.id().equals(current.id())).findFirst();
                if (same.isPresent()) {
                    list.getSelectionModel().select(same.get());
                } else {
                    list.getSelectionModel().clearSelection();
                }
            } finally {
                revertingSelection = false;
            }
        });
    }

    private void showDetail(CatalogEntry e) {
        shown = e;
        shownVersion = e == null ? null : versionSeen(e);
        edited = false;
        saveShown = selectAfter -> true;
        detail.getChildren().clear();
        if (e == null) {
            detail.getChildren().add(Ui.hint(m.get("catalog.pick")));
            return;
        }
        TextField id = new TextField(e.id());
        id.setId("catalog-edit-id");
        id.setEditable(false);
        TextField name = new TextField(e.name().in(m.language()));
        name.setId("catalog-edit-name");
        TextArea description = new TextArea(e.description() == null ? "" : e.description().in(m.language()));
        description.setId("catalog-edit-description");
        description.setWrapText(true);
        description.setPrefRowCount(6);
        GridPane g = form();
        int r = 0;
        g.addRow(r++, Ui.label(m.get("catalog.field.id"), null), id);
        g.addRow(r++, Ui.label(m.get("catalog.field.name", m.get("language." + m.language().id())), name), name);
        g.addRow(r++, Ui.label(m.get("catalog.field.description"), description), description);

        List<Runnable> collectors = new ArrayList<>();
        Instrument[] instrument = {e instanceof Instrument i ? i : null};
        Region[] region = {e instanceof Region rg ? rg : null};
        if (instrument[0] != null) {
            Instrument i = instrument[0];
            ComboBox<InstrumentCategory> cat = new ComboBox<>(FXCollections.observableArrayList(InstrumentCategory.values()));
            Ui.showAs(cat, v -> m.get(v.messageKey()));
            cat.setValue(i.category());
            cat.setId("catalog-edit-category");
            FlowPane stages = checks(Stage.values(), i.stages(), "catalog-edit-stage-");
            FlowPane segments = checks(Segment.values(), i.segments(), "catalog-edit-segment-");
            FlowPane goals = checks(Goal.values(), i.goals(), "catalog-edit-goal-");
            g.addRow(r++, Ui.label(m.get("catalog.field.category"), null), cat);
            g.addRow(r++, Ui.label(m.get("catalog.field.stages"), null), stages);
            g.addRow(r++, Ui.label(m.get("catalog.field.segments"), null), segments);
            g.addRow(r++, Ui.label(m.get("catalog.field.goals"), null), goals);
            collectors.add(() -> instrument[0] = new Instrument(i.id(), i.name(), i.description(), cat.getValue(), i.stipType(),
                    i.incentive(), checked(stages), i.keyStages().stream().filter(checked(stages)::contains).toList(),
                    checked(segments), i.keySegments().stream().filter(checked(segments)::contains).toList(), checked(goals),
                    i.problems(), i.systemElement(), i.capabilities(), i.growthDrivers(), i.kpis(), i.design(), i.risks(),
                    i.tags(), i.seeds(), i.role(), i.operator(), i.source()));
            g.addRow(r++, Ui.label(m.get("catalog.field.risks"), null),
                    Ui.hint(i.risks().stream().map(x -> m.get(x.messageKey())).reduce((a, b) -> a + "; " + b).orElse("—")));
            g.addRow(r++, Ui.label(m.get("catalog.field.kpis"), null), Ui.hint(i.kpis().stream()
                    .map(k -> catalog().kpi(k).map(x -> x.name().in(m.language())).orElse(k)).reduce((a, b) -> a + "; " + b).orElse("—")));
            if (i.stipType() != null) {
                g.addRow(r++, Ui.label(m.get("catalog.field.stip"), null), Ui.hint(org.policylab.configurator.catalog.StipTypes.name(i.stipType(), m)));
            }
        }
        if (region[0] != null) {
            Region rg = region[0];
            ComboBox<Level> infra = new ComboBox<>(FXCollections.observableArrayList(Level.values()));
            Ui.showAs(infra, v -> m.get(v.messageKey()));
            infra.setValue(rg.infrastructure());
            infra.setId("catalog-edit-infrastructure");
            ComboBox<Level> talent = new ComboBox<>(FXCollections.observableArrayList(Level.values()));
            Ui.showAs(talent, v -> m.get(v.messageKey()));
            talent.setValue(rg.talent());
            talent.setId("catalog-edit-talent");
            g.addRow(r++, Ui.label(m.get("wizard.context.infrastructure"), null), infra);
            g.addRow(r++, Ui.label(m.get("wizard.context.talent"), null), talent);
            collectors.add(() -> region[0] = rg.withLevels(infra.getValue(), talent.getValue()));
        }
        Label errors = new Label();
        errors.setId("catalog-edit-errors");
        errors.getStyleClass().add("finding-error");
        errors.setWrapText(true);
        saveShown = selectAfter -> {
            collectors.forEach(Runnable::run);
            CatalogEntry base = instrument[0] != null ? instrument[0] : region[0] != null ? region[0] : e;
            LocalizedText n = base.name().with(m.language(), name.getText().trim());
            LocalizedText d = (base.description() == null ? LocalizedText.same("") : base.description())
                    .with(m.language(), description.getText().trim());
            CatalogEntry changed = CatalogEdits.withTexts(base, n, d);
            List<String> problems = CatalogEdits.problems(changed);
            if (!problems.isEmpty()) {
                errors.setText(problems.stream().map(m::get).reduce((a, b) -> a + "\n" + b).orElse(""));
                return false;
            }
            errors.setText("");
            edited = false;
            // after the event that asked (a selection change may be under way): the list is replaced when stored;
            // based on the version shown, so a colleague's save since is a conflict, not overwritten
            Integer over = shownVersion;
            javafx.application.Platform.runLater(() -> store(changed, selectAfter, over));
            return true;
        };
        Button save = Ui.button(m.get("catalog.save"), () -> saveShown.apply(e.id()));
        save.setId("catalog-save");
        save.getStyleClass().add("accent");
        Label t = new Label(e.name().in(m.language()));
        t.getStyleClass().add("title-4");
        t.setWrapText(true);
        detail.getChildren().addAll(t, g, save, errors);
        if (!canWrite) {
            readOnly(g);
            Ui.offeredIf(save, false);
            return;
        }
        watchForEdits(g);
    }

    /** The entry shown for reading: its fields can be selected and copied, not changed. */
    private static void readOnly(javafx.scene.Parent editor) {
        for (Node n : editor.lookupAll("*")) {
            if (n instanceof javafx.scene.control.TextInputControl t) {
                t.setEditable(false);
            } else if (n instanceof ComboBox<?> || n instanceof CheckBox) {
                n.setDisable(true);
            }
        }
    }

    /** Any change the planner makes in the editor marks the shown entry as edited. */
    private void watchForEdits(javafx.scene.Parent editor) {
        for (Node n : editor.lookupAll("*")) {
            if (n instanceof javafx.scene.control.TextInputControl t && t.isEditable()) {
                t.textProperty().addListener((o, a, b) -> edited = true);
            } else if (n instanceof ComboBox<?> c) {
                c.valueProperty().addListener((o, a, b) -> edited = true);
            } else if (n instanceof CheckBox c) {
                c.selectedProperty().addListener((o, a, b) -> edited = true);
            }
        }
    }

    private <T extends Vocabulary> FlowPane checks(T[] values, List<T> selected, String idPrefix) {
        FlowPane p = new FlowPane(10, 6);
        for (T v : values) {
            CheckBox cb = new CheckBox(m.get(v.messageKey()));
            cb.setId(idPrefix + v.id());
            cb.setUserData(v);
            cb.setSelected(selected.contains(v));
            p.getChildren().add(cb);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> checked(FlowPane p) {
        return p.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected).map(c -> (T) c.getUserData()).toList();
    }

    /** Saved on the workspace's writer, the snapshot reloaded there too; the list follows on the FX thread. */
    private void store(CatalogEntry changed, String selectAfter, Integer base) {
        var write = base == null ? services.gateway().saveCatalogEntry(changed) : services.gateway().saveCatalogEntryOver(changed, base);
        var saved = write.thenCompose(v -> services.reloadCatalog());
        services.runner().whenDone(saved, c -> {
            refreshList();
            String id = selectAfter == null ? changed.id() : selectAfter;
            entries.stream().filter(x -> x.id().equals(id)).findFirst().ifPresentOrElse(x -> {
                list.getSelectionModel().select(x);
                if (x.id().equals(changed.id())) {
                    showDetail(x);
                }
            }, () -> showDetail(null));
            status.setText(m.get("catalog.saved", changed.name().in(m.language())));
        }, ex -> {
            status.setText(m.get("catalog.saveFailed", org.policylab.configurator.ui.common.ErrorText.of(ex, m)));
            if (shown != null && shown.id().equals(changed.id()) && conflictOf(ex) instanceof ConflictException conflict) {
                // a colleague saved (or deleted) this entry since it was shown: what the planner typed stays in the editor;
                // saving it again is a deliberate "keep mine" over their version
                edited = true;
                shownVersion = conflict.currentVersion() == 0 ? null : conflict.currentVersion();
                status.setText(status.getText() + " " + m.get("catalog.colleague.keepMine"));
            }
        });
    }

    private static Throwable conflictOf(Throwable ex) {
        Throwable e = ex;
        while (e != null && !(e instanceof ConflictException)) {
            e = e.getCause();
        }
        return e;
    }

    private void store(CatalogEntry changed) {
        store(changed, null, null);
    }

    /** The entry's version as this client last read it (no database call: what the last snapshot or save saw). */
    private Integer versionSeen(CatalogEntry e) {
        return services.workspace().catalogRepository().versionSeen(EntryKind.of(e), e.id()).orElse(null);
    }

    /**
     * A colleague changed the catalog and the window's snapshot was read again: the list shows it with the planner's
     * search, filters and selection kept, and so does the entry shown — unless the planner has unsaved changes in the
     * editor: those stay, and one line says a colleague changed the catalog (or this very entry: saving is then checked
     * against their version, as any save is).
     */
    public void colleagueChanged() {
        String id = shown == null ? null : shown.id();
        List<CatalogEntry> before = new ArrayList<>(entries.getSource());
        refreshList();
        if (before.equals(entries.getSource())) {
            return; // (a reconnect reads everything again: nothing of this kind changed, nothing to say)
        }
        Optional<CatalogEntry> now = id == null ? Optional.empty()
                : entries.getSource().stream().filter(x -> x.id().equals(id)).map(CatalogEntry.class::cast).findFirst();
        if (edited && shown != null) {
            Integer current = now.map(this::versionSeen).orElse(null);
            boolean same = now.isEmpty() || !java.util.Objects.equals(current, shownVersion);
            status.setText(same ? m.get("catalog.colleague.sameEntry", shown.name().in(m.language())) : m.get("catalog.colleague.unsaved"));
            return;
        }
        CatalogEntry next = now.filter(entries::contains).orElse(null);
        showDetail(next);
        status.setText(m.get("catalog.colleague.shown"));
    }

    /** The list read again from the snapshot; the selection follows the entry by its id, with no question asked. */
    private void refreshList() {
        String selected = Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(CatalogEntry::id)
                .orElse(shown == null ? null : shown.id());
        revertingSelection = true;
        try {
            reload();
            entries.stream().filter(x -> x.id().equals(selected)).findFirst()
                    .ifPresentOrElse(x -> list.getSelectionModel().select(x), () -> list.getSelectionModel().clearSelection());
        } finally {
            revertingSelection = false;
        }
    }

    private void add() {
        String base = kind.getValue() == EntryKind.INSTRUMENTS ? "new-instrument" : "new-entry";
        CatalogEntry template = list.getSelectionModel().getSelectedItem() != null ? list.getSelectionModel().getSelectedItem()
                : entries.getSource().isEmpty() ? null : entries.getSource().get(0);
        if (template == null) {
            return;
        }
        String id = CatalogEdits.freeId(catalog(), base).replace("-copy", "");
        LocalizedText name = LocalizedText.of(m.get("catalog.newName"), Messages.of(org.policylab.configurator.i18n.Language.RU).get("catalog.newName"),
                Messages.of(org.policylab.configurator.i18n.Language.KK).get("catalog.newName"));
        store(CatalogEdits.withTexts(CatalogEdits.withId(template, id), name, LocalizedText.same("")));
    }

    private void duplicate() {
        CatalogEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            store(CatalogEdits.withId(e, CatalogEdits.freeId(catalog(), e.id())));
        }
    }

    private void delete() {
        CatalogEntry e = list.getSelectionModel().getSelectedItem();
        if (e == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("catalog.deleteConfirm", e.name().in(m.language())),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(m.get("catalog.delete"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            var deleted = services.gateway().deleteCatalogEntry(EntryKind.of(e), e.id()).thenCompose(v -> services.reloadCatalog());
            services.runner().whenDone(deleted, c -> {
                edited = false;
                reload();
                status.setText(m.get("catalog.deleted", e.name().in(m.language())));
            }, ex -> status.setText(m.get("catalog.saveFailed", org.policylab.configurator.ui.common.ErrorText.of(ex, m))));
        });
    }

    private void reset() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("catalog.resetConfirm"), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(m.get("catalog.reset"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            var reset = services.gateway().resetCatalog().thenCompose(v -> services.reloadCatalog());
            services.runner().whenDone(reset, c -> {
                edited = false;
                reload();
                status.setText(m.get("catalog.resetDone"));
            }, ex -> status.setText(m.get("catalog.saveFailed", org.policylab.configurator.ui.common.ErrorText.of(ex, m))));
        });
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(130);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private <T extends Vocabulary> void optionBox(ComboBox<Optional<T>> box, T[] values, String id, String allLabel) {
        List<Optional<T>> items = new ArrayList<>();
        items.add(Optional.empty());
        for (T v : values) {
            items.add(Optional.of(v));
        }
        box.setItems(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setButtonCell(optionCell(allLabel, v -> m.get(v.messageKey())));
        box.setCellFactory(lv -> optionCell(allLabel, v -> m.get(v.messageKey())));
        box.setValue(Optional.empty());
    }

    private static <T> ListCell<Optional<T>> optionCell(String allLabel, java.util.function.Function<T, String> text) {
        return Ui.textCell(v -> v.map(text).orElse(allLabel));
    }
}
