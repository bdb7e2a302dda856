package org.policylab.configurator.bench;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.LiveAnalysis;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.engine.Scenario;
import org.policylab.configurator.engine.Texts;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Issue 16: what the wizard's live side panel recomputes after each edit (the recommendation for the passport's
 * scenario and every design check), on the largest demo scenario (most instruments and KPIs; Russian, the language
 * with the longest texts) over the shipped catalog.
 *
 * <ul>
 *   <li>{@code afterEdit}: what the wizard does ({@code WizardModel.analyse} → {@link LiveAnalysis#analyse}) after an
 *       edit: five edits in six type a new conditions text into one of the instruments (a text never seen before, so
 *       the checks scan it), the sixth changes the stage (so the recommendation is computed again).</li>
 *   <li>{@code fromScratch}: the same panel with nothing kept: the recommendation and every check, every free text
 *       scanned again (the kept answers of {@link Texts#affirms} dropped first).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LivePanelBenchmark {
    private Recommender recommender;
    private DesignChecks checks;
    private LiveAnalysis live;
    private ProgramPassport passport;
    private ProgramPassport edited;
    private long edits;

    @Setup
    public void setUp() throws Exception {
        Catalog c = SyntheticCatalogs.named("shipped");
        recommender = new Recommender(c);
        checks = new DesignChecks(c);
        live = new LiveAnalysis(recommender, checks);
        ScenarioLibrary lib = ScenarioLibrary.shipped();
        passport = lib.list().stream()
                .map(s -> {
                    try {
                        return lib.load(s.id(), Language.RU);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .max(Comparator.comparingInt((ProgramPassport p) -> p.instruments().size() + p.kpis().size()))
                .orElseThrow();
        edited = passport;
        System.out.println("live panel on: " + passport.title() + " (" + passport.instruments().size() + " instruments, "
                + passport.kpis().size() + " KPIs)");
    }

    @Benchmark
    public LiveAnalysis.Result afterEdit() {
        long n = edits++;
        ProgramPassport p = edited;
        if (n % 6 == 5) {
            Stage stage = p.context().stage() == Stage.GROWTH ? Stage.MATURITY : Stage.GROWTH;
            p = p.withContext(p.context().withStage(stage));
        } else {
            int i = (int) (n % p.instruments().size());
            SelectedInstrument si = p.instruments().get(i);
            p = p.replaceInstrument(i, si.withConditions(List.of(
                    "Софинансирование не менее 30%, конкурсный отбор, правка " + n)));
        }
        edited = p;
        return live.analyse(p);
    }

    @Benchmark
    public void fromScratch(Blackhole bh) {
        Texts.forget();
        bh.consume(recommender.recommend(Scenario.from(passport)));
        bh.consume(checks.check(passport));
    }
}
