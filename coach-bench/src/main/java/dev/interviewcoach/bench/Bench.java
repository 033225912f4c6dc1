package dev.interviewcoach.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one benchmark by name; each prints its figures on its last line as {@code NAME: key=value ...}.
 */
public final class Bench {
    /** A benchmark that can be run by name. */
    @FunctionalInterface
    public interface Benchmark {
        /**
         * Runs the benchmark; the last line it prints is {@code NAME: key=value ...}.
         *
         * @param args arguments after the name
         * @throws Exception when the benchmark cannot run
         */
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = new TreeMap<>();

    private Bench() {}

    /**
     * Registers the benchmarks this module has.
     *
     * @return name to benchmark
     */
    static Map<String, Benchmark> benchmarks() {
        if (BENCHMARKS.isEmpty()) {
            Registry.register(BENCHMARKS);
        }
        return BENCHMARKS;
    }

    /**
     * Entry point.
     *
     * @param args the benchmark name, then its arguments
     * @throws Exception when the benchmark fails
     */
    public static void main(String[] args) throws Exception {
        var all = benchmarks();
        if (args.length == 0 || !all.containsKey(args[0])) {
            System.err.println("usage: ./bench/run NAME [args]; benchmarks: " + all.keySet());
            System.exit(2);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        all.get(args[0]).run(rest);
    }
}
