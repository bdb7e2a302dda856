package org.policylab.configurator.ui.wizard;

import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.i18n.NumberInput;
import org.policylab.configurator.passport.DraftValidation;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;

/** A wizard step: a small view over the one wizard model. */
abstract class StepView {

    protected final WizardModel model;
    protected final Messages m;
    protected final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private Node root;

    StepView(WizardModel model, Messages m) {
        this.model = model;
        this.m = m;
    }

    abstract WizardStep step();

    protected abstract Node create();

    final Node node() {
        if (root == null) {
            root = create();
        }
        return root;
    }

    /**
     * A field for a number as the UI language writes it ({@link NumberInput}). Each edit that
     * reads as a number (or a blank) goes to {@code write}; text that does not read as one
     * writes nothing, gets a ControlsFX error marker with the reason, and keeps the status from
     * saying "saved". When the field loses focus it shows the number as understood, written the
     * language's way. {@code write} may be null when the step writes the value itself.
     */
    protected void numberField(javafx.scene.control.TextField field, java.util.function.Consumer<java.math.BigDecimal> write) {
        java.util.function.Supplier<NumberInput.Result> check = () -> {
            NumberInput.Result r = NumberInput.parse(m.language(), field.getText());
            decoration.removeDecorations(field);
            if (r instanceof NumberInput.Invalid bad && field.getScene() != null) {
                model.unreadableFields().add(field);
                decoration.applyValidationDecoration(ValidationMessage.error(field, m.get(bad.messageKey(), bad.argument())));
            } else {
                model.unreadableFields().remove(field);
            }
            return r;
        };
        field.textProperty().addListener((o, a, b) -> {
            NumberInput.Result r = check.get();
            if (!r.isInvalid() && write != null) {
                write.accept(r.valueOrNull());
            }
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && NumberInput.parse(m.language(), field.getText()) instanceof NumberInput.Value v) {
                String echo = NumberInput.format(m.language(), v.value());
                if (!echo.equals(field.getText())) {
                    field.setText(echo);
                }
            }
        });
        // back on screen (another step, then this one again): the marker comes back with it; a new
        // wizard view (language switch, reload) starts with no unreadable fields
        field.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(check::get);
            }
        });
    }

    /** The view model this step binds to; it goes with the view ({@link #dispose()}). */
    abstract StepViewModel viewModel();

    /** Takes the view model's listeners off the wizard model: this view is no longer shown. */
    void dispose() {
        viewModel().dispose();
    }

    /**
     * Bring the field a finding points at into view and focus it; a pointer into a list
     * (/instruments/2/exitRule) first selects that item.
     */
    void focus(String pointer) {
        selectItemOf(pointer);
        Node n = node().lookup("#" + fieldId(pointer));
        if (n != null) {
            n.requestFocus();
        }
    }

    /** Selects the item a pointer names (its first index); steps with lists override. */
    protected void selectItemOf(String pointer) {
    }

    /** The index of a pointer's item in the list it names: /instruments/2/exitRule -> 2; -1 for none. */
    static int itemIndex(String pointer) {
        java.util.regex.Matcher mx = java.util.regex.Pattern.compile("^/[^/]+/(\\d+)").matcher(pointer);
        return mx.find() ? Integer.parseInt(mx.group(1)) : -1;
    }

    /**
     * A node id for a JSON pointer, item indexes left out (the item is selected, its fields shown):
     * /instruments/0/endYear -> field-instruments-endYear; a gate of an instrument is its row
     * (/instruments/1/gates/0 -> gate-0-year).
     */
    static String fieldId(String pointer) {
        java.util.regex.Matcher gate = java.util.regex.Pattern.compile("^/instruments/\\d+/gates/(\\d+)").matcher(pointer);
        if (gate.find()) {
            return "gate-" + gate.group(1) + "-year";
        }
        String p = pointer.replaceAll("/\\d+", "");
        return "field" + p.replace('/', '-');
    }

    protected ProgramPassport passport() {
        return model.passport();
    }

    protected Catalog catalog() {
        return model.services().catalog();
    }

    protected void edit(UnaryOperator<ProgramPassport> change) {
        model.edit(change);
    }

    /**
     * Marks a control with the step's validation error for a pointer: a ControlsFX error graphic
     * with the reason as its tooltip. The rule is plain Java ({@link DraftValidation}); the view
     * model says which error holds now.
     */
    protected void validate(javafx.scene.control.Control control, String pointer) {
        javafx.beans.value.ObservableValue<String> error = viewModel().error(step(), pointer);
        Runnable refresh = () -> {
            String key = error.getValue();
            decoration.removeDecorations(control);
            if (key != null && control.getScene() != null) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, m.get(key)));
            }
        };
        error.addListener((o, a, b) -> refresh.run());
        control.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(refresh);
            }
        });
    }

    /** A text control shows a field of the view model and nothing else; leaving it ends the undo step. */
    static void bind(TextInputControl field, DraftField<String> value) {
        field.textProperty().bindBidirectional(value.valueProperty());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                value.model().endTyping();
            }
        });
    }

    /** A number field: bound like text, with the marker and echo of {@link #numberField}. */
    protected void bindNumber(javafx.scene.control.TextField field, DraftField<String> value) {
        bind(field, value);
        numberField(field, null);
    }

    static <V> void bind(javafx.scene.control.ComboBox<V> box, DraftField<V> value) {
        box.valueProperty().bindBidirectional(value.valueProperty());
    }

    static void bind(javafx.scene.control.CheckBox box, DraftField<Boolean> value) {
        box.selectedProperty().bindBidirectional(value.valueProperty());
    }

    /** A year spinner over an optional year: empty shows as empty; the arrows then start from {@code from}. */
    protected static void bind(javafx.scene.control.Spinner<Integer> spinner, DraftField<Integer> value, int from) {
        var f = spinner.getValueFactory();
        int min = ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) f).getMin();
        int max = ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) f).getMax();
        int step = ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) f).getAmountToStepBy();
        javafx.scene.control.SpinnerValueFactory<Integer> safe = new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(
                min, max, from, step) {
            @Override
            public void decrement(int steps) {
                if (getValue() == null) {
                    setValue(from);
                } else {
                    super.decrement(steps);
                }
            }

            @Override
            public void increment(int steps) {
                if (getValue() == null) {
                    setValue(from);
                } else {
                    super.increment(steps);
                }
            }
        };
        spinner.setValueFactory(safe);
        safe.valueProperty().bindBidirectional(value.valueProperty());
    }

    /**
     * A list view over one of the passport's lists: it shows the view model's items and selection
     * and reports the planner's clicks; nothing else.
     */
    protected static <T> void bind(javafx.scene.control.ListView<T> view, ItemList<T> list) {
        view.setItems(list.items());
        Runnable show = () -> {
            int i = list.index();
            if (i < 0) {
                view.getSelectionModel().clearSelection();
            } else if (view.getSelectionModel().getSelectedIndex() != i) {
                view.getSelectionModel().select(i);
            }
        };
        show.run();
        list.selectedProperty().addListener((o, a, b) -> show.run());
        list.items().addListener((javafx.collections.ListChangeListener<T>) c -> show.run());
        view.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> list.select(b.intValue()));
    }

    /** "Add the selected suggestion": disabled while nothing is selected; a double click does the same. */
    protected <T> javafx.scene.control.Button addButton(String text, String id, javafx.scene.control.ListView<T> suggestions,
                                                        java.util.function.Consumer<T> add) {
        javafx.scene.control.Button b = org.policylab.configurator.ui.common.Ui.button(text, () -> {
            T selected = suggestions.getSelectionModel().getSelectedItem();
            if (selected != null) {
                add.accept(selected);
                suggestions.refresh();
            }
        });
        b.setId(id);
        b.disableProperty().bind(javafx.beans.binding.Bindings.isNull(suggestions.getSelectionModel().selectedItemProperty()));
        suggestions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                b.fire();
            }
        });
        return b;
    }

    /** A list cell showing a reporting frequency (annual, quarterly...) in the UI language. */
    protected javafx.scene.control.ListCell<String> frequencyCell() {
        return org.policylab.configurator.ui.common.Ui.textCell(f -> m.get("frequency." + f));
    }

    /**
     * A choice of vocabulary values (exit trigger, selection method...) shown in the UI language, with "—" (not
     * set) first so a choice can be taken back.
     */
    static <E extends org.policylab.configurator.catalog.Vocabulary> javafx.scene.control.ComboBox<E> vocabularyChoice(
            Messages m, String id, E[] values) {
        java.util.List<E> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(java.util.Arrays.asList(values));
        javafx.scene.control.ComboBox<E> box = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(items));
        box.setId(id);
        javafx.util.Callback<javafx.scene.control.ListView<E>, javafx.scene.control.ListCell<E>> cell =
                lv -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(E item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item == null ? "—" : m.get(item.messageKey()));
                    }
                };
        box.setButtonCell(cell.call(null));
        box.setCellFactory(cell);
        return box;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
