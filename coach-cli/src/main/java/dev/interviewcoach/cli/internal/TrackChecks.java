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
        return grading(track, java.util.Optional.empty());
    }

    /**
     * As {@link #grading(Track)}, for a variant only about the challenges it adds or overrides: its
     * base's own are that base's authors' to check, and its warnings would drown the variant's.
     *
     * @param track the track
     * @param base the track's base, for a variant
     */
    static List<String> grading(Track track, java.util.Optional<Track> base) {
        java.util.function.Predicate<Challenge> authored = c -> base.flatMap(b -> b.challenge(c.id())
                .or(() -> b.bossChallenges().stream().filter(x -> x.id().equals(c.id())).findFirst()))
                .map(inBase -> !inBase.equals(c)).orElse(true);
        var ownIds = new java.util.HashSet<String>();
        Stream.concat(track.challenges().stream(), track.bossChallenges().stream()).filter(authored)
                .forEach(c -> ownIds.add(c.id()));
        Grader rubric = Graders.rubric();
        var out = new ArrayList<String>();
        for (var r : Calibration.run(track, rubric).failures()) {
            if (!ownIds.contains(r.challengeId())) {
                continue;
            }
            out.add(String.format(Locale.ROOT, "challenge '%s' sample %d (%s) scored %s, outside its band %s%s",
                    r.challengeId(), r.index(), r.kind().externalName(),
                    r.score().map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("nothing"), r.band(),
                    r.expectedMisconception().filter(m -> !r.misconceptionDetected())
                            .map(m -> "; its misconception '" + m + "' was not detected").orElse("")));
        }
        for (Challenge c : (Iterable<Challenge>) Stream.concat(track.challenges().stream(),
                track.bossChallenges().stream()).filter(authored)::iterator) {
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
