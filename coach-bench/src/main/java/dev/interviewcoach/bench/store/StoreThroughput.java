package dev.interviewcoach.bench.store;

import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import dev.interviewcoach.store.jdbc.SqliteOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    private static final int ROUNDS = 11;
    private static final int LOAD_ROUNDS = 21;
    private static final int GROWTH_ROUNDS = 61;
    private static final int APPENDS_PER_ROUND = 200;
    private static final int LOADS_PER_ROUND = 3_000;
    private static final int SMALL = 1_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
                MemoryStore smallStore = JdbcMemoryStores.sqlite(small); Connection smallRaw = sqliteRaw(small);
                Connection mapped = sqliteRawMapped(big); Connection smallMapped = sqliteRawMapped(small)) {
            sqliteAppend = appendRatio("sqlite", store, raw, learners);
            sqliteLoad = loadRatio("sqlite", store, raw, learners);
            growth = growthRatio(smallStore, store, new RawJdbc(smallRaw), new RawJdbc(raw), new RawJdbc(smallMapped),
                    new RawJdbc(mapped), learners);
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

    /**
     * Plain JDBC read with the store's read settings: its 16 MB page cache and a memory map of the
     * whole file. Its growth is the file's under the conditions the store reads it in.
     */
    private static Connection sqliteRawMapped(Path file) throws SQLException {
        Connection c = sqliteRaw(file);
        try (var s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -16384");
            s.execute("PRAGMA mmap_size = " + SqliteOptions.DEFAULT_MEMORY_MAP_BYTES);
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
            var prepared = rawAppender.prepare(rawStates, () -> runId + appended++);
            long storeNanos = 0;
            long rawNanos = 0;
            // the store first in even rounds, raw JDBC first in odd ones
            for (int step = 0; step < 2; step++) {
                long start = System.nanoTime();
                if ((step == 0) == ((round & 1) == 0)) {
                    for (LearnerState s : storeStates) {
                        store.commit(new StoreCommit(s, List.of(StoreDataset.attempt(s.learnerId(), runId + appended++))));
                    }
                    storeNanos = System.nanoTime() - start;
                } else {
                    rawAppender.append(prepared);
                    rawNanos = System.nanoTime() - start;
                }
            }
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

    /**
     * Store load time ÷ raw JDBC's on the same database, {@value #LOAD_ROUNDS} rounds of distinct random
     * learners each side, the store first in even rounds and raw JDBC first in odd ones; the median of
     * the per-round ratios.
     */
    private double loadRatio(String name, MemoryStore store, Connection raw, int learners) throws SQLException {
        var rawLoader = new RawJdbc(raw);
        double[] ratios = new double[LOAD_ROUNDS];
        double storeTotal = 0;
        double rawTotal = 0;
        for (int round = -1; round < LOAD_ROUNDS; round++) {
            double storeNanos = 0;
            double rawNanos = 0;
            for (int step = 0; step < 2; step++) {
                if ((step == 0) == ((round & 1) == 0)) {
                    storeNanos = loadNanos(store, learners);
                } else {
                    rawNanos = rawLoadNanos(rawLoader, learners);
                }
            }
            if (round >= 0) {
                ratios[round] = storeNanos / rawNanos;
                storeTotal += storeNanos;
                rawTotal += rawNanos;
            }
        }
        System.out.printf(Locale.ROOT, "%s load: store %.1f µs, raw JDBC %.1f µs per state; ratio per round %s%n", name,
                storeTotal / LOAD_ROUNDS / 1e3, rawTotal / LOAD_ROUNDS / 1e3, rounds(ratios));
        return median(ratios);
    }

    /**
     * Load time on the big file ÷ on the small one, {@value #GROWTH_ROUNDS} rounds, the median of the
     * per-round ratios. Each round measures the store on both files and raw JDBC on both (plain, and
     * with the store's read settings), in an order reversed every other round, so a change of machine
     * load and whatever runs first in a round hit both files alike. Raw JDBC's growth is the part
     * that comes from the files themselves: without a memory map, a page of a large file is read from
     * the operating system's cache where the small file stays in SQLite's page cache; with one, both
     * are read in place and only the processor's caches tell them apart. The store's growth is also
     * printed in the loading thread's CPU time, which a busy machine disturbs less than wall-clock time.
     */
    private double growthRatio(MemoryStore small, MemoryStore big, RawJdbc rawSmall, RawJdbc rawBig,
            RawJdbc mappedSmall, RawJdbc mappedBig, int learners) throws SQLException {
        double[][] nanos = new double[6][GROWTH_ROUNDS];
        double[][] cpu = new double[2][GROWTH_ROUNDS];
        for (int round = -1; round < GROWTH_ROUNDS; round++) {
            double[] at = new double[6];
            double[] cpuAt = new double[2];
            for (int step = 0; step < 6; step++) {
                int which = (round & 1) == 0 ? step : 5 - step;
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                at[which] = switch (which) {
                    case 0 -> loadNanos(small, SMALL);
                    case 1 -> loadNanos(big, learners);
                    case 2 -> rawLoadNanos(rawSmall, SMALL);
                    case 3 -> rawLoadNanos(rawBig, learners);
                    case 4 -> rawLoadNanos(mappedSmall, SMALL);
                    default -> rawLoadNanos(mappedBig, learners);
                };
                if (which < 2) {
                    cpuAt[which] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                }
            }
            if (round >= 0) {
                for (int i = 0; i < 6; i++) {
                    nanos[i][round] = at[i];
                }
                cpu[0][round] = cpuAt[0];
                cpu[1][round] = cpuAt[1];
            }
        }
        System.out.printf(Locale.ROOT, "sqlite raw JDBC load, the store's read settings: %.1f µs at %d learners, "
                + "%.1f µs at %d (growth %.2f)%n", mean(nanos[4]) / 1e3, SMALL, mean(nanos[5]) / 1e3, learners,
                median(ratios(nanos[5], nanos[4])));
        System.out.printf(Locale.ROOT, "sqlite load: %.1f µs at %d learners, %.1f µs at %d (growth in this thread's "
                + "CPU time %.2f); growth per round %s%n", mean(nanos[0]) / 1e3, SMALL, mean(nanos[1]) / 1e3, learners,
                median(ratios(cpu[1], cpu[0])), rounds(ratios(nanos[1], nanos[0])));
        System.out.printf(Locale.ROOT, "sqlite raw JDBC load: %.1f µs at %d learners, %.1f µs at %d (growth %.2f)%n",
                mean(nanos[2]) / 1e3, SMALL, mean(nanos[3]) / 1e3, learners, median(ratios(nanos[3], nanos[2])));
        return median(ratios(nanos[1], nanos[0]));
    }

    private static double[] ratios(double[] over, double[] under) {
        double[] ratios = new double[over.length];
        for (int i = 0; i < over.length; i++) {
            ratios[i] = over[i] / under[i];
        }
        return ratios;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
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
