package org.policylab.configurator.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * A part of the window shown for reading only (a reviewer's wizard): every field in it, now and whenever one is added
 * later — the terms editor built when an instrument is picked, a KPI's target rows, a list cell, a control's skin — is
 * made read only. Text can be selected and copied, not changed; choices, check boxes and buttons are disabled; lists
 * and scrolling stay, so an item can still be picked to read its details. A field that tries to become editable again
 * (code that enables a button as the selection changes) is set back. Applied once to a container, it cannot be
 * forgotten by whoever adds a field to it next.
 */
public final class ReadOnlyTree {
    private static final String MARK = ReadOnlyTree.class.getName();
    private static final String EXEMPT = MARK + ".exempt";

    private ReadOnlyTree() {
    }

    /** Makes {@code root} and everything in it, now and later, read only. Applying it twice changes nothing. */
    public static void follow(Node root) {
        apply(root);
    }

    /**
     * Keeps {@code n} and everything in it usable inside a read-only container (a reviewer's comment box: commenting
     * is a reviewer's right). Mark it before it is added to the container.
     */
    public static void exempt(Node n) {
        n.getProperties().put(EXEMPT, Boolean.TRUE);
    }

    /** Whether the node was made read only by {@link #follow} (on its own or as part of a container). */
    public static boolean isFollowed(Node n) {
        return n.getProperties().containsKey(MARK);
    }

    private static void apply(Node n) {
        if (n == null || isFollowed(n) || n.getProperties().containsKey(EXEMPT)) {
            return;
        }
        n.getProperties().put(MARK, Boolean.TRUE);
        if (n instanceof TextInputControl t) {
            if (t.editableProperty().isBound()) {
                t.editableProperty().unbind();
            }
            t.setEditable(false);
            t.editableProperty().addListener((ChangeListener<Boolean>) (o, a, b) -> {
                if (b && !t.editableProperty().isBound()) {
                    t.setEditable(false);
                }
            });
        } else if (changesSomething(n)) {
            if (n.disableProperty().isBound()) {
                n.disableProperty().unbind();
            }
            n.setDisable(true);
            n.disableProperty().addListener((ChangeListener<Boolean>) (o, a, b) -> {
                if (!b && !n.disableProperty().isBound()) {
                    n.setDisable(true);
                }
            });
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(ReadOnlyTree::apply);
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    if (c.wasAdded()) {
                        c.getAddedSubList().forEach(ReadOnlyTree::apply);
                    }
                }
            });
        }
    }

    /** A control whose use changes a value: a button, check box, combo box, date picker, spinner, choice or slider. */
    private static boolean changesSomething(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof Spinner<?> || n instanceof ChoiceBox<?>
                || n instanceof Slider;
    }
}
