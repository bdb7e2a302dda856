package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a catalog entry comes from: the public document or page (title and address) and a note on what it
 * supports and what is not confirmed there. An entry that is not sure of its legal basis says so in the note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String title, String url, String note) {
}
