package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 7: every shipped scenario passes the checks except the flawed one, which shows what they catch. */
class ScenariosTest {
    private final ScenarioLibrary lib = ScenarioLibrary.shipped();
    private final DesignChecks checks = new DesignChecks(Fixtures.catalog());

    /** The start screen lists the titles read from the files' top level: the same titles the full, validated read gives. */
    @Test
    void theListedTitleIsThePassportsTitle() throws Exception {
        for (ScenarioLibrary.Scenario s : lib.list()) {
            for (var e : s.files().entrySet()) {
                assertThat(ScenarioLibrary.topLevelTitle(ScenarioLibrary.read(e.getValue())))
                        .contains(lib.load(s.id(), e.getKey()).title());
            }
        }
        assertThat(ScenarioLibrary.topLevelTitle("{\"schemaVersion\": 2, \"kpis\": [{\"title\": \"no\"}], \"title\": \"Yes\"}"))
                .contains("Yes");
        assertThat(ScenarioLibrary.topLevelTitle("{\"kpis\": [{\"title\": \"nested\"}]}")).isEmpty();
        assertThat(ScenarioLibrary.topLevelTitle("not json")).isEmpty();
    }

    @Test
    void atLeastSevenScenariosInThreeLanguages() throws Exception {
        assertThat(lib.list()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(lib.list()).extracting(ScenarioLibrary.Scenario::id).contains("ai-talent-drain", "suzhou-cluster",
                "new-materials-package", "metallurgy-decline", "biotech-startups", "creative-economy-mission", "flawed-program");
        for (ScenarioLibrary.Scenario s : lib.list()) {
            ProgramPassport en = lib.load(s.id(), Language.EN);
            for (Language l : Language.values()) {
                ProgramPassport p = lib.load(s.id(), l);
                assertThat(p.language()).isEqualTo(l.id());
                assertThat(p.instruments()).isEqualTo(en.instruments().stream().map(i -> p.instruments().get(en.instruments().indexOf(i))).toList());
                assertThat(p.context()).isEqualTo(en.context());
            }
            assertThat(lib.load(s.id(), Language.KK).title()).containsPattern("[әғқңөұүһі]");
        }
    }

    @Test
    void everyScenarioButTheFlawedOnePassesTheChecks() throws Exception {
        for (ScenarioLibrary.Scenario s : lib.list()) {
            for (Language l : Language.values()) {
                List<Finding> f = checks.check(lib.load(s.id(), l));
                if (s.id().equals("flawed-program")) {
                    Set<String> rules = new HashSet<>();
                    f.stream().filter(x -> x.severity() != Severity.INFO).forEach(x -> rules.add(x.rule()));
                    assertThat(rules).as("distinct pitfalls caught in the flawed program").hasSizeGreaterThanOrEqualTo(5)
                            .contains("no-end-year", "only-output-kpis", "local-content-by-assembly", "incumbents-only", "automatic-subsidy");
                } else {
                    assertThat(DesignChecks.hasErrors(f)).as(s.id() + " " + l + " " + f).isFalse();
                }
            }
        }
    }

    /**
     * A scenario names the catalog it was made with, and that is the catalog the app ships: its instruments and KPIs
     * are all in it. A passport exported from a demo says "Catalog version: 2026.1" to its reader while 2026.2 is
     * installed otherwise; when the catalog's version is raised, each scenario is checked against it and raised too.
     */
    @Test
    void everyScenarioIsMadeWithTheShippedCatalog() throws Exception {
        String version = org.policylab.configurator.catalog.ShippedCatalog.version();
        assertThat(version).isEqualTo(Fixtures.catalog().version());
        for (ScenarioLibrary.Scenario s : lib.list()) {
            for (Language l : Language.values()) {
                ProgramPassport p = lib.load(s.id(), l);
                String at = s.id() + " " + l;
                assertThat(p.catalogVersion()).as(at).isEqualTo(version);
                p.instruments().forEach(i -> {
                    assertThat(Fixtures.catalog().instrument(i.instrument())).as(at + " " + i.instrument()).isPresent();
                    i.kpis().forEach(k -> assertThat(Fixtures.catalog().kpi(k)).as(at + " " + k).isPresent());
                });
                p.kpis().forEach(k -> assertThat(Fixtures.catalog().kpi(k.kpi())).as(at + " " + k.kpi()).isPresent());
            }
        }
    }

    /** Issue 14: every demo scenario carries its document type, financing by source and year, an action plan, risks and a cascade. */
    @Test
    void everyScenarioIsAPassportAMinistryCanFile() throws Exception {
        for (ScenarioLibrary.Scenario s : lib.list()) {
            for (Language l : Language.values()) {
                ProgramPassport p = lib.load(s.id(), l);
                String at = s.id() + " " + l;
                assertThat(p.documentType()).as(at).isNotNull();
                assertThat(p.developer()).as(at).isNotBlank();
                assertThat(p.responsibleExecutors()).as(at).isNotEmpty();
                assertThat(p.instruction()).as(at).isNotNull();
                assertThat(p.financing()).as(at).isNotEmpty();
                assertThat(p.actions()).as(at).isNotEmpty();
                assertThat(p.risks()).as(at).hasSizeBetween(3, 5);
                assertThat(p.evaluationMethod()).as(at).isNotBlank();
                assertThat(p.kpis()).as(at).anyMatch(k -> k.serves() != null);
            }
        }
    }

    /** The same program in three languages: the same money, years, sources, cascade ids and plan amounts. */
    @Test
    void theThreeLanguagesCarryTheSameNumbers() throws Exception {
        for (ScenarioLibrary.Scenario s : lib.list()) {
            ProgramPassport en = lib.load(s.id(), Language.EN);
            for (Language l : Language.values()) {
                ProgramPassport p = lib.load(s.id(), l);
                String at = s.id() + " " + l;
                assertThat(p.documentType()).as(at).isEqualTo(en.documentType());
                assertThat(p.financing().stream().map(f -> f.source() + "/" + f.year() + "/" + f.amount() + "/" + f.instrument()).toList())
                        .as(at).isEqualTo(en.financing().stream().map(f -> f.source() + "/" + f.year() + "/" + f.amount() + "/" + f.instrument()).toList());
                assertThat(p.taxExpenditures()).as(at).isEqualTo(en.taxExpenditures());
                assertThat(p.actions().stream().map(a -> a.source() + "/" + a.amount() + "/" + a.instrument() + "/" + a.executors().size()).toList())
                        .as(at).isEqualTo(en.actions().stream().map(a -> a.source() + "/" + a.amount() + "/" + a.instrument() + "/" + a.executors().size()).toList());
                assertThat(p.kpis().stream().map(k -> k.kpi() + "/" + (k.serves() == null ? null : k.serves().id()) + "/" + k.baseline() + "/" + k.targets()).toList())
                        .as(at).isEqualTo(en.kpis().stream().map(k -> k.kpi() + "/" + (k.serves() == null ? null : k.serves().id()) + "/" + k.baseline() + "/" + k.targets()).toList());
                assertThat(p.risks()).as(at).hasSameSizeAs(en.risks());
            }
        }
    }
}
