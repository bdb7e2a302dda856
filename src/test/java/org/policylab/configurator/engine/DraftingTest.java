package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.passport.ExitTrigger;
import org.policylab.configurator.passport.Extension;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/** Adding an instrument starts the planner from the catalog's good practice. */
class DraftingTest {
    private final ProgramPassport blank = ProgramPassport.blank("Test", "en")
            .withContext(Fixtures.good().context().withSegments(List.of(Segment.SME, Segment.STARTUP)));

    @Test
    void supportThatMustEndComesWithASunsetAndAnExtensionOnlyOnReview() {
        ProgramPassport p = Drafting.addInstrument(blank, Fixtures.catalog(), "rd-grants", 2027);
        SelectedInstrument si = p.instruments().get(0);
        assertThat(si.endYear()).isEqualTo(2029);
        assertThat(si.exitTerms().sunsetYear()).isEqualTo(2029);
        assertThat(si.exitTerms().trigger()).isEqualTo(ExitTrigger.TIME);
        assertThat(si.exitTerms().extension()).isEqualTo(Extension.ON_REVIEW);
        assertThat(si.coFinancingShare()).isEqualTo(0.3);
        assertThat(p.kpis()).extracting(k -> k.kpi()).contains("commercialization-rate", "patents-filed");
        // an added instrument must not be extended automatically nor run past its typical duration
        assertThat(new DesignChecks(Fixtures.catalog()).check(p)).extracting(Finding::rule)
                .doesNotContain("automatic-extension", "support-too-long", "no-end-year", "no-exit-rule");
    }

    @Test
    void infrastructureThatNeedsNoExitRuleGetsNone() {
        ProgramPassport p = Drafting.addInstrument(blank, Fixtures.catalog(), "university-industry-campus", 2027);
        assertThat(p.instruments().get(0).exit()).isNull();
        assertThat(p.instruments().get(0).endYear()).isEqualTo(2034);
    }

    @Test
    void theDefaultKpisAddedAreOnlyThoseTheChecksWouldNotFlag() {
        // session 8's review: machinery at the growth stage, "Tax credits for technology upgrades" added "Energy intensity
        // of output" (a KPI of mature and declining industries), which the review step then warned against
        ProgramPassport growth = ProgramPassport.blank("Machinery", "en").withContext(Fixtures.good().context()
                .withSector("machinery").withStage(org.policylab.configurator.catalog.Stage.GROWTH)
                .withSegments(List.of(Segment.LARGE, Segment.SME)));
        ProgramPassport p = Drafting.addInstrument(growth, Fixtures.catalog(), "tech-upgrade-tax-credits", 2027);

        assertThat(p.kpis()).extracting(k -> k.kpi()).contains("labor-productivity").doesNotContain("energy-intensity");
        assertThat(p.instruments().get(0).kpis()).doesNotContain("energy-intensity");
        assertThat(new DesignChecks(Fixtures.catalog()).check(p)).extracting(Finding::rule)
                .doesNotContain("kpi-stage-mismatch", "kpi-sector-mismatch");

        // at the maturity stage the same instrument brings it
        ProgramPassport mature = Drafting.addInstrument(growth.withContext(growth.context()
                .withStage(org.policylab.configurator.catalog.Stage.MATURITY)), Fixtures.catalog(), "tech-upgrade-tax-credits", 2027);
        assertThat(mature.kpis()).extracting(k -> k.kpi()).contains("energy-intensity");
    }
}
