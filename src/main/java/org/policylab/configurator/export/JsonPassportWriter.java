package org.policylab.configurator.export;

import java.io.IOException;
import java.io.OutputStream;
import org.policylab.configurator.io.JsonInput;

/** The passport exchange format; records the catalog version the passport was made with. */
final class JsonPassportWriter implements PassportWriter {
    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public void write(PassportDocument doc, OutputStream out) throws IOException {
        var p = doc.passport();
        if (p.catalogVersion() == null) {
            p = p.withCatalogVersion(doc.catalog().version());
        }
        JsonInput.mapper().writeValue(out, p);
    }
}
