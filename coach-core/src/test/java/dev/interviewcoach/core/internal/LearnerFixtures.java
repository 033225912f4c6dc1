package dev.interviewcoach.core.internal;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.StepReason;
import java.time.Instant;
import java.util.List;

/** Challenges, grades and attempts for the learner-model tests. */
public final class LearnerFixtures {
    public static final LearnerId ADA = LearnerId.of("ada");
    public static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private LearnerFixtures() {}

    public static LearnerState initial() {
        return LearnerState.initial(ADA, "mini", NOW);
    }

    public static Challenge challenge(String id, String conceptId, ChallengeLevel level, String topicId) {
        return Challenge.of(id, conceptId, level, topicId, Prompt.of("Question " + id + "?"),
                Rubric.of(List.of(Criterion.of("point", 1, "Makes the point.", List.of(Evidence.of("point"))))),
                "The point.");
    }

    public static Challenge challenge(ChallengeLevel level) {
        return challenge("http." + level.name().toLowerCase() + ".one", "http", level, "http.idempotency");
    }

    public static Attempt attempt(String id, Challenge challenge, double score, Instant at, String... misconceptions) {
        var shown = java.util.Arrays.stream(misconceptions)
                .map(m -> new DetectedMisconception(m, List.of(), "Correction.")).toList();
        return attempt(id, challenge, Grade.ok(score, List.of(), List.of(), shown, "", "fake", "1"), at,
                StepReason.PRACTICE);
    }

    public static Attempt attempt(String id, Challenge challenge, Grade grade, Instant at, StepReason reason) {
        return new Attempt(id, ADA, "mini", challenge.id(), challenge.conceptId(), challenge.level(), reason,
                Answer.of("answer"), grade, at);
    }
}
