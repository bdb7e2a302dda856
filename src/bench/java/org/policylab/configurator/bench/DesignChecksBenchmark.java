package org.policylab.configurator.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 4: all design checks on a 50-instrument passport over the shipped catalog. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DesignChecksBenchmark {
    private DesignChecks checks;
    private ProgramPassport passport;

    @Setup
    public void setUp() {
        Catalog c = SyntheticCatalogs.named("shipped");
        checks = new DesignChecks(c);
        passport = BenchData.checks50(c);
        if (passport.instruments().size() != 50 || checks.check(passport).isEmpty()) {
            throw new IllegalStateException("the benchmark passport does not exercise the checks");
        }
    }

    @Benchmark
    public List<Finding> check() {
        return checks.check(passport);
    }
}
