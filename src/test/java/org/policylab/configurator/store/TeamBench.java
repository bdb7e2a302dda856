package org.policylab.configurator.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * The team workspace's bench (issue 17, not a unit test): against the server of {@code POLICY_CONFIGURATOR_TEST_PG},
 * 10,000 passports, then the p50/p95 of listing the drafts, opening one and saving one; the delay of a live
 * announcement; and a bounded load test — 20 clients × 500 edits of 10 shared drafts — that ends with every edit either
 * applied or reported as a conflict (the sum of the drafts' version increments equals the edits applied: none lost).
 *
 * <pre>
 * ./mvnw -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.policylab.configurator.store.TeamBench [-Dexec.args="10000 20 500"]
 * </pre>
 */
public final class TeamBench {
    public static void main(String[] args) throws Exception {
        int passports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        if (TeamServer.url() == null) {
            System.out.println("set " + TeamServer.VARIABLE + " (see .ci/team-server.sh)");
            return;
        }
        TeamAddress db = TeamServer.freshDatabase();
        Path home = Files.createTempDirectory("team-bench");
        try {
            try (Workspace admin = Workspace.initTeam(db, home.resolve("admin"))) {
                System.out.println("team init: schema " + admin.schemaVersion());
            }
            TeamAddress planner = TeamServer.login(db, "planner");
            ProgramPassport base = Fixtures.good().withRevision(Revision.firstDraft());
            long t0 = System.nanoTime();
            fill(planner, home, base, passports);
            System.out.printf("stored %,d passports in %.1f s (4 clients)%n", passports, (System.nanoTime() - t0) / 1e9);

            try (Workspace ws = Workspace.openTeam(planner, home.resolve("measure"), false)) {
                List<String> ids = ws.drafts().list().stream().map(DraftStore.DraftSummary::id).toList();
                Random r = new Random(17);
                time(20, i -> ws.drafts().list()); // warm-up
                long[] list = time(100, i -> ws.drafts().list());
                long[] page = time(500, i -> ws.drafts().list(50));
                long[] open = time(500, i -> ws.drafts().load(ids.get(r.nextInt(ids.size()))));
                long[] save = time(500, i -> {
                    String id = ids.get(r.nextInt(ids.size()));
                    ProgramPassport p = ws.drafts().load(id).orElseThrow();
                    long s = System.nanoTime();
                    ws.drafts().save(p.withTitle("bench " + i));
                    return System.nanoTime() - s;
                });
                report("list all " + ids.size(), list);
                report("list newest 50", page);
                report("open one draft", open);
                report("save one draft", save);
            }
            notifyDelay(planner, home);
            load(planner, home, base, clients, edits);
        } finally {
            TeamServer.dropDatabase(db);
        }
    }

    interface Work {
        Object run(int i) throws Exception;
    }

    private static long[] time(int n, Work w) throws Exception {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            Object r = w.run(i);
            out[i] = r instanceof Long measured ? measured : System.nanoTime() - s;
        }
        return out;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%-24s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   (n=%d)%n", what, s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, s[s.length - 1] / 1e6, s.length);
    }

    private static void fill(TeamAddress who, Path home, ProgramPassport base, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int part = t;
            done.add(pool.submit(() -> {
                try (Workspace ws = Workspace.openTeam(who, home.resolve("fill" + part), false)) {
                    for (int i = part; i < n; i += 4) {
                        ws.drafts().save(base.withId("p-" + i).withTitle("Program " + i));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static void notifyDelay(TeamAddress who, Path home) throws Exception {
        try (Workspace a = Workspace.openTeam(who, home.resolve("notify-a"), false);
             Workspace b = Workspace.openTeam(who, home.resolve("notify-b"), false)) {
            Thread.sleep(1500); // the listener connects
            long[] delays = new long[50];
            for (int i = 0; i < delays.length; i++) {
                CountDownLatch got = new CountDownLatch(1);
                long[] at = new long[1];
                AutoCloseable sub = b.subscribe(new WorkspaceListener() {
                    @Override
                    public void changed(Change c) {
                        if (c.item().equals("p-1") && got.getCount() > 0) {
                            at[0] = System.nanoTime();
                            got.countDown();
                        }
                    }
                });
                ProgramPassport p = a.drafts().load("p-1").orElseThrow();
                long s = System.nanoTime();
                a.drafts().save(p.withTitle("notify " + i));
                if (!got.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no announcement within 5 s");
                }
                delays[i] = at[0] - s;
                sub.close();
            }
            report("save → other client hears", delays);
        }
    }

    private static void load(TeamAddress who, Path home, ProgramPassport base, int clients, int edits) throws Exception {
        int shared = 10;
        List<String> ids = new ArrayList<>();
        try (Workspace setup = Workspace.openTeam(who, home.resolve("load-setup"), false)) {
            for (int i = 0; i < shared; i++) {
                String id = "shared-" + i;
                setup.drafts().save(base.withId(id).withTitle("Shared " + i));
                ids.add(id);
            }
        }
        AtomicLong applied = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                Random r = new Random(client);
                try (Workspace ws = Workspace.openTeam(who, home.resolve("load" + client), false)) {
                    for (int e = 0; e < edits; e++) {
                        String id = ids.get(r.nextInt(ids.size()));
                        ProgramPassport p = ws.drafts().load(id).orElseThrow();
                        try {
                            ws.drafts().save(p.withTitle("client " + client + " edit " + e));
                            applied.incrementAndGet();
                        } catch (ConflictException x) {
                            conflicts.incrementAndGet();
                        } catch (RuntimeException x) {
                            failed.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        long increments = 0;
        try (Workspace check = Workspace.openTeam(who, home.resolve("load-check"), false)) {
            for (DraftStore.DraftSummary d : check.drafts().list()) {
                if (ids.contains(d.id())) {
                    increments += d.version() - 1;
                }
            }
        }
        long total = (long) clients * edits;
        System.out.printf("load: %d clients × %d edits of %d shared drafts in %.1f s: %,d applied, %,d conflicts, %d failed;"
                        + " versions moved %,d (applied %s), applied + conflicts = %,d of %,d%n",
                clients, edits, shared, secs, applied.get(), conflicts.get(), failed.get(), increments,
                increments == applied.get() ? "= versions: none lost" : "≠ versions: LOST UPDATES", applied.get() + conflicts.get(), total);
        if (increments != applied.get() || applied.get() + conflicts.get() != total) {
            throw new IllegalStateException("an edit was neither applied nor reported");
        }
    }
}
