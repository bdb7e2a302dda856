package org.policylab.configurator.ui.help;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.policylab.configurator.help.Guide;
import org.policylab.configurator.help.Section;
import org.policylab.configurator.i18n.Messages;

/**
 * The guide drawn as JavaFX nodes (no web engine): headings, paragraphs with emphasis and code, lists, tables,
 * pictures from the class path, and links inside the guide that jump. On the left its contents, filtered by a
 * search box. Each heading's id is {@code guide-<section id>}.
 */
final class GuideView {
    private static final double MAX_PICTURE_WIDTH = 820;

    private final Guide guide;
    private final Map<String, javafx.scene.image.Image> pictures;
    private final Messages m;
    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);
    private final ListView<Section> contents = new ListView<>();
    private final Map<String, Node> headings = new HashMap<>();
    private String current;
    /**
     * The guide keeps the section it was asked for at the top while its content settles (the pictures take their
     * width once the viewport has one, which moves everything below them), until the reader scrolls herself.
     */
    private boolean pinned;

    /** {@code pictures}: the guide's pictures by class-path path, decoded beforehand off the FX thread ({@link #loadPictures}). */
    GuideView(Guide guide, Map<String, javafx.scene.image.Image> pictures, Messages m) {
        this.guide = guide;
        this.pictures = pictures;
        this.m = m;
        content.layoutBoundsProperty().addListener((o, before, after) -> {
            if (pinned && current != null && before.getHeight() != after.getHeight()) {
                javafx.application.Platform.runLater(() -> {
                    if (pinned && current != null) {
                        scrollTo(current);
                    }
                });
            }
        });
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> pinned = false);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pinned = false);
        scroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> pinned = false);
    }

    /**
     * Decodes every picture the guide shows, scaled to the width it is drawn at: run off the FX thread, so the
     * guide opens at once and nothing moves under a heading it scrolled to.
     */
    static Map<String, javafx.scene.image.Image> loadPictures(Guide guide) {
        Map<String, javafx.scene.image.Image> out = new HashMap<>();
        guide.document().accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(Image img) {
                guide.imagePath(img.getDestination()).filter(p -> !out.containsKey(p))
                        .flatMap(GuideView::load).ifPresent(i -> out.put(guide.imagePath(img.getDestination()).get(), i));
            }
        });
        return out;
    }

    Guide guide() {
        return guide;
    }

    /** The section shown last ({@link #show}), or null. */
    String current() {
        return current;
    }

    Node build() {
        content.setId("guide-content");
        content.getStyleClass().add("guide");
        content.setPadding(new Insets(16, 24, 32, 24));
        content.setFillWidth(true);
        content.setMinWidth(0);
        if (guide.language() != m.language()) {
            Label note = new Label(m.get("help.guide.fallback"));
            note.getStyleClass().addAll("text-muted", "guide-fallback");
            note.setWrapText(true);
            content.getChildren().add(note);
        }
        for (org.commonmark.node.Node n = guide.document().getFirstChild(); n != null; n = n.getNext()) {
            block(n).ifPresent(content.getChildren()::add);
        }
        scroll.setFitToWidth(true);
        scroll.setId("guide-scroll");

        TextField search = new TextField();
        search.setId("guide-search");
        search.setPromptText(m.get("help.guide.search"));
        search.setAccessibleText(m.get("help.guide.search"));
        List<Section> outline = guide.sections().stream().filter(s -> s.level() <= 3).toList();
        contents.setId("guide-contents");
        contents.getItems().setAll(outline);
        contents.setPlaceholder(new Label(m.get("help.guide.nothingFound")));
        contents.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || s == null ? null : s.title());
                setPadding(new Insets(3, 6, 3, 6 + 12 * Math.max(0, (s == null ? 1 : s.level()) - 1)));
            }
        });
        search.textProperty().addListener((o, a, b) ->
                contents.getItems().setAll(b == null || b.isBlank() ? outline : guide.search(b)));
        contents.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                scrollTo(s.id());
            }
        });
        search.setOnAction(e -> {
            if (!contents.getItems().isEmpty()) {
                contents.getSelectionModel().select(0);
            }
        });
        VBox left = new VBox(8, search, contents);
        left.setPadding(new Insets(12));
        left.setPrefWidth(280);
        left.setMinWidth(200);
        VBox.setVgrow(contents, Priority.ALWAYS);

        BorderPane pane = new BorderPane(scroll);
        pane.setLeft(left);
        pane.setId("guide");
        return pane;
    }

    /** The heading of a section, as drawn. */
    Optional<Node> heading(String id) {
        return Optional.ofNullable(headings.get(id));
    }

    /**
     * Scrolls so the section's heading is at the top and marks it in the contents; an id the guide lacks
     * leaves the guide at its beginning. True when the section was found.
     */
    boolean show(String id) {
        Optional<Section> s = id == null ? Optional.empty() : guide.section(id);
        if (s.isEmpty()) {
            pinned = false;
            scroll.setVvalue(0);
            return false;
        }
        pinned = true;
        if (contents.getItems().contains(s.get())) {
            contents.getSelectionModel().select(s.get());
            contents.scrollTo(s.get());
        } else {
            contents.getSelectionModel().clearSelection();
        }
        scrollTo(id);
        return true;
    }

    private void scrollTo(String id) {
        Node h = headings.get(id);
        if (h == null) {
            return;
        }
        current = id;
        scroll.applyCss();
        scroll.layout();
        double y = content.sceneToLocal(h.localToScene(h.getBoundsInLocal())).getMinY();
        double total = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        scroll.setVvalue(total > viewport ? Math.min(1, Math.max(0, (y - 8) / (total - viewport))) : 0);
    }

    /** Whether the section's heading is within the visible part of the guide. */
    boolean onScreen(String id) {
        Node h = headings.get(id);
        if (h == null || h.getScene() == null) {
            return false;
        }
        javafx.geometry.Bounds hb = h.localToScene(h.getBoundsInLocal());
        javafx.geometry.Bounds sb = scroll.localToScene(scroll.getBoundsInLocal());
        return hb.getMinY() >= sb.getMinY() - 1 && hb.getMinY() < sb.getMaxY();
    }

    private Optional<Node> block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) {
            Label l = new Label(Guide.plainText(h).strip());
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().addAll("title-" + Math.min(4, h.getLevel()), "guide-heading");
            String id = guide.idOf(h);
            if (id != null) {
                l.setId("guide-" + id);
                headings.putIfAbsent(id, l);
            }
            l.setPadding(new Insets(h.getLevel() <= 2 ? 14 : 8, 0, 2, 0));
            return Optional.of(l);
        }
        if (n instanceof Paragraph p) {
            if (p.getFirstChild() instanceof Image img && img.getNext() == null) {
                return Optional.of(picture(img));
            }
            return Optional.of(flow(p));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox(4);
            int number = n instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                VBox body = new VBox(4);
                for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    block(c).ifPresent(body.getChildren()::add);
                }
                Label mark = new Label(n instanceof OrderedList ? (number++) + "." : "•");
                mark.setMinWidth(22);
                mark.setAlignment(Pos.TOP_RIGHT);
                HBox row = new HBox(6, mark, body);
                HBox.setHgrow(body, Priority.ALWAYS);
                list.getChildren().add(row);
            }
            list.setPadding(new Insets(0, 0, 0, 6));
            return Optional.of(list);
        }
        if (n instanceof FencedCodeBlock code) {
            return Optional.of(code(code.getLiteral()));
        }
        if (n instanceof IndentedCodeBlock code) {
            return Optional.of(code(code.getLiteral()));
        }
        if (n instanceof BlockQuote q) {
            VBox box = new VBox(6);
            for (org.commonmark.node.Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                block(c).ifPresent(box.getChildren()::add);
            }
            box.getStyleClass().add("guide-quote");
            return Optional.of(box);
        }
        if (n instanceof ThematicBreak) {
            return Optional.of(new Separator());
        }
        if (n instanceof TableBlock t) {
            return Optional.of(table(t));
        }
        if (n instanceof HtmlBlock) {
            return Optional.empty();
        }
        return Optional.of(flow(n));
    }

    private Node code(String literal) {
        Label l = new Label(literal.stripTrailing());
        l.getStyleClass().add("guide-code");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Node table(TableBlock t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        int row = 0;
        int columns = 0;
        for (org.commonmark.node.Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (org.commonmark.node.Node r = part.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    TextFlow cell = flow(c);
                    cell.getStyleClass().add(c instanceof TableCell tc && tc.isHeader() ? "guide-th" : "guide-td");
                    grid.add(cell, col++, row);
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private Node picture(Image img) {
        String alt = Guide.plainText(img).strip();
        Optional<String> path = guide.imagePath(img.getDestination());
        Optional<javafx.scene.image.Image> image = path.map(pictures::get);
        if (image.isEmpty()) {
            Label missing = new Label(alt.isEmpty() ? img.getDestination() : alt);
            missing.getStyleClass().addAll("text-muted", "guide-picture-missing");
            missing.setWrapText(true);
            return missing;
        }
        ImageView v = new ImageView(image.get());
        v.setPreserveRatio(true);
        // as wide as it was decoded, narrower when the window is: the text beside never runs off the edge
        double natural = Math.min(MAX_PICTURE_WIDTH, image.get().getWidth());
        v.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(natural, scroll.getViewportBounds().getWidth() - 56)),
                scroll.viewportBoundsProperty()));
        v.setSmooth(true);
        v.setAccessibleText(alt);
        Label caption = new Label(alt);
        caption.getStyleClass().addAll("text-muted", "guide-caption");
        caption.setWrapText(true);
        VBox box = new VBox(4, v, caption);
        box.getStyleClass().add("guide-picture");
        return box;
    }

    private static Optional<javafx.scene.image.Image> load(String classpath) {
        try (InputStream in = GuideView.class.getResourceAsStream(classpath)) {
            if (in == null) {
                return Optional.empty();
            }
            // decoded at the width it is drawn at: a 1366-pixel screenshot takes a third of the memory
            javafx.scene.image.Image i = new javafx.scene.image.Image(in, MAX_PICTURE_WIDTH, 0, true, true);
            return i.isError() ? Optional.empty() : Optional.of(i);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** A paragraph, a table cell or any block of inline text. */
    private TextFlow flow(org.commonmark.node.Node parent) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add("guide-text");
        inline(parent, f, List.of());
        f.setMinHeight(Region.USE_PREF_SIZE);
        return f;
    }

    private void inline(org.commonmark.node.Node parent, TextFlow f, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                f.getChildren().add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                f.getChildren().add(text(c.getLiteral(), plus(styles, "guide-inline-code")));
            } else if (n instanceof SoftLineBreak) {
                f.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                f.getChildren().add(text("\n", styles));
            } else if (n instanceof Emphasis) {
                inline(n, f, plus(styles, "guide-em"));
            } else if (n instanceof StrongEmphasis) {
                inline(n, f, plus(styles, "guide-strong"));
            } else if (n instanceof Link link) {
                f.getChildren().add(link(link));
            } else if (n instanceof Image img) {
                f.getChildren().add(picture(img));
            } else if (n instanceof HtmlInline) {
                continue;
            } else {
                inline(n, f, styles);
            }
        }
    }

    private Node link(Link link) {
        String text = Guide.plainText(link).strip();
        String d = link.getDestination() == null ? "" : link.getDestination();
        if (d.startsWith("#")) {
            Hyperlink h = new Hyperlink(text);
            h.getStyleClass().add("guide-link");
            h.setPadding(Insets.EMPTY);
            h.setOnAction(e -> show(d.substring(1)));
            return h;
        }
        // the app stays offline: a web address is shown, not opened
        Text t = text(text, List.of("guide-web-link"));
        Tooltip.install(t, new Tooltip(m.get("help.guide.webLink", d)));
        return t;
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("guide-run");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> plus(List<String> styles, String style) {
        List<String> out = new java.util.ArrayList<>(styles);
        out.add(style);
        return out;
    }
}
