package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
 * Issue 16: the production {@link Recommender} was made fast; it must still return exactly what the plain one
 * ({@link PlainRecommender}, the code as it was) returns — same instruments in the same order with the same
 * scores and reasons, same KPIs, system package, governance list and answering set — on random scenarios over
 * the shipped catalog, the shipped catalog in another order, and a grown catalog of 2,000 instruments with
 * many equal scores.
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

    private static void assertSame(Catalog catalog, int scenarios, long seed) {
        Recommender fast = new Recommender(catalog);
        PlainRecommender plain = new PlainRecommender(catalog);
        Random rnd = new Random(seed);
        int withPackage = 0;
        int withAnswers = 0;
        for (int n = 0; n < scenarios; n++) {
            Scenario s = scenario(catalog, rnd);
            Recommendation expected = plain.recommend(s);
            Recommendation actual = fast.recommend(s);
            assertThat(actual).as("scenario %s", s).isEqualTo(expected);
            withPackage += expected.systemPackage().isEmpty() ? 0 : 1;
            withAnswers += expected.answering().isEmpty() ? 0 : 1;
        }
        // the scenarios exercised the package and the answers, not only the plain ranking
        assertThat(withPackage).isGreaterThan(scenarios / 20);
        assertThat(withAnswers).isGreaterThan(scenarios / 2);
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
