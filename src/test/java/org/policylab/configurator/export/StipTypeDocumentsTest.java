package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.StipTypes;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 13: each instrument's OECD STIP Compass type is in the passport document, in the document's language. */
class StipTypeDocumentsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theStipTypeOfEveryInstrumentIsShownTranslated(Language l) throws Exception {
        Catalog catalog = Fixtures.catalog();
        ProgramPassport p = Fixtures.good();
        Path md = dir.resolve("passport.md");
        new Exporter().export(p, catalog, l, ExportFormat.MD, md);
        String text = Files.readString(md);
        assertThat(text).contains(MarkdownPassportWriter.inline(DocumentText.of(l).get("f.stipType")));
        int shown = 0;
        for (var si : p.instruments()) {
            Instrument i = catalog.instrument(si.instrument()).orElseThrow();
            if (i.stipType() == null) {
                continue;
            }
            String name = StipTypes.name(i.stipType(), Messages.of(l));
            assertThat(text).as(si.instrument()).contains(MarkdownPassportWriter.inline(name));
            if (l != Language.EN) {
                assertThat(name).isNotEqualTo(i.stipType());
                assertThat(text).as("the English label is not in the %s document", l).doesNotContain(i.stipType());
            }
            shown++;
        }
        assertThat(shown).as("the fixture has instruments with a STIP type").isPositive();
    }
}
