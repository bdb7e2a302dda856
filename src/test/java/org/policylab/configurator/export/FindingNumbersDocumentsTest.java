package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/** The design-check findings of a passport document write their numbers as the document's language does. */
class FindingNumbersDocumentsTest {
    @TempDir
    Path dir;

    private static ProgramPassport backwards() {
        ProgramPassport p = Fixtures.good();
        return p.replaceKpi(0, p.kpis().get(0).withBaseline(new YearValue(2026, 4500.5))
                .withTargets(List.of(new YearValue(2027, 1.5))));
    }

    @Test
    void kazakhAndEnglishDocumentsLocaliseTheNumbersOfAFinding() throws Exception {
        Path kk = dir.resolve("kk.md");
        new Exporter().export(backwards(), Fixtures.catalog(), Language.KK, ExportFormat.MD, kk);
        String kkText = Files.readString(kk);
        assertThat(kkText).contains("2027 жылғы нысана (1,5) базалық 4\u00a0500,5 мәнінен").doesNotContain("4500.5");

        Path en = dir.resolve("en.md");
        new Exporter().export(backwards(), Fixtures.catalog(), Language.EN, ExportFormat.MD, en);
        assertThat(Files.readString(en)).contains("the 2027 target 1.5 moves away from the baseline 4,500.5");
    }
}
