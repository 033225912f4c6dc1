package dev.interviewcoach.bench.grading;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Calibration;
import dev.interviewcoach.core.CalibrationReport;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Locale;

/**
 * {@code ./bench/run grading-calibration [--grader NAME]}: the share of the shipped calibration samples the default
 * grader puts in band, overall, per kind, and per dimension of the boss question.
 */
public final class CalibrationBenchmark {
    private CalibrationBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args {@code --grader NAME} to check another grader found by name (default {@code rubric})
     */
    public static void run(String[] args) {
        var grader = args.length >= 2 && args[0].equals("--grader") ? Graders.byName(args[1]) : Graders.rubric();
        Track track = TrackLoader.discover().load("backend-go");
        CalibrationReport report = Calibration.run(track, grader);
        for (var r : report.failures()) {
            System.out.printf(Locale.ROOT, "out of band: %s[%d] %s %s score=%s%s%n", r.challengeId(), r.index(),
                    r.kind().externalName(), r.band(), r.score().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("none"),
                    r.expectedMisconception().filter(m -> !r.misconceptionDetected()).map(m -> " undetected " + m).orElse(""));
        }
        // Every reference answer must pass its own rubric strongly (>= 0.8, no misconception); the content
        // tests hold it, so it is a regression gate like the samples, not a measure of grading quality.
        int full = 0;
        int clean = 0;
        int passing = 0;
        for (var c : track.challenges()) {
            var g = grader.grade(GradingRequest.of(c, Answer.of(c.referenceAnswer())));
            boolean strong = g.score().orElse(0) >= 0.8;
            full += strong ? 1 : 0;
            clean += g.misconceptions().isEmpty() ? 1 : 0;
            passing += strong && g.misconceptions().isEmpty() ? 1 : 0;
            if (!strong || !g.misconceptions().isEmpty()) {
                System.out.printf(Locale.ROOT, "reference answer below 0.8 or with a misconception: %s score=%s%s%n", c.id(),
                        g.score().isPresent() ? String.format(Locale.ROOT, "%.2f", g.score().getAsDouble()) : "none",
                        g.misconceptions().isEmpty() ? "" : " misconceptions=" + g.misconceptions().stream()
                                .map(m -> m.misconceptionId()).toList());
            }
        }
        var line = new StringBuilder("grading-calibration: ").append(report.summary());
        if (!grader.id().equals("rubric")) {
            line.append(" grader=").append(grader.id());
        }
        int n = track.challenges().size();
        line.append(String.format(Locale.ROOT, " reference_answers_passing=%.3f reference_answers_at_least_0.8=%.3f"
                + " reference_answers_without_misconception=%.3f", (double) passing / n, (double) full / n, (double) clean / n));
        report.shareInBandByDimension().forEach((d, share) ->
                line.append(String.format(Locale.ROOT, " boss_%s=%.3f", d, share)));
        System.out.println(line);
    }
}
