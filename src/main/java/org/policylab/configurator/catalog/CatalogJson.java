package org.policylab.configurator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;

/** Reads and writes the catalog exchange file. */
public final class CatalogJson {
    private CatalogJson() {
    }

    public static CatalogDocument read(Path file) throws InputException {
        return bind(file.toString(), JsonInput.readTree(file));
    }

    public static CatalogDocument parse(String name, String text) throws InputException {
        return bind(name, JsonInput.readTree(name, text));
    }

    public static CatalogDocument bind(String name, JsonNode tree) throws InputException {
        if (!tree.isObject()) {
            throw new InputException(org.policylab.configurator.io.Fault.of(name, "error.catalog.notObject"));
        }
        return JsonInput.bind(name, tree, CatalogDocument.class);
    }

    public static void write(CatalogDocument doc, Path file) throws OutputException {
        AtomicFiles.write(file, out -> JsonInput.mapper().writeValue(out, doc));
    }

    public static String toJson(Object value) {
        try {
            return JsonInput.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
