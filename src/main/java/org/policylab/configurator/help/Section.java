package org.policylab.configurator.help;

/**
 * A heading of the guide with the text under it up to the next heading of any level: {@code id} from its
 * {@code {#id}} (else made from the title), {@code level} 1–6, {@code text} the plain words, for search.
 */
public record Section(String id, int level, String title, String text) {
}
