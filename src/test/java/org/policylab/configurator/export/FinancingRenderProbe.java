package org.policylab.configurator.export;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policylab.configurator.i18n.Language;

/** Writes the financing passport's PDF in each language for a visual check: -Dfin.render=/some/dir. */
class FinancingRenderProbe {
    @Test
    @EnabledIfSystemProperty(named = "fin.render", matches = ".+")
    void render() throws Exception {
        for (Language l : Language.values()) {
            new Exporter().export(PassportFixtures.document(FinancingDocumentsTest.withFinancing(l), PassportFixtures.catalog(), l),
                    ExportFormat.PDF, Path.of(System.getProperty("fin.render"), "fin-" + l.id() + ".pdf"));
        }
    }
}
