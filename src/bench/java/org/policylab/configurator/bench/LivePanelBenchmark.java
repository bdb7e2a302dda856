package org.policylab.configurator.bench;

import java.util.Comparator;
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
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.engine.Scenario;
import org.policylab.configurator.export.ScenarioLibrary;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Issue 16: what the wizard's live side panel recomputes after each edit ({@code WizardModel.analyse}: the
 * recommendation for the passport's scenario and every design check), on the largest demo scenario (most
 * instruments and KPIs; Russian, the language with the longest texts) over the shipped catalog.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LivePanelBenchmark {
    private Recommender recommender;
    private DesignChecks checks;
    private ProgramPassport passport;

    @Setup
    public void setUp() throws Exception {
        Catalog c = SyntheticCatalogs.named("shipped");
        recommender = new Recommender(c);
        checks = new DesignChecks(c);
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
        System.out.println("live panel on: " + passport.title() + " (" + passport.instruments().size() + " instruments, "
                + passport.kpis().size() + " KPIs)");
    }

    @Benchmark
    public void recompute(Blackhole bh) {
        bh.consume(recommender.recommend(Scenario.from(passport)));
        bh.consume(checks.check(passport));
    }
}
