package org.policylab.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;

/** The toolbox is rich, grounded in the seeds, and in three languages. */
class ShippedCatalogTest {
    private final Catalog c = Fixtures.catalog();

    /** The workspace decides on every start from this version alone whether the shipped catalog must be merged in. */
    @Test
    void theIndexVersionIsTheLoadedCatalogsVersion() {
        assertThat(ShippedCatalog.version()).isNotBlank().isEqualTo(ShippedCatalog.load().version());
    }

    @Test
    void countsMeetTheIssue() {
        assertThat(c.instruments()).hasSizeGreaterThanOrEqualTo(45);
        for (InstrumentCategory cat : InstrumentCategory.values()) {
            assertThat(c.instruments().stream().filter(i -> i.category() == cat)).as(cat.id()).hasSizeGreaterThanOrEqualTo(6);
        }
        assertThat(c.kpis()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(c.kpis().stream().filter(Kpi::isOutcome)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(c.problems()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(c.sectors()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(c.regions()).hasSize(20);
    }

    @Test
    void theListedIdsArePresent() {
        assertThat(c.problems()).extracting(Problem::id).contains("talent-drain", "low-productivity", "export-concentration",
                "import-dependence", "low-local-value-added", "weak-commercialization", "sme-finance-gap", "startup-scaleup-gap",
                "industry-decline", "weak-tech-absorption", "subsidy-dependence", "weak-innovation-networks");
        assertThat(c.sectors()).extracting(Sector::id).contains("biotech", "metallurgy", "ai", "new-materials");
        assertThat(c.regions()).extracting(Region::id).contains("astana-city", "almaty-city", "shymkent-city", "abai", "jetisu", "ulytau");
        // the seeds' named tools
        assertThat(c.instruments()).extracting(Instrument::id).contains("rd-grants", "concessional-loans", "sme-guarantee-fund",
                "prototyping-grants", "tech-risk-insurance", "fast-track-certification", "procurement-preference",
                "export-standards-compliance", "tech-parks-incubators", "regional-venture-funds", "export-accelerators",
                "industrial-clusters-logistics", "university-industry-campus", "direct-subsidies", "tax-incentives",
                "state-owned-vehicles", "foreign-player-constraints", "local-content-requirements", "tech-transfer-joint-ventures",
                "independent-expert-panels", "business-model-audits", "performance-based-contracts", "milestone-based-support",
                "co-funded-accelerators", "tech-upgrade-tax-credits", "pilot-regulatory-zones", "innovation-procurement",
                "design-prototyping-centers", "technology-integration-support", "data-capabilities", "market-entry-support",
                "networking-platforms", "talent-mobility");
        // the seeds' named indicators, and the outputs they warn about
        assertThat(c.kpis()).extracting(Kpi::id).contains("patents-filed", "commercialization-rate", "private-investment-volume",
                "revenue-growth-rate", "export-value", "global-market-share", "labor-productivity", "new-products-share",
                "cost-reduction", "job-retention", "revenue-per-worker", "export-share-of-sales", "rd-investment-share",
                "process-digitalization", "high-tech-firms-share", "public-private-research-ties", "post-subsidy-survival",
                "regional-non-commodity-exports", "export-per-tenge-support", "subsidy-payback-period", "private-capital-per-tenge",
                "net-job-creation", "new-markets-entered", "startup-3y-survival", "pilot-projects-large-clients",
                "ai-graduates-hired", "new-firms-registered", "domestic-value-added-share", "local-sourcing-share", "complex-exports",
                "factories-opened", "industrial-space-sqm", "events-held");
        assertThat(c.kpi("factories-opened").orElseThrow().kind()).isEqualTo(KpiKind.OUTPUT);
    }

    @Test
    void everyEntryHasNameAndDescriptionInThreeLanguagesAndKazakhLetters() {
        List<CatalogEntry> all = new java.util.ArrayList<>();
        all.addAll(c.instruments());
        all.addAll(c.kpis());
        all.addAll(c.problems());
        all.addAll(c.sectors());
        all.addAll(c.regions());
        for (CatalogEntry e : all) {
            for (LocalizedText t : List.of(e.name(), e.description())) {
                assertThat(t.en()).as(e.id() + " en").isNotBlank();
                assertThat(t.ru()).as(e.id() + " ru").isNotBlank().containsPattern("[а-яА-Я]");
                assertThat(t.kk()).as(e.id() + " kk").isNotBlank().containsPattern("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]");
            }
            assertThat(e.description().kk()).as(e.id() + " kk letters").containsPattern("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
        }
    }

    @Test
    void instrumentsCarryTheirDesignKnowledge() {
        for (Instrument i : c.instruments()) {
            assertThat(i.stages()).as(i.id()).isNotEmpty();
            assertThat(i.segments()).as(i.id()).isNotEmpty();
            assertThat(i.kpis()).as(i.id()).isNotEmpty();
            if (i.governance()) {
                // governance supports no one: no lever a sector responds to, no slot in a sector's system
                assertThat(i.systemElement()).as(i.id()).isNull();
                assertThat(i.incentive()).as(i.id()).isNull();
            } else {
                assertThat(i.systemElement()).as(i.id()).isNotNull();
                assertThat(i.incentive()).as(i.id()).isNotNull();
            }
            assertThat(i.seeds()).as(i.id()).isNotEmpty();
            assertThat(i.design().typicalDurationYears()).as(i.id()).isNotNull();
        }
        assertThat(c.instrument("direct-subsidies").orElseThrow().risks()).contains(Risk.RENT_WHEN_PERMANENT);
        assertThat(c.instrument("local-content-requirements").orElseThrow().risks()).contains(Risk.ASSEMBLY_TRAP);
        assertThat(c.instrument("local-content-requirements").orElseThrow().has(InstrumentTag.LOCAL_CONTENT)).isTrue();
        assertThat(c.instrument("tech-transfer-joint-ventures").orElseThrow().has(InstrumentTag.TECH_TRANSFER)).isTrue();
        Set<String> stip = c.instruments().stream().map(Instrument::stipType).filter(s -> s != null).collect(Collectors.toSet());
        assertThat(stip).contains("Grants for business R&D and innovation", "Debt guarantees and risk sharing schemes");
    }

    @Test
    void sectorsStateTheirSensitivityAsSeed003Says() {
        assertThat(c.sector("biotech").orElseThrow().sensitivityTo(Incentive.TAX)).isEqualTo(Level.HIGH);
        assertThat(c.sector("metallurgy").orElseThrow().sensitivityTo(Incentive.TAX)).isEqualTo(Level.LOW);
        assertThat(c.sector("metallurgy").orElseThrow().growthDrivers()).contains(GrowthDriver.LONG_TERM_ORDERS, GrowthDriver.LOGISTICS);
        assertThat(c.sector("biotech").orElseThrow().growthDrivers()).contains(GrowthDriver.VENTURE_FUNDING, GrowthDriver.QUICK_SCALE_UP);
        for (Sector s : c.sectors()) {
            assertThat(s.sensitivity()).as(s.id()).hasSize(Incentive.values().length);
        }
    }

    @Test
    void problemsCarrySeed002sQuestions() {
        for (Problem p : c.problems()) {
            assertThat(p.diagnosticQuestions()).as(p.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.symptoms()).as(p.id()).isNotEmpty();
            assertThat(p.rootCauses()).as(p.id()).isNotEmpty();
            assertThat(p.instruments()).as(p.id()).isNotEmpty();
        }
    }
}
