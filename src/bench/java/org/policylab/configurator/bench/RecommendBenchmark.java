package org.policylab.configurator.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.engine.Scenario;

/** Issue 4: latency of one recommendation on the shipped catalog and on synthetic catalogs of 1k–100k instruments. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecommendBenchmark {
    @Param({"shipped", "1000", "10000", "100000"})
    public String catalog;

    private Recommender recommender;
    private Scenario scenario;

    @Setup
    public void setUp() {
        Catalog c = SyntheticCatalogs.named(catalog);
        recommender = new Recommender(c);
        scenario = BenchData.scenario();
        Recommendation r = recommender.recommend(scenario);
        if (r.instruments().size() + r.governance().size() != c.instruments().size() || r.systemPackage().isEmpty()) {
            throw new IllegalStateException("the benchmark scenario does not exercise the recommender");
        }
    }

    @Benchmark
    public Recommendation recommend() {
        return recommender.recommend(scenario);
    }
}
