package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Calibration;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code content check} asks of a track that passes {@code TrackLoader.validate} (which also
 * asks that learners can work through it): that the rubric grader grades its own examples as their
 * authors meant (warnings).
 */
final class TrackChecks {
    private TrackChecks() {}

    /**
     * How the rubric grader grades the track's own examples: calibration samples outside their bands,
     * reference answers under 0.8 or showing a misconception, and misconceptions that fire on their own
     * correction. The shipped tracks hold these as tests; for a track of one's own they are advice.
     */
    static List<String> grading(Track track) {
        Grader rubric = Graders.rubric();
        var out = new ArrayList<String>();
        for (var r : Calibration.run(track, rubric).failures()) {
            out.add(String.format(Locale.ROOT, "challenge '%s' sample %d (%s) scored %s, outside its band %s%s",
                    r.challengeId(), r.index(), r.kind().externalName(),
                    r.score().map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("nothing"), r.band(),
                    r.expectedMisconception().filter(m -> !r.misconceptionDetected())
                            .map(m -> "; its misconception '" + m + "' was not detected").orElse("")));
        }
        for (Challenge c : (Iterable<Challenge>) Stream.concat(track.challenges().stream(),
                track.bossChallenges().stream())::iterator) {
            var grade = rubric.grade(GradingRequest.of(c, Answer.of(c.referenceAnswer())));
            double score = grade.score().orElse(0);
            if (score < 0.8 || !grade.misconceptions().isEmpty()) {
                out.add(String.format(Locale.ROOT, "challenge '%s': its reference answer scores %.2f on its own rubric%s"
                        + " (a model answer should score at least 0.8 with no misconception)", c.id(), score,
                        grade.misconceptions().isEmpty() ? "" : " and shows misconception '"
                                + grade.misconceptions().get(0).misconceptionId() + "'"));
            }
            for (var m : c.misconceptions()) {
                var own = rubric.grade(GradingRequest.of(c, Answer.of(m.correction())));
                if (own.misconceptions().stream().anyMatch(d -> d.misconceptionId().equals(m.id()))) {
                    out.add("challenge '" + c.id() + "': misconception '" + m.id() + "' fires on its own correction, "
                            + "so an answer that says the right thing is marked wrong; narrow its evidence");
                }
            }
        }
        return out;
    }
}
