package dev.interviewcoach.core;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a track's calibration samples through a grader: content tests itself, and a grader shows
 * how it does on answers whose band is known.
 *
 * @since 0.1
 */
public final class Calibration {
    private Calibration() {}

    /**
     * Grades every calibration sample of every ladder and boss challenge of a track.
     *
     * @param track the track
     * @param grader the grader
     * @return the report
     */
    public static CalibrationReport run(Track track, Grader grader) {
        return run(Stream.concat(track.challenges().stream(), track.bossChallenges().stream()).toList(), grader);
    }

    /**
     * Grades every calibration sample of the given challenges.
     *
     * @param challenges the challenges
     * @param grader the grader
     * @return the report
     */
    public static CalibrationReport run(List<Challenge> challenges, Grader grader) {
        var results = new ArrayList<CalibrationReport.SampleResult>();
        for (var challenge : challenges) {
            for (int i = 0; i < challenge.samples().size(); i++) {
                var sample = challenge.samples().get(i);
                var grade = grader.grade(GradingRequest.of(challenge, Answer.of(sample.text())));
                Optional<Double> score = grade.isScored() ? Optional.of(grade.score().getAsDouble()) : Optional.empty();
                boolean detected = sample.misconceptionId()
                        .map(m -> grade.misconceptions().stream().anyMatch(d -> d.misconceptionId().equals(m)))
                        .orElse(false);
                var dimensions = new LinkedHashMap<String, Boolean>();
                sample.dimensionBands().forEach((d, band) -> dimensions.put(d,
                        grade.dimension(d).map(r -> band.contains(r.score())).orElse(false)));
                results.add(new CalibrationReport.SampleResult(challenge.id(), i, sample.kind(), sample.band(), score,
                        sample.misconceptionId(), detected, dimensions));
            }
        }
        return new CalibrationReport(results);
    }
}
