package org.policylab.configurator.store;

/**
 * What a window hears from a team workspace, on a background thread (a JavaFX window hands it to its own thread).
 * Every method has an empty default, so a listener overrides only what it shows.
 */
public interface WorkspaceListener {
    /** One change saved by someone (or by this client: {@link Change#mine()}). */
    record Change(Kind kind, String item, int version, String by, boolean mine) {
    }

    enum Kind {
        /** A draft was saved, approved, commented or deleted: {@code item} is its id. */
        DRAFT,
        /** A catalog entry changed: {@code item} is {@code kind/id}. */
        CATALOG,
        /** Someone opened or closed a draft: {@code item} is its id. */
        PRESENCE
    }

    default void changed(Change change) {
    }

    /** The server became unreachable (false) or reachable again (true). */
    default void online(boolean online) {
    }

    /** After a reconnect: changes may have been missed, so read everything shown again. */
    default void refreshAll() {
    }

    /** A save made offline was refused when it was sent: show both sides. */
    default void conflict(ConflictException conflict) {
    }
}
