package org.policylab.configurator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;

/** The catalog that ships inside the app: {@code templates/catalog/*.json}, listed in {@code index.json}. */
public final class ShippedCatalog {
    public static final String FOLDER = "templates/catalog/";

    private ShippedCatalog() {
    }

    public static CatalogDocument load() {
        try {
            JsonNode index = JsonInput.readTree("index.json", read("index.json"));
            CatalogDocument all = new CatalogDocument(index.path("version").asText(null), null, null, null, null, null);
            for (JsonNode f : index.path("files")) {
                String name = f.asText();
                all = all.plus(CatalogJson.parse(FOLDER + name, read(name)));
            }
            return new CatalogDocument(index.path("version").asText(all.version()), all.instruments(), all.kpis(),
                    all.problems(), all.sectors(), all.regions());
        } catch (InputException e) {
            throw new IllegalStateException("the shipped catalog is broken: " + e.getMessage(), e);
        }
    }

    /**
     * The shipped catalog's version, read from {@code index.json} alone (a few hundred bytes): what the workspace
     * compares with its stored catalog on every start, without parsing and validating the catalog itself.
     */
    public static String version() {
        try {
            return JsonInput.readTree("index.json", read("index.json")).path("version").asText(null);
        } catch (InputException e) {
            throw new IllegalStateException("the shipped catalog is broken: " + e.getMessage(), e);
        }
    }

    private static String read(String name) throws InputException {
        String path = FOLDER + name;
        try (InputStream in = ShippedCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new InputException(org.policylab.configurator.io.Fault.of(path, "error.input.missingResource"));
            }
            return JsonInput.readText(path, in);
        } catch (java.io.IOException e) {
            throw new InputException(org.policylab.configurator.io.Fault.of(path, "error.input.unreadable", e.getClass().getSimpleName()));
        }
    }
}
