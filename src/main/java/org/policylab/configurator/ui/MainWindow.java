package org.policylab.configurator.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.policylab.configurator.ui.common.ErrorText;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.application.Platform;
import org.policylab.configurator.store.WorkspaceShutdown;
import org.policylab.configurator.export.PassportJson;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.store.Settings;
import org.policylab.configurator.ui.catalog.CatalogBrowser;
import org.policylab.configurator.ui.start.StartScreen;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.policylab.configurator.ui.wizard.WizardView;

/**
 * The main window: a menu, and one of the start screen, the wizard or the catalog browser.
 * Switching the language rebuilds the views from the same model, so the whole window follows.
 */
public final class MainWindow {
    public static final String CSS = "/ui/app.css";

    private final AppServices services;
    private final BorderPane root = new BorderPane();
    private Language language;
    private Messages m;
    /** Volatile: a shutdown hook reads it to find the draft still to save. */
    private volatile WizardModel wizard;
    private Screen screen = Screen.START;
    private Stage stage;
    private final WorkspaceShutdown shutdown;
    /** File → Connect to team workspace…: what the app does with the address (null: the item is disabled). */
    private java.util.function.Consumer<org.policylab.configurator.store.TeamAddress> onConnect;
    /** File → Connect to team workspace… in the menu bar on screen: offered once {@link #onConnect} is set. */
    private MenuItem connectItem;
    /** The connection line of a team workspace, at the bottom. */
    private org.policylab.configurator.ui.team.TeamStatus teamStatus;
    private Runnable onClosed = () -> {
        if (stage != null) {
            stage.hide();
        }
    };

    enum Screen { START, WIZARD, CATALOG, COMPARE, PRESENT, MONITORING }

    public MainWindow(AppServices services, Language language) {
        this.services = services;
        this.language = language;
        this.m = Messages.of(language);
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        this.shutdown = new WorkspaceShutdown(services.workspace(),
                () -> Optional.ofNullable(wizard).flatMap(WizardModel::unsaved), CLOSE_WAIT);
        rebuild();
        // a team workspace: what colleagues save shows up here (the start screen's list, the catalog snapshot)
        services.workspace().subscribe(new org.policylab.configurator.store.WorkspaceListener() {
            @Override
            public void changed(Change change) {
                if (change.mine()) {
                    return;
                }
                if (change.kind() == Kind.DRAFT) {
                    Platform.runLater(() -> {
                        othersSaved();
                        // the open draft follows: shown when the window holds no unsaved edits, else offered to compare
                        if (live != null) {
                            live.changed(change);
                        }
                    });
                } else if (change.kind() == Kind.CATALOG) {
                    Platform.runLater(MainWindow.this::catalogChanged);
                }
            }

            @Override
            public void conflict(org.policylab.configurator.store.ConflictException conflict) {
                // a save made offline that the server refused on reconnect: for the open draft, the same bar
                Platform.runLater(() -> {
                    WizardModel open = wizard;
                    if (open != null && open.passport().id().equals(conflict.id())) {
                        open.conflictFound(conflict);
                    }
                });
            }

            @Override
            public void refreshAll() {
                Platform.runLater(() -> {
                    catalogChanged();
                    othersSaved();
                    if (live != null) {
                        live.check();
                    }
                });
            }
        });
    }

    /** How long the last save, and then closing the database, may each take when the window closes. */
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(5);

    /** The shutdown the window runs on close; a JVM shutdown hook (SIGTERM, logout) runs the same one. */
    public WorkspaceShutdown shutdown() {
        return shutdown;
    }

    /** What happens once the last save is done and the database closed (the app exits; by default the stage hides). */
    public void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    /** What File → Connect to team workspace… does with the address the planner gave (the app switches workspaces). */
    public void setOnConnect(java.util.function.Consumer<org.policylab.configurator.store.TeamAddress> onConnect) {
        this.onConnect = onConnect;
        // the one item that depends on it (the menu bar is not built again for it: the window's start, issue 16)
        if (connectItem != null) {
            connectItem.setDisable(onConnect == null);
        }
    }

    private void connectTeam() {
        String url = org.policylab.configurator.store.WorkspaceLocation.workspaceVariable();
        org.policylab.configurator.ui.team.ConnectDialog.show(window(), m,
                services.workspace().isTeam() ? "jdbc:postgresql://" + services.workspace().describe()
                        : org.policylab.configurator.store.TeamAddress.isTeamUrl(url) ? url : null,
                a -> {
                    if (onConnect != null) {
                        onConnect.accept(a);
                    }
                });
    }

    public Parent root() {
        return root;
    }

    public void attach(Stage stage, Scene scene) {
        this.stage = stage;
        scene.setRoot(root);
        if (stage.getScene() != scene) {
            stage.setScene(scene);
        }
        stage.setOnCloseRequest(this::closeRequested);
        // the scene's shortcuts go to the window on it now (File → Connect to team workspace… puts a new one there)
        if (!scene.getProperties().containsKey(MainWindow.class)) {
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    e -> ((MainWindow) scene.getProperties().get(MainWindow.class)).shortcuts(e));
        }
        scene.getProperties().put(MainWindow.class, this);
        var css = MainWindow.class.getResource(CSS);
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        updateTitle();
    }

    public Language language() {
        return language;
    }

    public Optional<WizardModel> wizard() {
        return Optional.ofNullable(wizard);
    }

    public void setLanguage(Language l) {
        if (wizard != null) {
            wizard.flush();
        }
        this.language = l;
        this.m = Messages.of(l);
        if (live != null) {
            live.setMessages(m);
        }
        stored(services.gateway().putSetting(Settings.LANGUAGE, l.id()));
        rebuild();
        updateTitle();
        if (help != null) {
            help.setMessages(m);
        }
        if (tour != null) {
            tour.setMessages(m);
        }
    }

    private void updateTitle() {
        if (stage != null) {
            String t = m.get("app.title");
            if (wizard != null && screen == Screen.WIZARD && wizard.passport().title() != null) {
                t = wizard.passport().title() + " — " + t;
            }
            stage.setTitle(t);
        }
    }

    /** The open draft following colleagues' saves (with the wizard), or null. */
    private org.policylab.configurator.ui.wizard.LiveDraftViewModel live;
    /** The conflict view while it is open. */
    private Stage conflictStage;

    /** The wizard on screen, if any: its listeners on the model go when another view replaces it. */
    private WizardView wizardView;
    /** The monitoring view on screen, if any: its listeners on the model go with it. */
    private org.policylab.configurator.ui.monitoring.MonitoringView monitoringView;
    /** The catalog browser on screen (the last one built; only used while the catalog screen is shown). */
    private CatalogBrowser catalogBrowser;

    private void rebuild() {
        if (wizardView != null) {
            wizardView.dispose();
            wizardView = null;
        }
        if (monitoringView != null) {
            monitoringView.dispose();
            monitoringView = null;
        }
        root.setTop(menu());
        if (teamStatus != null) {
            teamStatus.close();
        }
        teamStatus = new org.policylab.configurator.ui.team.TeamStatus(services, m, Platform::runLater);
        if (services.workspace().isTeam()) {
            javafx.scene.control.Label line = new javafx.scene.control.Label();
            line.setId("team-status");
            line.textProperty().bind(teamStatus.textProperty());
            line.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
            root.setBottom(line);
            if (wizard != null && screen == Screen.WIZARD) {
                teamStatus.watch(wizard.passport().id());
            }
        } else {
            root.setBottom(null);
        }
        root.setCenter(switch (screen) {
            case START -> new StartScreen(services, m, this).build();
            case WIZARD -> withLiveBar((wizardView = new WizardView(wizard, m, this::exportFinished, this::showMonitoring,
                    this::openHelp)).build());
            case MONITORING -> withLiveBar((monitoringView = new org.policylab.configurator.ui.monitoring.MonitoringView(wizard, m,
                    () -> show(Screen.WIZARD), this::openHelp)).build());
            case CATALOG -> (catalogBrowser = new CatalogBrowser(services, m)).build();
            case COMPARE -> new org.policylab.configurator.ui.compare.CompareView(services, m).build();
            case PRESENT -> presentation();
        });
        if (screen == Screen.PRESENT) {
            root.setTop(null);
            javafx.application.Platform.runLater(() -> root.getCenter().requestFocus());
        }
    }

    private void show(Screen s) {
        if (s != Screen.START && !services.firstCatalog().isDone()) {
            // the first moments of the start: every other screen reads the catalog, which is still being read
            services.afterCatalog(() -> show(s));
            return;
        }
        if (wizard != null) {
            wizard.flush();
        }
        if (screen == Screen.PRESENT && s != Screen.PRESENT && stage != null) {
            stage.setFullScreen(false);
        }
        this.screen = s;
        rebuild();
        updateTitle();
    }

    public void showStart() {
        show(Screen.START);
    }

    public void showCatalog() {
        show(Screen.CATALOG);
    }

    public void showCompare() {
        show(Screen.COMPARE);
    }

    /** The monitoring of the open program: actuals, plan versus fact, budget, gate decisions, revisions. */
    public void showMonitoring() {
        if (wizard != null) {
            show(Screen.MONITORING);
        }
    }

    /** The monitoring view on screen, if any (for tests and the window's own use). */
    public Optional<org.policylab.configurator.ui.monitoring.MonitoringView> monitoring() {
        return Optional.ofNullable(monitoringView);
    }

    /** Full screen, large type, one section at a time; Esc goes back to editing. */
    public void present() {
        if (wizard == null) {
            return;
        }
        show(Screen.PRESENT);
        if (stage != null) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
    }

    private javafx.scene.Node presentation() {
        return new org.policylab.configurator.ui.present.PresentationView(wizard.passport(), services.catalog(), m, () -> {
            if (stage != null) {
                stage.setFullScreen(false);
            }
            show(Screen.WIZARD);
        }).build();
    }

    /** A demo scenario becomes a new draft of the workspace, remembered as its origin. */
    public void openScenario(String scenarioId) {
        try {
            ProgramPassport p = org.policylab.configurator.export.ScenarioLibrary.shipped().load(scenarioId, language)
                    .withId(java.util.UUID.randomUUID().toString());
            open(arriving(p), true, scenarioId);
        } catch (InputException e) {
            error(ErrorText.of(e, m));
        }
    }

    /**
     * A passport from outside the workspace (a demo, a file) that says it is approved: kept as its frozen revision by a
     * login that may approve; for a planner on a team workspace it comes in as the draft of that revision, for the
     * team's reviewer to approve (the server would refuse storing someone else's approval as a revision).
     */
    private ProgramPassport arriving(ProgramPassport p) {
        org.policylab.configurator.passport.Revision r = p.revisionOrFirst();
        if (!r.approved() || services.permissions().offers(org.policylab.configurator.ui.team.Permissions.Action.APPROVE)) {
            return p;
        }
        return p.withRevision(new org.policylab.configurator.passport.Revision(r.number(), null, null, null));
    }

    /** Opens a passport in the wizard; it is saved to the workspace as a draft right away (on the writer, not here). */
    public void openDraft(ProgramPassport p) {
        open(p, true, null);
    }

    /** New program was asked for before the first catalog snapshot was in, and waits for it. */
    private boolean newDraftWaiting;

    /**
     * A new blank program: kept only in the wizard until the planner changes something (the
     * first autosave stores it), so New program pressed twice leaves no empty drafts behind;
     * the title field has the focus. Pressed before the first catalog snapshot is in, it waits for it as opening
     * does, and focuses the title once the wizard is there (before, the focus was asked for a wizard not yet open);
     * pressed several times meanwhile, it opens one program.
     */
    public void newDraft() {
        if (!services.firstCatalog().isDone()) {
            // asked again while it waits (Ctrl+N pressed twice when nothing seemed to happen): one program opens
            if (!newDraftWaiting) {
                newDraftWaiting = true;
                services.afterCatalog(() -> {
                    newDraftWaiting = false;
                    newDraft();
                });
            }
            return;
        }
        open(ProgramPassport.blank(m.get("start.untitled"), language.id()), false, null);
        // the step's fields are the content of a scroll pane, which joins the scene only when the pane's skin is made,
        // in the next frame's CSS pass: looked up before it (as a task queued for later was, whenever no frame came
        // first) the title was not there, the focus went to the step list, and the planner's first keystrokes with it.
        // The CSS pass is made now instead of in that frame.
        root.applyCss();
        javafx.scene.Node title = root.lookup("#field-title");
        if (title != null) {
            title.requestFocus();
        }
    }

    private void open(ProgramPassport p, boolean persist, String scenarioId) {
        if (!services.firstCatalog().isDone()) {
            services.afterCatalog(() -> open(p, persist, scenarioId));
            return;
        }
        if (wizard != null) {
            wizard.flush();
        }
        ProgramPassport withLang = p.language() == null ? p.withLanguage(language.id()) : p;
        if (wizard != null && !wizard.passport().id().equals(withLang.id())) {
            stored(services.gateway().draftClosed(wizard.passport().id()));
        }
        // on a team workspace the others see who has the draft open
        stored(services.gateway().draftOpened(withLang.id()));
        if (persist && services.permissions().offers(org.policylab.configurator.ui.team.Permissions.Action.EDIT_DRAFT)) {
            // (a reviewer's window only reads it: the server would refuse storing it)
            // queued on the workspace's writer before any autosave of this wizard, so they land in order
            stored(services.gateway().saveDraft(withLang, scenarioId)
                    .thenCompose(saved -> services.gateway().putSetting(Settings.LAST_DRAFT, saved.id())));
        }
        wizard = new WizardModel(services, withLang);
        wizard.passportProperty().addListener((o, a, b) -> updateTitle());
        // someone else saved this draft meanwhile (announced, or found at a save): a bar offers to compare, and the
        // conflict view shows both sides — nothing pops up over the field the planner types in
        live = new org.policylab.configurator.ui.wizard.LiveDraftViewModel(wizard, m, java.time.ZoneId.systemDefault());
        show(Screen.WIZARD);
    }

    /**
     * A colleague changed the catalog (announced, or after a reconnect): the snapshot is read again, the open wizard
     * suggests and checks from it, and the catalog browser on screen shows it (keeping the planner's unsaved edits).
     */
    void catalogChanged() {
        WizardModel open = wizard;
        CatalogBrowser browser = screen == Screen.CATALOG ? catalogBrowser : null;
        services.runner().whenDone(services.reloadCatalog(), c -> {
            if (open != null && open == wizard) {
                open.catalogChanged();
            }
            if (browser != null && browser == catalogBrowser && screen == Screen.CATALOG) {
                browser.colleagueChanged();
            }
        }, err -> error(m.get("store.failed", ErrorText.of(err, m))));
    }

    /** The bar above the wizard: a colleague's newer version (Compare), or one line saying it is shown now. */
    private javafx.scene.Node withLiveBar(javafx.scene.Node content) {
        if (live == null) {
            return content;
        }
        javafx.scene.control.Label newer = new javafx.scene.control.Label();
        newer.setId("live-newer");
        newer.setWrapText(true);
        newer.textProperty().bind(live.newerProperty());
        javafx.scene.control.Button compare = new javafx.scene.control.Button(m.get("live.compare"));
        compare.setId("live-compare");
        compare.setOnAction(e -> compareConflict());
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, newer, compare);
        bar.setId("live-bar");
        bar.getStyleClass().add("live-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(live.newerProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        javafx.scene.control.Label notice = new javafx.scene.control.Label();
        notice.setId("live-notice");
        notice.getStyleClass().add("live-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setPadding(new javafx.geometry.Insets(4, 12, 4, 12));
        notice.textProperty().bind(live.noticeProperty());
        notice.visibleProperty().bind(live.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        javafx.scene.layout.BorderPane framed = new javafx.scene.layout.BorderPane(content);
        framed.setTop(new javafx.scene.layout.VBox(bar, notice));
        return framed;
    }

    /** The conflict view over the open draft (one at a time): keep mine, take theirs, or merge field by field. */
    private void compareConflict() {
        WizardModel opened = wizard;
        org.policylab.configurator.store.ConflictException conflict = live == null ? null : live.toCompare();
        if (opened == null || conflict == null) {
            return;
        }
        if (conflictStage != null && conflictStage.isShowing()) {
            conflictStage.close();
        }
        conflictStage = org.policylab.configurator.ui.team.ConflictView.show(window(), conflict, opened.base(), opened.passport(), m,
                new org.policylab.configurator.ui.team.ConflictView.Choice() {
                    @Override
                    public void keepMine() {
                        opened.keepMine();
                    }

                    @Override
                    public void takeTheirs() {
                        opened.takeTheirs();
                    }

                    @Override
                    public void merge(java.util.Set<String> takeMine) {
                        opened.mergeConflict(takeMine);
                    }
                });
    }

    /** Someone else saved a draft: the start screen lists the drafts again (other screens read theirs when shown). */
    private void othersSaved() {
        if (screen == Screen.START && !closing) {
            rebuild();
        }
    }

    /** Database work the window does not wait for: only a failure is shown, in one sentence. */
    private void stored(java.util.concurrent.CompletableFuture<?> work) {
        services.runner().whenDone(work, done -> { }, err -> error(m.get("store.failed", ErrorText.of(err, m))));
    }

    /** An exported passport file is one the planner may open again: remember it with the recent files. */
    private void exportFinished(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            stored(services.gateway().addRecentFile(file));
        }
    }

    public void close() {
        if (wizard != null) {
            wizard.flush();
        }
    }

    /**
     * The window's close button, File → Quit and the OS's logout all end here. The window stays
     * until the last edit is saved and the database closed (off the FX thread, bounded by
     * {@link #CLOSE_WAIT}); then it goes. If the save could not finish, the planner is told so.
     */
    private void closeRequested(WindowEvent e) {
        e.consume();
        if (closing) {
            return;
        }
        closing = true;
        if (wizard != null) {
            wizard.cancelAutosave();
        }
        root.setDisable(true);
        shutdown.start().thenAccept(outcome -> Platform.runLater(() -> {
            if (!outcome.ok()) {
                String reason = outcome.failure() == WorkspaceShutdown.Failure.TIMED_OUT
                        ? m.get("close.timeout", shutdown.waitLimit().toSeconds())
                        : outcome.detail();
                System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING,
                        "closing: " + outcome.failure() + " " + reason);
                Alert a = new Alert(Alert.AlertType.ERROR, m.get("close.notSaved", reason));
                a.setHeaderText(m.get("error.title"));
                a.initOwner(window());
                a.showAndWait();
            }
            onClosed.run();
        }));
    }

    private boolean closing;

    private MenuBar menu() {
        Menu file = new Menu(m.get(MenuKeys.FILE));
        MenuItem home = item(m.get(MenuKeys.FILE_START), "Shortcut+H", this::showStart);
        MenuItem newDraft = item(m.get(MenuKeys.FILE_NEW), "Shortcut+N", this::newDraft);
        MenuItem open = item(m.get(MenuKeys.FILE_OPEN), "Shortcut+O", this::openFile);
        MenuItem saveAs = item(m.get(MenuKeys.FILE_SAVE_AS), "Shortcut+Shift+S", this::saveAs);
        saveAs.setDisable(wizard == null || screen != Screen.WIZARD);
        MenuItem catalog = item(m.get(MenuKeys.FILE_CATALOG), "Shortcut+K", this::showCatalog);
        MenuItem importCatalog = item(m.get(MenuKeys.FILE_IMPORT_CATALOG), null, this::importCatalog);
        // what the login's role does not allow is not offered (the team server would refuse it)
        org.policylab.configurator.ui.team.Permissions can = services.permissions();
        newDraft.setDisable(!can.offers(org.policylab.configurator.ui.team.Permissions.Action.NEW_DRAFT));
        open.setDisable(!can.offers(org.policylab.configurator.ui.team.Permissions.Action.NEW_DRAFT));
        importCatalog.setId("menu-import-catalog");
        importCatalog.setDisable(!can.offers(org.policylab.configurator.ui.team.Permissions.Action.IMPORT_CATALOG));
        MenuItem connect = item(m.get(MenuKeys.FILE_CONNECT_TEAM), null, this::connectTeam);
        connect.setId("menu-connect-team");
        connect.setDisable(onConnect == null);
        connectItem = connect;
        // the same way out as the window's close button: the last save first
        MenuItem quit = item(m.get(MenuKeys.FILE_QUIT), "Shortcut+Q", () -> {
            if (stage != null) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        Menu recent = new Menu(m.get(MenuKeys.FILE_OPEN_RECENT));
        recent.setId("menu-open-recent");
        MenuItem none = new MenuItem(m.get("recent.none"));
        none.setDisable(true);
        recent.getItems().add(none);
        // the list is read when the File menu opens, not when the menu is built
        file.setOnShowing(e -> fillRecent(recent));
        file.setId("menu-file");
        file.getItems().addAll(home, newDraft, open, recent, saveAs, new SeparatorMenuItem(), catalog, importCatalog, connect,
                new SeparatorMenuItem(), quit);

        Menu edit = new Menu(m.get(MenuKeys.EDIT));
        MenuItem undo = item(m.get(MenuKeys.EDIT_UNDO), "Shortcut+Z", this::undo);
        undo.setId("menu-undo");
        MenuItem redo = item(m.get(MenuKeys.EDIT_REDO), "Shortcut+Y", this::redo);
        redo.setId("menu-redo");
        // enabled only when they can act
        if (wizard != null && editsDraft()) {
            undo.disableProperty().bind(wizard.canUndoProperty().not());
            redo.disableProperty().bind(wizard.canRedoProperty().not());
        } else {
            undo.setDisable(true);
            redo.setDisable(true);
        }
        edit.getItems().addAll(undo, redo);
        edit.setDisable(!editsDraft());

        Menu view = new Menu(m.get(MenuKeys.VIEW));
        MenuItem compare = item(m.get(MenuKeys.VIEW_COMPARE), "Shortcut+M", this::showCompare);
        MenuItem present = item(m.get(MenuKeys.VIEW_PRESENT), "F5", this::present);
        present.setDisable(wizard == null);
        MenuItem monitoring = item(m.get(MenuKeys.VIEW_MONITORING), "Shortcut+J", this::showMonitoring);
        monitoring.setId("menu-monitoring");
        monitoring.setDisable(wizard == null);
        view.getItems().addAll(compare, present, monitoring);

        Menu lang = new Menu(m.get(MenuKeys.LANGUAGE));
        lang.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem(m.get("language." + l.id()));
            r.setId("language-" + l.id());
            r.setToggleGroup(group);
            r.setSelected(l == language);
            r.setOnAction(e -> setLanguage(l));
            lang.getItems().add(r);
        }

        Menu help = new Menu(m.get(MenuKeys.HELP));
        help.setId("menu-help");
        MenuItem guide = item(m.get(MenuKeys.HELP_GUIDE), "F1", () -> openHelp(helpSectionHere()));
        guide.setId("menu-help-guide");
        MenuItem glossary = item(m.get(MenuKeys.HELP_GLOSSARY), null, this::openGlossary);
        glossary.setId("menu-help-glossary");
        MenuItem tourAgain = item(m.get(MenuKeys.HELP_TOUR), null, this::startTour);
        tourAgain.setId("menu-help-tour");
        help.getItems().addAll(guide, glossary, tourAgain, new SeparatorMenuItem());
        help.getItems().add(item(m.get(MenuKeys.HELP_ABOUT), null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, m.get("about.text",
                    org.policylab.configurator.io.AppVersion.current(), services.catalog().version(),
                    services.workspace().databaseFile().toString()));
            a.setHeaderText(m.get("app.title"));
            a.initOwner(window());
            a.showAndWait();
        }));
        MenuBar bar = new MenuBar(file, edit, view, lang, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The wizard and the monitoring view edit the draft: Undo and Redo act there. */
    private boolean editsDraft() {
        return (screen == Screen.WIZARD || screen == Screen.MONITORING) && !services.permissions().readOnlyDrafts();
    }

    private void undo() {
        if (wizard != null && editsDraft()) {
            wizard.undo();
        }
    }

    private void redo() {
        if (wizard != null && editsDraft()) {
            wizard.redo();
        }
    }

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination START = KeyCombination.keyCombination("Shortcut+H");

    /**
     * The app's shortcuts win over a text field's own key bindings, seen before the field sees
     * them: Undo and Redo are the draft's in and out of fields (a field's own word-undo would be
     * recorded as new edits), and Ctrl+H opens the start screen instead of deleting a character.
     */
    private void shortcuts(javafx.scene.input.KeyEvent e) {
        if (screen == Screen.PRESENT) {
            return;
        }
        if (UNDO.match(e)) {
            e.consume();
            undo();
        } else if (REDO.match(e) || REDO_ALT.match(e)) {
            e.consume();
            redo();
        } else if (START.match(e)) {
            e.consume();
            showStart();
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The Help window, made the first time help is asked for (not at start-up). */
    private org.policylab.configurator.ui.help.HelpWindow help;
    /** The first-run tour while it runs, else null. */
    private org.policylab.configurator.ui.tour.Tour tour;

    /** Opens the user guide at a section ({@link org.policylab.configurator.help.GuideIds}); null: at its beginning. */
    public void openHelp(String sectionId) {
        helpWindow().showGuide(sectionId);
    }

    /** Help → Glossary: the official terms, searchable in the three languages. */
    public void openGlossary() {
        helpWindow().showGlossary();
    }

    /** The Help window, if help was opened (for tests). */
    public Optional<org.policylab.configurator.ui.help.HelpWindow> helpWindowIfOpen() {
        return Optional.ofNullable(help);
    }

    private org.policylab.configurator.ui.help.HelpWindow helpWindow() {
        if (help == null) {
            var css = MainWindow.class.getResource(CSS);
            help = new org.policylab.configurator.ui.help.HelpWindow(window(), m, services.runner(),
                    css == null ? null : css.toExternalForm());
        }
        return help;
    }

    /** F1 and Help → User guide open the guide where the planner is: the step, the monitoring, the catalog... */
    String helpSectionHere() {
        return switch (screen) {
            case START -> "start-screen";
            case WIZARD -> wizard == null ? null : org.policylab.configurator.help.GuideIds.step(wizard.stepProperty().get());
            case CATALOG -> "catalog-editor";
            case COMPARE, PRESENT -> "workshop";
            case MONITORING -> "monitoring";
        };
    }

    /**
     * The first run: the tour of the start screen and the wizard, unless the workspace says it was done. The app
     * calls this once its window is up; tests and other callers that do not call it never see the tour.
     */
    public void offerTourOnFirstRun() {
        services.runner().whenDone(services.gateway().setting(Settings.TOUR_DONE), done -> {
            if (done.isEmpty()) {
                startTour();
            }
        }, err -> { });
    }

    /** Help → Show the tour again (and the first run). Finishing or skipping it marks it done. */
    public void startTour() {
        if (tour != null) {
            tour.stop();
        }
        tour = new org.policylab.configurator.ui.tour.Tour(this, m, () -> {
            tour = null;
            stored(services.gateway().putSetting(Settings.TOUR_DONE, "done"));
        });
        tour.start();
    }

    /** The tour while it runs (for tests). */
    public Optional<org.policylab.configurator.ui.tour.Tour> tour() {
        return Optional.ofNullable(tour);
    }

    /** Whether the start screen is on screen (the tour begins there, and leaves one already shown as it is). */
    public boolean showsStart() {
        return screen == Screen.START && root.getCenter() != null;
    }

    /** Whether the wizard is on screen (the tour moves on from the start screen to it). */
    public boolean showsWizard() {
        return screen == Screen.WIZARD;
    }

    /** The recent files, newest first, each marked when it is no longer where it was; read off the FX thread. */
    private void fillRecent(Menu recent) {
        services.runner().run(() -> services.gateway().recentFiles().join().stream()
                        .map(p -> Map.entry(p, java.nio.file.Files.isRegularFile(p))).toList(),
                files -> {
                    recent.getItems().clear();
                    int i = 0;
                    for (var f : files) {
                        Path p = f.getKey();
                        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
                        String folder = p.getParent() == null ? "" : p.getParent().toString();
                        MenuItem it = new MenuItem(f.getValue()
                                ? m.get("recent.item", name, folder)
                                : m.get("recent.itemGone", name, folder));
                        it.setMnemonicParsing(false);
                        it.setId("recent-" + i++);
                        it.setOnAction(e -> openRecent(p));
                        recent.getItems().add(it);
                    }
                    if (recent.getItems().isEmpty()) {
                        MenuItem none = new MenuItem(m.get("recent.none"));
                        none.setDisable(true);
                        recent.getItems().add(none);
                    }
                }, err -> error(m.get("store.failed", ErrorText.of(err, m))));
    }

    /**
     * A recent file: opened as {@link #openPassportFile} does; one that was moved or deleted is said to be gone, in
     * one sentence with its path, and taken off the list.
     */
    public void openRecent(Path path) {
        services.runner().run(() -> java.nio.file.Files.isRegularFile(path), exists -> {
            if (exists) {
                openPassportFile(path);
            } else {
                stored(services.gateway().forgetRecentFile(path));
                error(m.get("recent.gone", path.toString()));
            }
        }, err -> error(ErrorText.of(err, m)));
    }

    public void openFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get(MenuKeys.FILE_OPEN));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.passport"), "*.json"));
        var f = fc.showOpenDialog(window());
        if (f != null) {
            openPassportFile(f.toPath());
        }
    }

    /** Reads a passport file; a bad file shows one sentence and leaves the current draft untouched. */
    public void openPassportFile(Path path) {
        services.runner().run(() -> PassportJson.read(path), p -> {
            stored(services.gateway().addRecentFile(path));
            openDraft(arriving(p));
        }, err -> error(ErrorText.of(err, m)));
    }

    private void saveAs() {
        if (wizard == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get(MenuKeys.FILE_SAVE_AS));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.passport"), "*.json"));
        fc.setInitialFileName(org.policylab.configurator.io.FileNames.forTitle(wizard.passport().title()) + ".json");
        var f = fc.showSaveDialog(window());
        if (f != null) {
            ProgramPassport p = wizard.passport().withCatalogVersion(services.catalog().version());
            services.runner().run(() -> {
                PassportJson.write(p, f.toPath());
                return f.toPath();
            }, path -> stored(services.gateway().addRecentFile(path)), err -> error(ErrorText.of(err, m)));
        }
    }

    private void importCatalog() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get(MenuKeys.FILE_IMPORT_CATALOG));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("file.catalog"), "*.json"));
        var f = fc.showOpenDialog(window());
        if (f != null) {
            importCatalog(f.toPath());
        }
    }

    /** Merges a ministry's catalog file into the workspace; an invalid file changes nothing and says why. */
    public void importCatalog(Path file) {
        var imported = services.gateway().importCatalog(file, false)
                .thenCompose(summary -> services.reloadCatalog().thenApply(c -> summary));
        services.runner().whenDone(imported, summary -> {
            rebuild();
            Alert a = new Alert(Alert.AlertType.INFORMATION, m.get("catalog.imported", summary.describe(m)));
            a.setHeaderText(m.get(MenuKeys.FILE_IMPORT_CATALOG));
            a.initOwner(window());
            a.show();
        }, err -> error(err instanceof InputException ? ErrorText.of(err, m) : m.get("catalog.importFailed", ErrorText.of(err, m))));
    }

    void error(String sentence) {
        Alert a = new Alert(Alert.AlertType.ERROR, sentence);
        a.setHeaderText(m.get("error.title"));
        a.initOwner(window());
        a.show();
    }
}
