package org.policylab.configurator.engine;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.Instrument;

/**
 * The recommender's view of one catalog snapshot, compiled once (issue 16): the instruments in id order, and for each
 * scoring rule the distinct profiles the instruments present to it (what the rule reads of an instrument, e.g. its
 * stages and key stages for the stage rule) with, per instrument, the index of its profile.
 *
 * <p>A rule gives equal reasons to instruments of equal profile, because a profile is all the rule can read. So a
 * recommendation asks each rule once per distinct profile (about 700 in all for 100,000 synthetic instruments), adds up
 * the points per instrument with array look-ups, ranks the instruments with a counting sort on the score, and builds
 * the reasons of an instrument only when someone reads its place in the ranking ({@link LazyRanking}). The rules
 * themselves, and their weights in {@link Weights}, stay where they were written: in {@link Recommender}.
 */
final class CatalogColumns {
    /** The instruments sorted by id: the tie order of every ranking. */
    final Instrument[] byId;
    /** Index in {@link #byId} by instrument id. */
    final Map<String, Integer> indexOf;
    final boolean[] governance;
    /** Indices of the support instruments and of the governance tools, ascending (id order). */
    final int[] support;
    final int[] governanceTools;
    /** {@link Recommender#rent}: never fills a package slot the problem did not ask for. */
    final boolean[] rent;
    final Column<Recommender.StageFit> stages;
    final Column<Recommender.SegmentFit> segments;
    final Column<Recommender.GoalFit> goals;
    final Column<Recommender.SectorFit> sectors;
    final Column<Recommender.RegionFit> regions;
    final Column<Recommender.CapabilityFit> capabilities;
    final Column<Recommender.RiskFit> risks;

    CatalogColumns(Catalog catalog) {
        byId = catalog.instruments().stream().sorted(Comparator.comparing(Instrument::id)).toArray(Instrument[]::new);
        int n = byId.length;
        indexOf = new HashMap<>(n * 2);
        governance = new boolean[n];
        rent = new boolean[n];
        for (int x = 0; x < n; x++) {
            Instrument i = byId[x];
            indexOf.put(i.id(), x);
            governance[x] = i.governance();
            rent[x] = Recommender.rent(i);
        }
        support = IntStream.range(0, n).filter(x -> !governance[x]).toArray();
        governanceTools = IntStream.range(0, n).filter(x -> governance[x]).toArray();
        stages = new Column<>(byId, Recommender.StageFit::of, x -> true);
        // the rules of support instruments say nothing of a governance tool
        segments = new Column<>(byId, Recommender.SegmentFit::of, x -> !governance[x]);
        goals = new Column<>(byId, Recommender.GoalFit::of, x -> !governance[x]);
        sectors = new Column<>(byId, Recommender.SectorFit::of, x -> !governance[x]);
        regions = new Column<>(byId, Recommender.RegionFit::of, x -> !governance[x]);
        capabilities = new Column<>(byId, Recommender.CapabilityFit::of, x -> !governance[x]);
        risks = new Column<>(byId, Recommender.RiskFit::of, x -> !governance[x]);
    }

    int size() {
        return byId.length;
    }

    /**
     * One rule's profiles: the distinct values and, per instrument (id order), the index of its value. Index 0 is no
     * profile (null): the instruments the rule says nothing of.
     */
    static final class Column<P> {
        final List<P> values;
        final int[] of;

        Column(Instrument[] byId, Function<Instrument, P> profile, IntPredicate applies) {
            Map<P, Integer> seen = new HashMap<>();
            List<P> distinct = new ArrayList<>();
            distinct.add(null);
            of = new int[byId.length];
            for (int x = 0; x < byId.length; x++) {
                if (!applies.test(x)) {
                    continue;
                }
                P p = profile.apply(byId[x]);
                Integer k = seen.get(p);
                if (k == null) {
                    k = distinct.size();
                    seen.put(p, k);
                    distinct.add(p);
                }
                of[x] = k;
            }
            values = Collections.unmodifiableList(distinct);
        }
    }

    /**
     * The instruments {@code members} (indices in id order, ascending) ranked: {@code first} ones ahead (null: none),
     * then by score, best first; equal keys keep id order. A counting sort on the score: linear in the number of
     * instruments, no comparator, no boxing.
     */
    static int[] rank(int[] members, int[] score, boolean[] first) {
        int count = members.length;
        if (count == 0) {
            return new int[0];
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int x : members) {
            min = Math.min(min, score[x]);
            max = Math.max(max, score[x]);
        }
        int span = max - min + 1;
        // an instrument's bucket: the first ones in [0, span), the others in [span, 2 * span); best score first
        int[] start = new int[2 * span + 1];
        for (int x : members) {
            start[bucket(x, score, first, max, span) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] order = new int[count];
        for (int x : members) {
            order[start[bucket(x, score, first, max, span)]++] = x;
        }
        return order;
    }

    private static int bucket(int x, int[] score, boolean[] first, int max, int span) {
        return (first != null && first[x] ? 0 : span) + max - score[x];
    }

    /**
     * A ranking whose entries (an instrument with its score and reasons) are built the first time they are read and
     * kept: the side panel reads five of 100,000. Immutable from outside; safe to read from several threads (an entry
     * or chunk made twice by a race is equal to the other, and {@link Scored} is immutable).
     */
    static final class LazyRanking extends AbstractList<Scored<Instrument>> implements RandomAccess {
        private static final int CHUNK = 1024;
        private final int[] order;
        private final IntFunction<Scored<Instrument>> entry;
        /** The entries built so far, in chunks made when first needed (a reader of the top five makes one). */
        private final Scored<Instrument>[][] built;

        @SuppressWarnings("unchecked")
        LazyRanking(int[] order, IntFunction<Scored<Instrument>> entry) {
            this.order = order;
            this.entry = entry;
            this.built = new Scored[(order.length + CHUNK - 1) / CHUNK][];
        }

        @Override
        @SuppressWarnings("unchecked")
        public Scored<Instrument> get(int k) {
            Objects.checkIndex(k, order.length);
            Scored<Instrument>[] chunk = built[k / CHUNK];
            if (chunk == null) {
                chunk = new Scored[CHUNK];
                built[k / CHUNK] = chunk;
            }
            Scored<Instrument> s = chunk[k % CHUNK];
            if (s == null) {
                s = entry.apply(order[k]);
                chunk[k % CHUNK] = s;
            }
            return s;
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
