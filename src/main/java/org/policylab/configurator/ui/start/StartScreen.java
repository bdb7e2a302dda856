package org.policylab.configurator.ui.start;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.DraftStore.DraftSummary;
import org.policylab.configurator.ui.AppServices;
import org.policylab.configurator.ui.MainWindow;
import org.policylab.configurator.ui.common.Ui;
import org.policylab.configurator.ui.team.Permissions.Action;

/** The start screen: drafts in the workspace (open, duplicate, rename, delete), new program, open a file, recent files. */
public final class StartScreen {
    private final AppServices services;
    private final Messages m;
    private final MainWindow window;
    private final ListView<DraftSummary> drafts = new ListView<>();

    public StartScreen(AppServices services, Messages m, MainWindow window) {
        this.services = services;
        this.m = m;
        this.window = window;
    }

    public Node build() {
        Label title = new Label(m.get("app.title"));
        title.getStyleClass().add("title-1");
        Label tagline = Ui.hint(m.get("app.tagline"));

        Button newDraft = Ui.button(m.get("start.new"), window::newDraft);
        newDraft.setId("new-draft");
        newDraft.getStyleClass().add("accent");
        newDraft.setDefaultButton(true);
        Button openFile = Ui.button(m.get("start.openFile"), window::openFile);
        openFile.setId("open-file");
        Button catalog = Ui.button(m.get("start.catalog"), window::showCatalog);
        catalog.setId("open-catalog");
        // a reviewer reads and approves drafts: what would store a new one or change one is not offered
        org.policylab.configurator.ui.team.Permissions can = services.permissions();
        Ui.offeredIf(newDraft, can.offers(Action.NEW_DRAFT));
        Ui.offeredIf(openFile, can.offers(Action.NEW_DRAFT));
        HBox actions = new HBox(10, newDraft, openFile, catalog);

        drafts.setId("drafts-list");
        drafts.setPlaceholder(new Label(m.get("start.noDrafts")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(m.language().locale()).withZone(ZoneId.systemDefault());
        drafts.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(DraftSummary d, boolean empty) {
                super.updateItem(d, empty);
                Ui.fitWidth(this);
                if (empty || d == null) {
                    setText(null);
                } else {
                    setText(d.title() + "   ·   " + m.get("start.updated", when.format(d.updatedAt())));
                }
            }
        });
        drafts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        drafts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            } else if (e.getCode() == KeyCode.DELETE && services.permissions().offers(Action.DELETE_DRAFT)) {
                delete();
            }
        });
        refresh();

        Button open = Ui.button(m.get("start.open"), this::open);
        open.setId("draft-open");
        Button duplicate = Ui.button(m.get("start.duplicate"), this::duplicate);
        duplicate.setId("draft-duplicate");
        Button rename = Ui.button(m.get("start.rename"), this::rename);
        rename.setId("draft-rename");
        Button delete = Ui.button(m.get("start.delete"), this::delete);
        delete.setId("draft-delete");
        delete.getStyleClass().add("danger");
        var none = Bindings.isNull(drafts.getSelectionModel().selectedItemProperty());
        for (Button b : new Button[] {open, duplicate, rename, delete}) {
            b.disableProperty().bind(none);
        }
        Ui.offeredIf(duplicate, can.offers(Action.DUPLICATE_DRAFT));
        Ui.offeredIf(rename, can.offers(Action.RENAME_DRAFT));
        Ui.offeredIf(delete, can.offers(Action.DELETE_DRAFT));
        HBox draftActions = new HBox(8, open, duplicate, rename, delete);

        ListView<Path> recent = new ListView<>();
        services.runner().whenDone(services.gateway().recentFiles(), files -> recent.getItems().setAll(files), this::failed);
        recent.setId("recent-files");
        recent.setPrefHeight(120);
        recent.setPlaceholder(new Label(m.get("start.noRecent")));
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                window.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                window.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });

        Label draftsTitle = new Label(m.get("start.drafts"));
        draftsTitle.getStyleClass().add("title-4");
        Button reset = Ui.button(m.get("start.reset"), this::resetToScenario);
        reset.setId("draft-reset");
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null || selected().scenario() == null,
                drafts.getSelectionModel().selectedItemProperty()));
        Ui.offeredIf(reset, can.offers(Action.RESET_DRAFT));
        draftActions.getChildren().add(reset);

        // the scenario library: demo programs from the seeds, opened as new drafts
        org.policylab.configurator.export.ScenarioLibrary lib = org.policylab.configurator.export.ScenarioLibrary.shipped();
        ListView<String> scenarios = new ListView<>(FXCollections.observableArrayList(
                lib.list().stream().map(org.policylab.configurator.export.ScenarioLibrary.Scenario::id).toList()));
        scenarios.setId("scenario-list");
        scenarios.setPrefHeight(180);
        scenarios.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                Ui.fitWidth(this);
                setText(empty || id == null ? null : lib.title(id, m.language()));
            }
        });
        Button openScenario = Ui.button(m.get("start.openScenario"), () -> {
            String id = scenarios.getSelectionModel().getSelectedItem();
            if (id != null) {
                window.openScenario(id);
            }
        });
        openScenario.setId("scenario-open");
        Ui.offeredIf(openScenario, can.offers(Action.NEW_DRAFT));
        openScenario.disableProperty().bind(Bindings.isNull(scenarios.getSelectionModel().selectedItemProperty()));
        scenarios.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && openScenario.isVisible()) {
                openScenario.fire();
            }
        });
        Button compare = Ui.button(m.get("start.compare"), window::showCompare);
        compare.setId("open-compare");
        Label scenariosTitle = new Label(m.get("start.scenarios"));
        scenariosTitle.getStyleClass().add("title-4");
        Label recentTitle = new Label(m.get("start.recent"));
        recentTitle.getStyleClass().add("title-4");
        VBox.setVgrow(drafts, Priority.ALWAYS);
        VBox box = new VBox(14, title, tagline, actions, draftsTitle, drafts, draftActions,
                scenariosTitle, scenarios, new HBox(8, openScenario, compare), recentTitle, recent);
        box.setPadding(new Insets(28, 36, 28, 36));
        box.setMaxWidth(980);
        box.setId("start-screen");
        box.getStyleClass().add("start-screen");
        HBox center = new HBox(box);
        HBox.setHgrow(box, Priority.ALWAYS);
        center.setStyle("-fx-alignment: top-center;");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(center);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The list fills in when the workspace's writer has read it; the FX thread never waits for the database. */
    private void refresh() {
        services.runner().whenDone(services.gateway().drafts(), list -> drafts.setItems(FXCollections.observableArrayList(list)),
                this::failed);
    }

    /** Database work done, the list read again; a failure is one sentence. */
    private void thenRefresh(java.util.concurrent.CompletableFuture<?> work) {
        services.runner().whenDone(work, done -> refresh(), this::failed);
    }

    private void failed(Throwable err) {
        Alert a = new Alert(Alert.AlertType.ERROR, m.get("store.failed", org.policylab.configurator.ui.common.ErrorText.of(err, m)));
        a.setHeaderText(m.get("error.title"));
        a.show();
    }

    private DraftSummary selected() {
        return drafts.getSelectionModel().getSelectedItem();
    }

    private void open() {
        DraftSummary d = selected();
        if (d != null) {
            services.runner().whenDone(services.gateway().loadDraft(d.id()), p -> p.ifPresent(window::openDraft), this::failed);
        }
    }

    private void duplicate() {
        DraftSummary d = selected();
        if (d != null) {
            thenRefresh(services.gateway().duplicateDraft(d.id(), m.get("start.copyOf", d.title())));
        }
    }

    private void rename() {
        DraftSummary d = selected();
        if (d == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(d.title());
        dialog.setHeaderText(m.get("start.rename"));
        dialog.setContentText(m.get("start.newTitle"));
        dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(t -> {
            thenRefresh(services.gateway().renameDraft(d.id(), t));
        });
    }

    private void resetToScenario() {
        DraftSummary d = selected();
        if (d == null || d.scenario() == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("start.resetConfirm", d.title()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(m.get("start.reset"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            try {
                ProgramPassport original = org.policylab.configurator.export.ScenarioLibrary.shipped().load(d.scenario(), m.language());
                thenRefresh(services.gateway().saveDraft(original.withId(d.id()), d.scenario()));
            } catch (org.policylab.configurator.io.InputException e) {
                new Alert(Alert.AlertType.ERROR, org.policylab.configurator.ui.common.ErrorText.of(e, m)).showAndWait();
            }
        });
    }

    private void delete() {
        DraftSummary d = selected();
        if (d == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("start.deleteConfirm", d.title()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(m.get("start.delete"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            thenRefresh(services.gateway().deleteDraft(d.id()));
        });
    }
}
