package org.policylab.configurator.ui;

import java.util.List;

/**
 * The message keys of the main window's menu items, in menu order. The main window builds its
 * menu from these constants, and the user guide has one section per item ({@link #guideId}):
 * a test fails when an item has no section in the guide of some language. Add a new item's key
 * here, and to {@link #ITEMS}, not as a literal in the window. Plain Java, no JavaFX.
 */
public final class MenuKeys {
    public static final String FILE = "menu.file";
    public static final String FILE_START = "menu.file.start";
    public static final String FILE_NEW = "menu.file.new";
    public static final String FILE_OPEN = "menu.file.open";
    public static final String FILE_OPEN_RECENT = "menu.file.openRecent";
    public static final String FILE_SAVE_AS = "menu.file.saveAs";
    public static final String FILE_CATALOG = "menu.file.catalog";
    public static final String FILE_IMPORT_CATALOG = "menu.file.importCatalog";
    public static final String FILE_CONNECT_TEAM = "menu.file.connectTeam";
    public static final String FILE_QUIT = "menu.file.quit";

    public static final String EDIT = "menu.edit";
    public static final String EDIT_UNDO = "menu.edit.undo";
    public static final String EDIT_REDO = "menu.edit.redo";

    public static final String VIEW = "menu.view";
    public static final String VIEW_COMPARE = "menu.view.compare";
    public static final String VIEW_PRESENT = "menu.view.present";
    public static final String VIEW_MONITORING = "menu.view.monitoring";

    /** The language menu: its items are the languages themselves (one guide section for all). */
    public static final String LANGUAGE = "menu.language";

    public static final String HELP = "menu.help";
    public static final String HELP_GUIDE = "menu.help.guide";
    public static final String HELP_GLOSSARY = "menu.help.glossary";
    public static final String HELP_TOUR = "menu.help.tour";
    public static final String HELP_ABOUT = "menu.help.about";

    /** Every menu item of the main window (the language menu counts as one), in menu order. */
    public static final List<String> ITEMS = List.of(
            FILE_START, FILE_NEW, FILE_OPEN, FILE_OPEN_RECENT, FILE_SAVE_AS, FILE_CATALOG, FILE_IMPORT_CATALOG, FILE_CONNECT_TEAM,
            FILE_QUIT,
            EDIT_UNDO, EDIT_REDO,
            VIEW_COMPARE, VIEW_PRESENT, VIEW_MONITORING,
            LANGUAGE,
            HELP_GUIDE, HELP_GLOSSARY, HELP_TOUR, HELP_ABOUT);

    private MenuKeys() {
    }

    /** The id of the guide section about a menu item: {@code menu.file.saveAs} is
     * {@code menu-file-saveAs} (case kept). */
    public static String guideId(String key) {
        return key.replace('.', '-');
    }
}
