package org.policylab.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;

/** Issue 14, item 7: Kazakhstan's own instruments and the national indicators, each trilingual, with its operator and source. */
class KazakhstanToolboxTest {
    static final List<String> INSTRUMENTS = List.of("damu-interest-rate-subsidies", "damu-loan-guarantees",
            "idf-leasing-and-loans", "investment-tax-preferences", "sez-and-industrial-zones",
            "industrial-assembly-agreements", "procurement-offsets", "national-company-offtake");
    static final List<String> KPIS = List.of("processed-goods-exports", "manufacturing-value-added",
            "labour-productivity-manufacturing", "kazakhstan-content-share");
    private final Catalog c = Fixtures.catalog();

    @Test
    void everyInstrumentIsTrilingualWithItsOperatorSeedsAndSource() {
        for (String id : INSTRUMENTS) {
            Instrument i = c.instrument(id).orElseThrow(() -> new AssertionError("missing " + id));
            trilingual(id, i.name());
            trilingual(id, i.description());
            trilingual(id, i.operator());
            assertThat(i.seeds()).as(id + " seeds").isNotEmpty();
            source(id, i.source());
            i.kpis().forEach(k -> assertThat(c.kpi(k)).as(id + " KPI " + k).isPresent());
        }
    }

    @Test
    void everyNationalIndicatorIsAnOutcomeWithItsSource() {
        for (String id : KPIS) {
            Kpi k = c.kpi(id).orElseThrow(() -> new AssertionError("missing " + id));
            trilingual(id, k.name());
            trilingual(id, k.unit());
            assertThat(k.isOutcome()).as(id).isTrue();
            assertThat(k.level()).as(id).isEqualTo(KpiLevel.GOVERNMENT);
            assertThat(k.seeds()).as(id + " seeds").isNotEmpty();
            source(id, k.source());
        }
    }

    @Test
    void aTaxPreferenceIsBookedAsTaxAndCalledByItsKazakhName() {
        Instrument itp = c.instrument("investment-tax-preferences").orElseThrow();
        assertThat(itp.incentive()).isEqualTo(Incentive.TAX);
        assertThat(itp.name().in(Language.RU)).isEqualTo("Инвестиционные налоговые преференции");
        assertThat(itp.description().in(Language.RU)).doesNotContain("налоговые кредиты");
    }

    private static void trilingual(String id, LocalizedText t) {
        assertThat(t).as(id).isNotNull();
        for (Language l : Language.values()) {
            assertThat(t.in(l)).as(id + " " + l).isNotBlank();
        }
        assertThat(t.in(Language.KK)).as(id + " kk differs from ru").isNotEqualTo(t.in(Language.RU));
    }

    private static void source(String id, Source s) {
        assertThat(s).as(id + " source").isNotNull();
        assertThat(s.title()).as(id + " source title").isNotBlank();
        assertThat(s.url()).as(id + " source url").startsWith("https://");
    }
}
