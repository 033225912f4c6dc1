package dev.interviewcoach.bench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./bench/run cli-start [runs]}: how long the terminal program takes from launching its JVM to
 * the first question on screen, as {@code ./coach} starts it (the same class path: the coach-cli jar and
 * its dependencies; the same JVM flags, class-data archive and folder for SQLite's native library), for a
 * learner who already has a database. One start first warms the file cache, writes the class-data archive
 * and extracts the native library; it is not counted. Standard
 * output is read through a pipe, so the first line starting with "Question " is the moment the question
 * is printed.
 */
public final class CliStartBench {
    private CliStartBench() {}

    /**
     * Runs the benchmark.
     *
     * @param args the number of measured starts, 10 by default
     * @throws Exception when the program cannot be started
     */
    public static void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String classPath = coachClassPath(Path.of("coach-cli", "target"));
        Path dir = Files.createTempDirectory("cli-start");
        Path db = dir.resolve("coach.db");
        Path archive = dir.resolve("coach.jsa");
        String library = "-Dcoach.sqlite.library-folder=" + dir.resolve("native");
        start(classPath, library, db, "-XX:ArchiveClassesAtExit=" + archive);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the warm-up start wrote no class-data archive");
        }
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            double ms = start(classPath, library, db, "-XX:SharedArchiveFile=" + archive);
            times.add(ms);
            System.out.printf(Locale.ROOT, "start %d: first question after %.0f ms%n", i + 1, ms);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "cli-start: first_prompt_ms=%.0f min_ms=%.0f max_ms=%.0f runs=%d%n",
                median(sorted), sorted[0], sorted[sorted.length - 1], runs);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The class path {@code ./coach} runs the program with: the coach-cli jar, then its dependencies as
     * the build lists them. Only jars: a class-data archive is not written for a class path holding a
     * folder of classes.
     */
    private static String coachClassPath(Path target) throws IOException {
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(f -> f.getFileName().toString().matches("coach-cli-.*(?<!-sources|-javadoc)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no coach-cli jar in " + target));
        }
        return jar + java.io.File.pathSeparator + Files.readString(target.resolve("classpath.txt")).strip();
    }

    private static double start(String classPath, String library, Path db, String cds)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(Arrays.asList(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", cds, "-Xlog:disable", "-Xlog:all=off", library, "-cp", classPath,
                "dev.interviewcoach.cli.CoachCli", "--db", db.toString(), "--learner", "bench"));
        long begin = System.nanoTime();
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double ms = -1;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Question ")) {
                    ms = (System.nanoTime() - begin) / 1e6;
                    process.getOutputStream().close(); // the end of input: the program stops, the question stays
                    break;
                }
            }
            while (out.readLine() != null) {
                // drain until the program ends
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the coach did not stop after its input ended");
        }
        if (ms < 0) {
            throw new IllegalStateException("the coach printed no question (exit code " + process.exitValue() + ")");
        }
        return ms;
    }
}
