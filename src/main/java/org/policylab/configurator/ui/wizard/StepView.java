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
            // the instruments step writes its budget itself (Formats.parse, the same reading); the marker and echo come from here
            Node budget = root.lookup("#field-instruments-budget");
            if (budget instanceof javafx.scene.control.TextField f) {
                numberField(f, null);
            }
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

    /** Bring the field a finding points at into view and focus it. */
    void focus(String pointer) {
        Node n = node().lookup("#" + fieldId(pointer));
        if (n != null) {
            n.requestFocus();
        }
    }

    /** A node id for a JSON pointer: /instruments/0/endYear -> field-instruments-endYear. */
    static String fieldId(String pointer) {
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
     * with the reason as its tooltip, refreshed on every edit. The rule itself is plain Java
     * ({@link DraftValidation}).
     */
    protected void validate(javafx.scene.control.Control control, String pointer) {
        Runnable refresh = () -> {
            String key = DraftValidation.errors(passport(), step()).stream()
                    .filter(e -> e.pointer().equals(pointer)).map(DraftValidation.FieldError::messageKey).findFirst().orElse(null);
            decoration.removeDecorations(control);
            if (key != null && control.getScene() != null) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, m.get(key)));
            }
        };
        model.passportProperty().addListener((o, a, b) -> refresh.run());
        control.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(refresh);
            }
        });
    }

    /** Binds a text control to a passport text field, two-way, without feedback loops. */
    protected void bindText(TextInputControl field, java.util.function.Function<ProgramPassport, String> get,
                            java.util.function.BiFunction<ProgramPassport, String, ProgramPassport> set) {
        field.setText(nullToEmpty(get.apply(passport())));
        field.textProperty().addListener((o, a, b) -> {
            if (!b.equals(nullToEmpty(get.apply(passport())))) {
                edit(p -> set.apply(p, b.isBlank() ? null : b));
            }
        });
        model.passportProperty().addListener((o, a, b) -> {
            String v = nullToEmpty(get.apply(b));
            // while the planner types, the field is the truth; other changes (undo, load) flow in
            if (!field.isFocused() && !v.equals(field.getText()) && !(v.isEmpty() && field.getText().isBlank())) {
                field.setText(v);
            }
        });
    }

    /**
     * Keeps a list of the passport's items (instruments, KPIs, phases) in step with every edit,
     * undo included, keeping the selection; when the list grows with nothing selected, the new
     * last item is selected.
     */
    protected <T> void mirror(javafx.scene.control.ListView<T> view,
                              java.util.function.Function<ProgramPassport, java.util.List<T>> items, Runnable afterChange) {
        model.passportProperty().addListener((o, a, b) -> {
            java.util.List<T> before = items.apply(a);
            java.util.List<T> after = items.apply(b);
            if (before.equals(after)) {
                return;
            }
            int sel = view.getSelectionModel().getSelectedIndex();
            view.getItems().setAll(after);
            if (sel >= 0 && sel < after.size()) {
                view.getSelectionModel().select(sel);
            } else if (after.size() > before.size()) {
                view.getSelectionModel().selectLast();
            }
            afterChange.run();
        });
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
