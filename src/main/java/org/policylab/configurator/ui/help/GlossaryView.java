package org.policylab.configurator.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.help.Glossary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;

/** The official terms in the three languages, filtered as the planner types in any of them. */
final class GlossaryView {
    private final Glossary glossary;
    private final Messages m;
    private final TextField search = new TextField();

    GlossaryView(Glossary glossary, Messages m) {
        this.glossary = glossary;
        this.m = m;
    }

    TextField search() {
        return search;
    }

    Node build() {
        search.setId("glossary-search");
        search.setPromptText(m.get("help.glossary.search"));
        search.setAccessibleText(m.get("help.glossary.search"));
        ListView<Glossary.Term> list = new ListView<>();
        list.setId("glossary-terms");
        list.setPlaceholder(new Label(m.get("help.glossary.nothingFound")));
        list.getItems().setAll(glossary.search(""));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Glossary.Term t, boolean empty) {
                super.updateItem(t, empty);
                setText(null);
                setGraphic(empty || t == null ? null : card(t));
                setPrefWidth(0);
            }
        });
        search.textProperty().addListener((o, a, b) -> list.getItems().setAll(glossary.search(b)));
        Label hint = new Label(m.get("help.glossary.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, hint, search, list);
        box.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setId("glossary");
        return box;
    }

    /** A term: its form in the window's language first, then the other two, the note and the source. */
    private Node card(Glossary.Term t) {
        Language own = m.language();
        Label main = new Label(t.in(own));
        main.getStyleClass().addAll("title-4", "glossary-term");
        main.setWrapText(true);
        VBox box = new VBox(2, main);
        for (Language l : Language.values()) {
            if (l != own) {
                Label other = new Label(m.get("language." + l.id()) + ": " + t.in(l));
                other.setWrapText(true);
                box.getChildren().add(other);
            }
        }
        if (!t.note().isBlank()) {
            Label note = new Label(t.note());
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        if (!t.sourceTitle().isBlank()) {
            Label source = new Label(m.get("help.glossary.source", t.sourceTitle()));
            source.getStyleClass().addAll("text-muted", "text-small");
            source.setWrapText(true);
            box.getChildren().add(source);
        }
        box.setPadding(new Insets(4, 2, 6, 2));
        box.setUserData(t.id());
        return box;
    }
}
