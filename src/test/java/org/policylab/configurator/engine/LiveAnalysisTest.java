package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Issue 16: the live side panel keeps the recommendation while the scenario is unchanged, and the checks keep what
 * they read in free text ({@link Texts#affirms}). After every edit of a planner's session — texts, the scenario, an
 * instrument added or removed, an undo back to an earlier state — the panel must equal a recomputation from scratch
 * (a new recommender, new checks, the kept text answers dropped), on every shipped demo scenario in all three
 * languages.
 */
class LiveAnalysisTest {
    private static final Catalog CATALOG = new Catalog(ShippedCatalog.load());

    /** Conditions a planner types: export-contingent, negated, domestic inputs, neutral. */
    private static final List<String> CONDITIONS = List.of(
            "Grant paid per unit exported", "not tied to export growth; open to every firm",
            "Субсидия предоставляется при условии экспорта не менее 30% продукции",
            "Без привязки к экспорту", "Only for firms that use domestic components instead of imports",
            "Экспорттау шарты жоқ", "Co-financing 30%, competitive call, review in 2029", "");

    @Test
    void thePanelAfterEachEditEqualsARecomputationFromScratch() throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        Random rnd = new Random(16);
        int kept = 0;
        int recomputed = 0;
        int withExportFinding = 0;
        int steps = 0;
        for (var scenario : lib.list()) {
            for (Language language : Language.values()) {
                LiveAnalysis live = new LiveAnalysis(new Recommender(CATALOG), new DesignChecks(CATALOG));
                ProgramPassport p = lib.load(scenario.id(), language);
                List<ProgramPassport> history = new ArrayList<>(List.of(p));
                LiveAnalysis.Result previous = null;
                for (int n = 0; n < 25; n++) {
                    p = edit(p, history, rnd);
                    history.add(p);
                    LiveAnalysis.Result panel = live.analyse(p);
                    Texts.forget();
                    LiveAnalysis.Result scratch = new LiveAnalysis.Result(
                            new Recommender(CATALOG).recommend(Scenario.from(p)), new DesignChecks(CATALOG).check(p));
                    assertThat(panel.recommendation()).as("recommendation after edit %d of %s (%s)", n, scenario.id(), language)
                            .isEqualTo(scratch.recommendation());
                    assertThat(panel.findings()).as("findings after edit %d of %s (%s)", n, scenario.id(), language)
                            .isEqualTo(scratch.findings());
                    assertThat(panel).isEqualTo(scratch);
                    if (previous != null && panel.recommendation() == previous.recommendation()) {
                        kept++;
                    } else {
                        recomputed++;
                    }
                    withExportFinding += panel.findings().stream()
                            .anyMatch(f -> f.rule().equals("export-contingent-subsidy")) ? 1 : 0;
                    previous = panel;
                    steps++;
                }
            }
        }
        // the sessions kept the recommendation and recomputed it, and the text edits changed what the checks found
        assertThat(kept).isGreaterThan(steps / 4);
        assertThat(recomputed).isGreaterThan(steps / 10);
        assertThat(withExportFinding).isBetween(steps / 20, steps - steps / 20);
    }

    /** One edit a planner could make. */
    private static ProgramPassport edit(ProgramPassport p, List<ProgramPassport> history, Random rnd) {
        var c = p.context();
        switch (rnd.nextInt(9)) {
            case 0:
                return p.withTitle(p.title() + " ·");
            case 1:
                return p.withContext(c.withStage(pick(Stage.values(), rnd)));
            case 2:
                return p.withContext(c.withSegments(rnd.nextBoolean() ? List.of(pick(Segment.values(), rnd))
                        : List.of(Segment.SME, Segment.STARTUP)));
            case 3:
                return p.withContext(rnd.nextBoolean() ? c.withGoal(pick(Goal.values(), rnd))
                        : c.withLevels(pick(Level.values(), rnd), pick(Level.values(), rnd)));
            case 4: {
                String id = CATALOG.instruments().get(rnd.nextInt(CATALOG.instruments().size())).id();
                boolean chosen = p.instruments().stream().anyMatch(si -> si.instrument().equals(id));
                return chosen ? p : Drafting.addInstrument(p, CATALOG, id, 2027);
            }
            case 5:
                return p.instruments().size() < 2 ? p : Drafting.removeInstrument(p, rnd.nextInt(p.instruments().size()));
            case 6:
                return history.get(rnd.nextInt(history.size())); // undo, or redo, to an earlier state
            default: {
                if (p.instruments().isEmpty()) {
                    return p;
                }
                int i = rnd.nextInt(p.instruments().size());
                SelectedInstrument si = p.instruments().get(i);
                String text = CONDITIONS.get(rnd.nextInt(CONDITIONS.size()));
                return p.replaceInstrument(i, si.withConditions(text.isEmpty() ? List.of() : List.of(text)));
            }
        }
    }

    private static <T> T pick(T[] values, Random rnd) {
        return values[rnd.nextInt(values.length)];
    }

    @Test
    void aChangedScenarioIsRecommendedAfresh() throws Exception {
        LiveAnalysis live = new LiveAnalysis(new Recommender(CATALOG), new DesignChecks(CATALOG));
        ProgramPassport p = ScenarioLibrary.shipped().load("ai-talent-drain", Language.EN);
        Recommendation first = live.analyse(p).recommendation();
        assertThat(live.analyse(p.withTitle("Another title")).recommendation()).isSameAs(first);
        Stage other = p.context().stage() == Stage.GROWTH ? Stage.MATURITY : Stage.GROWTH;
        Recommendation changed = live.analyse(p.withContext(p.context().withStage(other))).recommendation();
        assertThat(changed.scenario().stage()).isEqualTo(other);
        assertThat(changed).isEqualTo(new Recommender(CATALOG).recommend(Scenario.from(
                p.withContext(p.context().withStage(other)))));
    }
}
