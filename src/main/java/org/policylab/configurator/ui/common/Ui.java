package org.policylab.configurator.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.policylab.configurator.i18n.Messages;

/** Small builders shared by the views: translated labels, tooltips, headings. */
public final class Ui {
    private Ui() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-3", "step-heading");
        l.setWrapText(true);
        return l;
    }

    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Label label(String text, Node labelFor) {
        Label l = new Label(text);
        l.setLabelFor(labelFor);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /**
     * An editable spinner of whole numbers (years, percentages): its text takes digits only, as many as its largest
     * value has, so letters never show in it; an empty text is no value; what it reads never throws (JavaFX's own
     * converter threw on "xyz" when the spinner committed it). A number outside its range is not taken (JavaFX would
     * have made "207" the smallest year allowed, silently): leaving the spinner shows the value it holds. Holds for
     * any value factory it is given later.
     */
    public static javafx.scene.control.Spinner<Integer> wholeNumbers(javafx.scene.control.Spinner<Integer> spinner) {
        spinner.setEditable(true);
        java.util.function.Consumer<javafx.scene.control.SpinnerValueFactory<Integer>> safe = f -> {
            if (f != null) {
                f.setConverter(new WholeNumbers(f));
            }
        };
        safe.accept(spinner.getValueFactory());
        spinner.valueFactoryProperty().addListener((o, a, b) -> safe.accept(b));
        spinner.focusedProperty().addListener((o, a, focused) -> {
            // after the spinner's own commit (its listener came first): the text is the value held, nothing else
            var f = spinner.getValueFactory();
            if (!focused && f != null) {
                String shown = f.getConverter().toString(f.getValue());
                if (!shown.equals(spinner.getEditor().getText())) {
                    spinner.getEditor().setText(shown);
                }
            }
        });
        spinner.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(change -> {
            var f = spinner.getValueFactory();
            int digits = f instanceof javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory i
                    ? String.valueOf(Math.max(Math.abs(i.getMax()), Math.abs(i.getMin()))).length() : 9;
            return change.getControlNewText().matches("\\d{0," + digits + "}") ? change : null;
        }));
        return spinner;
    }

    /** Digits to a whole number and back; text of no digits is no value. */
    static final class WholeNumbers extends javafx.util.StringConverter<Integer> {
        private final javafx.scene.control.SpinnerValueFactory<Integer> factory;

        WholeNumbers(javafx.scene.control.SpinnerValueFactory<Integer> factory) {
            this.factory = factory;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty()) {
                return null;
            }
            try {
                int v = Integer.parseInt(t);
                if (factory instanceof javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory i
                        && (v < i.getMin() || v > i.getMax())) {
                    return factory.getValue(); // out of range: not taken
                }
                return v;
            } catch (NumberFormatException e) {
                return factory.getValue(); // not a whole number: the value stays what it was
            }
        }
    }

    /**
     * A chart's axis of years: a label at each whole year and none between (an axis that ranges itself picks ticks a
     * quarter or half a year apart, which a label of the year's integer part showed as "2025 2025 2025 2025").
     */
    public static javafx.scene.chart.NumberAxis yearAxis() {
        javafx.scene.chart.NumberAxis x = new javafx.scene.chart.NumberAxis();
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickUnit(1);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return yearLabel(n);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        return x;
    }

    /** The label of a year axis' tick: the year at a whole year, nothing between. */
    private static String yearLabel(Number n) {
        double v = n.doubleValue();
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf(Math.round(v)) : "";
    }

    /** Attaches the glossary explanation of a term (help.term.*) to a control. */
    public static <T extends javafx.scene.control.Control> T explain(T control, Messages m, String term) {
        control.setTooltip(tip(m.get("help.term." + term)));
        return control;
    }

    public static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setMnemonicParsing(true);
        return b;
    }

    public static VBox column(double spacing, Node... children) {
        VBox v = new VBox(spacing, children);
        v.setPadding(new Insets(0));
        return v;
    }

    public static Region grow() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A list cell that shows each item as the given text (translated names of vocabulary values, formats...). */
    public static <T> javafx.scene.control.ListCell<T> textCell(java.util.function.Function<T, String> text) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A combo box whose list and button show each item as the given text. */
    public static <T> void showAs(javafx.scene.control.ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setButtonCell(textCell(text));
        box.setCellFactory(lv -> textCell(text));
    }

    /** A list cell that wraps its text to the list's width instead of scrolling sideways. */
    /**
     * A list cell that wraps its text to the list's width and is as tall as its lines (the theme's fixed cell height
     * of 2.8em cut a third line off with "…": a suggestion's ★ mark, a KPI's status; app.css, {@code .wraps}).
     */
    public static void fitWidth(javafx.scene.control.ListCell<?> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        if (!cell.getStyleClass().contains("wraps")) {
            cell.getStyleClass().add("wraps");
        }
    }

    public static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** Shows the node only when its action is offered to the login (team roles): otherwise it takes no space either. */
    public static <N extends javafx.scene.Node> N offeredIf(N node, boolean offered) {
        node.setVisible(offered);
        node.setManaged(offered);
        return node;
    }
}
