package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.Answer;
import org.policylab.configurator.catalog.Capability;
import org.policylab.configurator.catalog.GrowthDriver;
import org.policylab.configurator.catalog.Incentive;
import org.policylab.configurator.catalog.InstrumentTag;
import org.policylab.configurator.catalog.Risk;
import org.policylab.configurator.catalog.Role;
import org.policylab.configurator.catalog.Strength;
import org.policylab.configurator.catalog.SystemElement;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.ShippedCatalog;
import org.policylab.configurator.catalog.Stage;

/**
 * Issue 16: the production {@link Recommender} takes a fast path (each rule asked once per distinct profile, a
 * counting sort, reasons built when read); it must still return exactly what the plain one ({@link PlainRecommender},
 * every rule asked about every instrument, a comparison sort) returns — same instruments in the same order with the
 * same scores and reasons, ties in id order, same KPIs, system package, governance list and answering set — on random
 * scenarios over the shipped catalog, the shipped catalog in another order, grown catalogs up to 100,000 instruments,
 * random catalogs whose every field the rules read is drawn at random (problems answering random instruments, twice,
 * governance tools, unknown ids), catalogs of clones (nothing but ties), and whatever order the ranking is read in.
 */
class RecommenderEqualityTest {
    private static final CatalogDocument SHIPPED = ShippedCatalog.load();

    @Test
    void sameAsThePlainRecommenderOnTheShippedCatalog() {
        assertSame(new Catalog(SHIPPED), 1500, 1);
    }

    @Test
    void sameAsThePlainRecommenderWhateverTheCatalogsOrder() {
        List<Instrument> reversed = new ArrayList<>(SHIPPED.instruments());
        Collections.shuffle(reversed, new Random(7));
        assertSame(new Catalog(new CatalogDocument(SHIPPED.version(), reversed, SHIPPED.kpis(), SHIPPED.problems(),
                SHIPPED.sectors(), SHIPPED.regions())), 1000, 2);
    }

    @Test
    void sameAsThePlainRecommenderOnAGrownCatalog() {
        assertSame(new Catalog(grow(SHIPPED, 2000)), 300, 3);
    }

    @Test
    void sameAsThePlainRecommenderAtAHundredThousandInstruments() {
        assertSame(new Catalog(grow(SHIPPED, 100_000)), 12, 4);
    }

    @Test
    void sameAsThePlainRecommenderOnRandomCatalogs() {
        for (int k = 0; k < 30; k++) {
            Random rnd = new Random(100 + k);
            assertSame(new Catalog(randomCatalog(SHIPPED, 50 + rnd.nextInt(1500), rnd)), 40, 200 + k);
        }
    }

    @Test
    void tiesKeepIdOrderWhateverTheIdsLookLike() {
        // one instrument cloned under ids of every length and case: every score ties, only the id orders them
        Instrument base = SHIPPED.instruments().stream().filter(i -> !i.governance()).findFirst().orElseThrow();
        Instrument tool = SHIPPED.instruments().stream().filter(Instrument::governance).findFirst().orElseThrow();
        List<Instrument> clones = new ArrayList<>();
        Random rnd = new Random(11);
        for (int k = 0; k < 3000; k++) {
            String id = Integer.toString(rnd.nextInt(100_000), 2 + rnd.nextInt(35))
                    + (rnd.nextBoolean() ? "~" + k : "-" + k) + (rnd.nextBoolean() ? "A" : "a");
            clones.add((k % 7 == 0 ? tool : base).withId(id));
        }
        CatalogDocument doc = new CatalogDocument(SHIPPED.version(), clones, SHIPPED.kpis(), SHIPPED.problems(),
                SHIPPED.sectors(), SHIPPED.regions());
        assertSame(new Catalog(doc), 40, 12, false);
    }

    @Test
    void sameOnACatalogWithoutSupportOrWithoutInstruments() {
        List<Instrument> tools = SHIPPED.instruments().stream().filter(Instrument::governance).toList();
        assertSame(new Catalog(new CatalogDocument(SHIPPED.version(), tools, SHIPPED.kpis(), SHIPPED.problems(),
                SHIPPED.sectors(), SHIPPED.regions())), 50, 13, false);
        assertSame(new Catalog(new CatalogDocument(SHIPPED.version(), List.of(), SHIPPED.kpis(), SHIPPED.problems(),
                SHIPPED.sectors(), SHIPPED.regions())), 20, 14, false);
    }

    @Test
    void theRankingReadsTheSameInAnyOrderAndFromSeveralThreads() throws Exception {
        Catalog catalog = new Catalog(grow(SHIPPED, 5000));
        Recommender fast = new Recommender(catalog);
        PlainRecommender plain = new PlainRecommender(catalog);
        Random rnd = new Random(15);
        for (int n = 0; n < 20; n++) {
            Scenario s = scenario(catalog, rnd);
            Recommendation expected = plain.recommend(s);
            Recommendation actual = fast.recommend(s);
            List<Scored<Instrument>> ranked = actual.instruments();
            // read the entries in a random order, two threads at once, before any comparison
            List<Integer> places = new ArrayList<>();
            for (int k = 0; k < ranked.size(); k++) {
                places.add(k);
            }
            Collections.shuffle(places, rnd);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> places.subList(0, places.size() / 2 + 100).forEach(ranked::get));
                var b = pool.submit(() -> places.subList(places.size() / 2 - 100, places.size()).forEach(ranked::get));
                a.get();
                b.get();
            } finally {
                pool.shutdown();
            }
            for (int k : places) {
                assertThat(ranked.get(k)).as("place %d, scenario %s", k, s).isEqualTo(expected.instruments().get(k));
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static void assertSame(Catalog catalog, int scenarios, long seed) {
        assertSame(catalog, scenarios, seed, true);
    }

    private static void assertSame(Catalog catalog, int scenarios, long seed, boolean exercised) {
        Recommender fast = new Recommender(catalog);
        PlainRecommender plain = new PlainRecommender(catalog);
        Random rnd = new Random(seed);
        int withPackage = 0;
        int withAnswers = 0;
        for (int n = 0; n < scenarios; n++) {
            Scenario s = scenario(catalog, rnd);
            Recommendation expected = plain.recommend(s);
            Recommendation actual = fast.recommend(s);
            assertSameEntries("instruments", s, actual.instruments(), expected.instruments());
            assertSameEntries("governance", s, actual.governance(), expected.governance());
            assertThat(slots(actual)).as("system package of %s", s).isEqualTo(slots(expected));
            assertThat(actual.kpis()).as("KPIs of %s", s).isEqualTo(expected.kpis());
            assertThat(actual.answering()).as("answering of %s", s).isEqualTo(expected.answering());
            assertThat(actual).as("scenario %s", s).isEqualTo(expected);
            withPackage += expected.systemPackage().isEmpty() ? 0 : 1;
            withAnswers += expected.answering().isEmpty() ? 0 : 1;
        }
        if (exercised) {
            // the scenarios exercised the package and the answers, not only the plain ranking
            assertThat(withPackage).isGreaterThan(scenarios / 20);
            assertThat(withAnswers).isGreaterThan(scenarios / 2);
        }
    }

    private static List<String> slots(Recommendation r) {
        return r.systemPackage().stream().map(x -> x.element() + " " + x.instrument().item().id()).toList();
    }

    /** Place by place: the same instrument, score and reasons (a failure names the first place that differs). */
    private static void assertSameEntries(String what, Scenario s, List<Scored<Instrument>> actual,
                                          List<Scored<Instrument>> expected) {
        assertThat(actual).as("%s of %s", what, s).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            Scored<Instrument> a = actual.get(k);
            Scored<Instrument> e = expected.get(k);
            assertThat(a.item().id()).as("%s, place %d, scenario %s", what, k, s).isEqualTo(e.item().id());
            assertThat(a.score()).as("score of %s, scenario %s", e.item().id(), s).isEqualTo(e.score());
            assertThat(a.reasons()).as("reasons of %s, scenario %s", e.item().id(), s).isEqualTo(e.reasons());
        }
    }

    /**
     * A catalog whose every field a rule reads is drawn at random: stages and key stages (not always a subset, in any
     * order), segments, goals, incentive, growth drivers, system element, capabilities, risks, tags, role; problems
     * that answer random instruments (some twice with another strength, some governance tools, some unknown ids) and
     * ask or not for a system package or capabilities; sectors with random sensitivities, drivers and needs.
     */
    private static CatalogDocument randomCatalog(CatalogDocument shipped, int size, Random rnd) {
        List<Instrument> all = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            Instrument b = shipped.instruments().get(rnd.nextInt(shipped.instruments().size()));
            all.add(new Instrument(b.id() + "~" + k, b.name(), b.description(), b.category(), b.stipType(),
                    rnd.nextInt(6) == 0 ? null : pick(List.of(Incentive.values()), rnd),
                    some(Stage.values(), rnd), some(Stage.values(), rnd), some(Segment.values(), rnd),
                    some(Segment.values(), rnd), some(Goal.values(), rnd), b.problems(),
                    rnd.nextInt(6) == 0 ? null : pick(List.of(SystemElement.values()), rnd),
                    some(Capability.values(), rnd), some(GrowthDriver.values(), rnd), b.kpis(), b.design(),
                    some(Risk.values(), rnd), some(InstrumentTag.values(), rnd), b.seeds(),
                    rnd.nextInt(5) == 0 ? Role.GOVERNANCE : Role.SUPPORT));
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem p : shipped.problems()) {
            List<Answer> answers = new ArrayList<>();
            int count = rnd.nextInt(12);
            for (int k = 0; k < count; k++) {
                String id = rnd.nextInt(10) == 0 ? "no-such-instrument-" + k : all.get(rnd.nextInt(all.size())).id();
                answers.add(new Answer(id, pick(List.of(Strength.values()), rnd), null));
                if (rnd.nextInt(5) == 0) { // the same instrument again: the first answer counts
                    answers.add(new Answer(id, pick(List.of(Strength.values()), rnd), null));
                }
            }
            problems.add(new Problem(p.id(), p.name(), p.description(), p.symptoms(), p.rootCauses(),
                    p.diagnosticQuestions(), null, p.kpis(), p.systemElements(), rnd.nextBoolean(), rnd.nextBoolean(),
                    p.seeds(), answers));
        }
        List<Sector> sectors = new ArrayList<>();
        for (Sector x : shipped.sectors()) {
            Map<Incentive, Level> sensitivity = new EnumMap<>(Incentive.class);
            for (Incentive i : Incentive.values()) {
                if (rnd.nextBoolean()) {
                    sensitivity.put(i, Level.values()[rnd.nextInt(Level.values().length)]);
                }
            }
            sectors.add(new Sector(x.id(), x.name(), x.description(), some(GrowthDriver.values(), rnd), sensitivity,
                    some(SystemElement.values(), rnd), x.typicalStages(), x.seeds()));
        }
        return new CatalogDocument(shipped.version(), all, shipped.kpis(), problems, sectors, shipped.regions());
    }

    /** A random selection of the values (often none, sometimes one, any order). */
    private static <T> List<T> some(T[] values, Random rnd) {
        List<T> out = new ArrayList<>();
        int limit = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(values.length);
        List<T> shuffled = new ArrayList<>(List.of(values));
        Collections.shuffle(shuffled, rnd);
        for (int k = 0; k < limit; k++) {
            out.add(shuffled.get(k));
        }
        return out;
    }

    private static Scenario scenario(Catalog c, Random rnd) {
        List<Segment> segments = new ArrayList<>();
        for (Segment g : Segment.values()) {
            if (rnd.nextInt(3) == 0) {
                segments.add(g);
            }
        }
        Collections.shuffle(segments, rnd);
        return new Scenario(
                pick(c.problems().stream().map(Problem::id).toList(), rnd),
                pick(List.of(Stage.values()), rnd), segments, pick(List.of(Goal.values()), rnd),
                pick(c.sectors().stream().map(Sector::id).toList(), rnd),
                pick(c.regions().stream().map(Region::id).toList(), rnd),
                pick(List.of(Level.values()), rnd), pick(List.of(Level.values()), rnd));
    }

    /** One of the values, or none (a field the planner left empty) one time in six. */
    private static <T> T pick(List<T> values, Random rnd) {
        return values.isEmpty() || rnd.nextInt(6) == 0 ? null : values.get(rnd.nextInt(values.size()));
    }

    /** The benchmarks' grown catalog: copies with new ids whose stages, segments and incentive come from others. */
    private static CatalogDocument grow(CatalogDocument shipped, int size) {
        List<Instrument> base = shipped.instruments();
        Random rnd = new Random(size);
        List<Instrument> all = new ArrayList<>(base);
        for (int i = base.size(); i < size; i++) {
            Instrument b = base.get(i % base.size());
            Instrument st = base.get(rnd.nextInt(base.size()));
            Instrument sg = base.get(rnd.nextInt(base.size()));
            Instrument inc = base.get(rnd.nextInt(base.size()));
            all.add(new Instrument(b.id() + "~" + i, b.name(), b.description(), b.category(), b.stipType(), inc.incentive(),
                    st.stages(), st.keyStages(), sg.segments(), sg.keySegments(),
                    b.goals(), b.problems(), b.systemElement(), b.capabilities(), b.growthDrivers(), b.kpis(),
                    b.design(), b.risks(), b.tags(), b.seeds(), b.role()));
        }
        Collections.shuffle(all, rnd);
        return new CatalogDocument(shipped.version(), all, shipped.kpis(), shipped.problems(), shipped.sectors(),
                shipped.regions());
    }
}
