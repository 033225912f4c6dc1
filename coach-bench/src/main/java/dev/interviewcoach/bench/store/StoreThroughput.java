package dev.interviewcoach.bench.store;

import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code ./bench/run store-throughput [learners] [attemptsPerLearner]}: appends attempts and loads
 * learner states through the SQLite and PostgreSQL stores, each as a ratio to raw JDBC doing the same
 * rows on the same database in the same run, and load time at 1,000 versus the full number of
 * learners.
 *
 * <p>An append is one commit: the learner's state row updated where its version matches, one attempt
 * row inserted, one transaction. The store serialises both documents inside the measured time; raw
 * JDBC writes documents serialised beforehand. A load is the state row by key; the store also decodes
 * it. The data sets are written once (default 100,000 learners × 10 attempts) to {@code
 * coach-bench/target/store-throughput/} and to a PostgreSQL schema, and reused by later runs.
 * PostgreSQL comes from {@code COACH_PG_URL}, {@code COACH_PG_USER}, {@code COACH_PG_PASSWORD}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}, {@code postgres}, empty); without a server
 * the PostgreSQL figures are reported as {@code nan}.
 */
public final class StoreThroughput {
    private static final int ROUNDS = 7;
    private static final int APPENDS_PER_ROUND = 200;
    private static final int LOADS_PER_ROUND = 3_000;
    private static final int SMALL = 1_000;

    private final Random random = new Random(20261203L);
    private int appended;
    // the data sets are reused across runs; this run's attempt ids must not collide with earlier ones
    private final String runId = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";

    private StoreThroughput() {}

    /**
     * Runs the benchmark.
     *
     * @param args optional learners and attempts per learner
     * @throws Exception when a database fails
     */
    public static void run(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perLearner = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        new StoreThroughput().measure(learners, perLearner);
    }

    private void measure(int learners, int perLearner) throws Exception {
        Path dir = Files.createDirectories(Path.of("coach-bench", "target", "store-throughput"));
        Path big = sqlite(dir, learners, perLearner);
        Path small = sqlite(dir, SMALL, perLearner);
        double sqliteAppend;
        double sqliteLoad;
        double growth;
        try (MemoryStore store = JdbcMemoryStores.sqlite(big); Connection raw = sqliteRaw(big);
                MemoryStore smallStore = JdbcMemoryStores.sqlite(small); Connection smallRaw = sqliteRaw(small)) {
            sqliteAppend = appendRatio("sqlite", store, raw, learners);
            sqliteLoad = loadRatio("sqlite", store, raw, learners);
            growth = growthRatio(smallStore, store, new RawJdbc(smallRaw), new RawJdbc(raw), learners);
        }
        double pgAppend = Double.NaN;
        double pgLoad = Double.NaN;
        var pg = Postgres.connect();
        if (pg == null) {
            System.out.println("postgresql: no server answers at " + Postgres.URL + "; its figures are nan");
        } else {
            String schema = Postgres.dataset(pg, learners, perLearner);
            try (MemoryStore store = JdbcMemoryStores.postgres(Postgres.urlFor(schema), Postgres.USER, Postgres.PASSWORD);
                    Connection raw = Postgres.raw(schema)) {
                pgAppend = appendRatio("postgresql", store, raw, learners);
                pgLoad = loadRatio("postgresql", store, raw, learners);
            } finally {
                pg.close();
            }
        }
        System.out.printf(Locale.ROOT, "data set: %d learners × %d attempts (%d attempts)%n", learners, perLearner,
                (long) learners * perLearner);
        System.out.printf(Locale.ROOT, "store-throughput: sqlite_append_ratio=%.2f sqlite_load_ratio=%.2f "
                + "pg_append_ratio=%.2f pg_load_ratio=%.2f load_growth=%.2f%n",
                sqliteAppend, sqliteLoad, pgAppend, pgLoad, growth);
    }

    private static Path sqlite(Path dir, int learners, int perLearner) throws SQLException {
        Path file = dir.resolve("sqlite-" + learners + "x" + perLearner + ".db");
        JdbcMemoryStores.sqlite(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            if (!StoreDataset.built(c)) {
                long start = System.nanoTime();
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA synchronous = OFF");
                }
                StoreDataset.fill(c, learners, perLearner);
                System.out.printf(Locale.ROOT, "built %s in %.0f s%n", file, (System.nanoTime() - start) / 1e9);
            }
        }
        return file;
    }

    private static Connection sqliteRaw(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (var s = c.createStatement()) {
            // the same durability as the store: write-ahead log, full sync on commit
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    private double appendRatio(String name, MemoryStore store, Connection raw, int learners) throws SQLException {
        var rawAppender = new RawJdbc(raw);
        double[] ratios = new double[ROUNDS];
        double storeTotal = 0;
        double rawTotal = 0;
        for (int round = -1; round < ROUNDS; round++) {
            var storeStates = new ArrayList<LearnerState>();
            var rawStates = new ArrayList<LearnerState>();
            // distinct learners in a round, so every prepared version is still current
            int[] picks = random.ints(0, learners).distinct().limit(2L * APPENDS_PER_ROUND).toArray();
            for (int i = 0; i < APPENDS_PER_ROUND; i++) {
                storeStates.add(store.load(new StateKey(StoreDataset.learner(picks[2 * i]), StoreDataset.TRACK))
                        .orElseThrow());
                rawStates.add(store.load(new StateKey(StoreDataset.learner(picks[2 * i + 1]), StoreDataset.TRACK))
                        .orElseThrow());
            }
            long start = System.nanoTime();
            for (LearnerState s : storeStates) {
                store.commit(new StoreCommit(s, List.of(StoreDataset.attempt(s.learnerId(), runId + appended++))));
            }
            long storeNanos = System.nanoTime() - start;
            var prepared = rawAppender.prepare(rawStates, () -> runId + appended++);
            start = System.nanoTime();
            rawAppender.append(prepared);
            long rawNanos = System.nanoTime() - start;
            if (round >= 0) {
                ratios[round] = (double) storeNanos / rawNanos;
                storeTotal += storeNanos;
                rawTotal += rawNanos;
            }
        }
        int ops = ROUNDS * APPENDS_PER_ROUND;
        System.out.printf(Locale.ROOT, "%s append: store %.0f µs, raw JDBC %.0f µs per commit; ratio per round %s%n",
                name, storeTotal / ops / 1e3, rawTotal / ops / 1e3, rounds(ratios));
        return median(ratios);
    }

    private double loadRatio(String name, MemoryStore store, Connection raw, int learners) throws SQLException {
        var rawLoader = new RawJdbc(raw);
        double[] ratios = new double[ROUNDS];
        double storeTotal = 0;
        double rawTotal = 0;
        for (int round = -1; round < ROUNDS; round++) {
            int[] picks = random.ints(LOADS_PER_ROUND, 0, learners).toArray();
            long start = System.nanoTime();
            for (int i : picks) {
                store.load(new StateKey(StoreDataset.learner(i), StoreDataset.TRACK)).orElseThrow();
            }
            long storeNanos = System.nanoTime() - start;
            picks = random.ints(LOADS_PER_ROUND, 0, learners).toArray();
            start = System.nanoTime();
            for (int i : picks) {
                rawLoader.load(LearnerCodec.storedText(StoreDataset.learner(i).value()), StoreDataset.TRACK);
            }
            long rawNanos = System.nanoTime() - start;
            if (round >= 0) {
                ratios[round] = (double) storeNanos / rawNanos;
                storeTotal += storeNanos;
                rawTotal += rawNanos;
            }
        }
        int ops = ROUNDS * LOADS_PER_ROUND;
        System.out.printf(Locale.ROOT, "%s load: store %.1f µs, raw JDBC %.1f µs per state; ratio per round %s%n", name,
                storeTotal / ops / 1e3, rawTotal / ops / 1e3, rounds(ratios));
        return median(ratios);
    }

    /**
     * Load time on the big file ÷ on the small one, rounds interleaved so a change of machine load hits
     * both; raw JDBC reading the same rows is measured in the same rounds, for the growth that comes
     * from the files themselves (a page of a large file is read from the operating system's cache and
     * is cold in the processor's, where the small file stays in SQLite's page cache).
     */
    private double growthRatio(MemoryStore small, MemoryStore big, RawJdbc rawSmall, RawJdbc rawBig, int learners)
            throws SQLException {
        double[] ratios = new double[ROUNDS];
        double[] rawRatios = new double[ROUNDS];
        double smallTotal = 0;
        double bigTotal = 0;
        double rawSmallTotal = 0;
        double rawBigTotal = 0;
        for (int round = -1; round < ROUNDS; round++) {
            double atSmall = loadNanos(small, SMALL);
            double atBig = loadNanos(big, learners);
            double rawAtSmall = rawLoadNanos(rawSmall, SMALL);
            double rawAtBig = rawLoadNanos(rawBig, learners);
            if (round >= 0) {
                ratios[round] = atBig / atSmall;
                rawRatios[round] = rawAtBig / rawAtSmall;
                smallTotal += atSmall;
                bigTotal += atBig;
                rawSmallTotal += rawAtSmall;
                rawBigTotal += rawAtBig;
            }
        }
        System.out.printf(Locale.ROOT, "sqlite load: %.1f µs at %d learners, %.1f µs at %d%n", smallTotal / ROUNDS / 1e3,
                SMALL, bigTotal / ROUNDS / 1e3, learners);
        System.out.printf(Locale.ROOT, "sqlite raw JDBC load: %.1f µs at %d learners, %.1f µs at %d (growth %.2f)%n",
                rawSmallTotal / ROUNDS / 1e3, SMALL, rawBigTotal / ROUNDS / 1e3, learners, median(rawRatios));
        return median(ratios);
    }

    private double rawLoadNanos(RawJdbc raw, int learners) throws SQLException {
        int[] picks = random.ints(LOADS_PER_ROUND, 0, learners).toArray();
        long start = System.nanoTime();
        for (int i : picks) {
            raw.load(LearnerCodec.storedText(StoreDataset.learner(i).value()), StoreDataset.TRACK);
        }
        return (double) (System.nanoTime() - start) / LOADS_PER_ROUND;
    }

    private double loadNanos(MemoryStore store, int learners) {
        int[] picks = random.ints(LOADS_PER_ROUND, 0, learners).toArray();
        long start = System.nanoTime();
        for (int i : picks) {
            store.load(new StateKey(StoreDataset.learner(i), StoreDataset.TRACK)).orElseThrow();
        }
        return (double) (System.nanoTime() - start) / LOADS_PER_ROUND;
    }

    private static String rounds(double[] ratios) {
        var text = new StringBuilder();
        for (double r : ratios) {
            text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", r));
        }
        return text.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
