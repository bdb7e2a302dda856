package org.policylab.configurator.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.ShippedCatalog;

/**
 * Catalogs for the benchmarks: the shipped one, and synthetic ones of any size grown from it.
 * A synthetic catalog of n instruments holds the shipped instruments followed by copies of them
 * with new ids ({@code <id>~<n>}) whose stages, segments and incentive are taken from other,
 * randomly drawn shipped instruments and shuffled; KPIs, problems, sectors and regions are the
 * shipped ones. Deterministic: the same n always gives the same catalog.
 */
public final class SyntheticCatalogs {
    private SyntheticCatalogs() {
    }

    public static CatalogDocument shippedDocument() {
        return ShippedCatalog.load();
    }

    /** "shipped", or a number of instruments. */
    public static Catalog named(String name) {
        CatalogDocument shipped = shippedDocument();
        return "shipped".equals(name) ? new Catalog(shipped) : new Catalog(grow(shipped, Integer.parseInt(name)));
    }

    public static CatalogDocument grow(CatalogDocument shipped, int size) {
        List<Instrument> base = shipped.instruments();
        Random rnd = new Random(0x5EEDL * 31 + size);
        List<Instrument> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instrument b = base.get(i % base.size());
            if (i < base.size()) {
                all.add(b);
                continue;
            }
            Instrument st = base.get(rnd.nextInt(base.size()));
            Instrument sg = base.get(rnd.nextInt(base.size()));
            Instrument inc = base.get(rnd.nextInt(base.size()));
            all.add(new Instrument(b.id() + "~" + i, b.name(), b.description(), b.category(), b.stipType(), inc.incentive(),
                    shuffled(st.stages(), rnd), shuffled(st.keyStages(), rnd),
                    shuffled(sg.segments(), rnd), shuffled(sg.keySegments(), rnd),
                    b.goals(), b.problems(), b.systemElement(), b.capabilities(), b.growthDrivers(), b.kpis(),
                    b.design(), b.risks(), b.tags(), b.seeds(), b.role()));
        }
        return new CatalogDocument(shipped.version() + "-synthetic-" + size, all, shipped.kpis(), shipped.problems(),
                shipped.sectors(), shipped.regions());
    }

    private static <T> List<T> shuffled(List<T> list, Random rnd) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, rnd);
        return copy;
    }
}
