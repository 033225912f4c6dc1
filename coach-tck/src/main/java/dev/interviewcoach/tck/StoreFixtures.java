package dev.interviewcoach.tck;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.PressureCheck;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Learner data that fills every field, for store tests: a round trip of these checks every component.
 *
 * @since 0.1
 */
public final class StoreFixtures {
    /** A whole second, the time most fixtures are at. */
    public static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    /** Instants a store must keep exactly: nanoseconds, before 1970, after 9999. */
    public static final List<Instant> EXACT_INSTANTS = List.of(Instant.parse("2026-01-05T10:00:00.123456789Z"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("+12026-06-30T12:00:00.000000001Z"),
            Instant.EPOCH.plusNanos(1));

    private StoreFixtures() {}

    /**
     * A state with one of everything, never saved.
     *
     * @param learner the learner
     * @param track the track
     * @return the state
     */
    public static LearnerState richState(LearnerId learner, String track) {
        var profile = new LearnerProfile(Optional.of("junior backend developer"), List.of("java", "postgresql"),
                Optional.of(LocalDate.parse("2026-02-01")), Map.of("language", "en", "theme", "dark"));
        return new LearnerState(learner, track, LearnerState.CURRENT_SCHEMA_VERSION, 0, profile,
                List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.72, 3, MasteryStatus.TENTATIVE, List.of("a1", "a2")),
                        new Mastery("http", ChallengeLevel.TRADEOFFS, 0.1 + 0.2, 1, MasteryStatus.TENTATIVE, List.of())),
                List.of(new MisconceptionRecord("http.define.idempotency", "same-response", "http.idempotency",
                        MisconceptionStatus.CONFIRMED, 2, 0, List.of("a1", "a2"))),
                List.of(new ReviewCard("http", ChallengeLevel.DEFINE, 3.17, 5.28, LocalDate.parse("2026-01-05"),
                        LocalDate.parse("2026-01-08"), 2, 0)),
                List.of(new Placement("http", Optional.of(ChallengeLevel.TRADEOFFS), 0.81, List.of("a1")),
                        new Placement("sql", Optional.empty(), 0.5, List.of())),
                T0);
    }

    /**
     * An attempt whose grade fills every field: criteria with evidence spans, dimensions,
     * misconceptions with spans, a pressure check and a message.
     *
     * @param id the attempt id
     * @param learner the learner
     * @param track the track
     * @param text the answer text
     * @param at when it was submitted
     * @return the attempt
     */
    public static Attempt fullAttempt(String id, LearnerId learner, String track, String text, Instant at) {
        var criteria = List.of(
                new CriterionResult("same-state", CriterionOutcome.MET, 1.0,
                        List.of(new EvidenceSpan(0, 3), new EvidenceSpan(5, 9)), "you named the state"),
                new CriterionResult("retries", CriterionOutcome.PARTLY_MET, 0.3333333333333333,
                        List.of(new EvidenceSpan(2, 2)), "say why retries are safe"),
                new CriterionResult("status-codes", CriterionOutcome.MISSED, 0.0, List.of(), ""));
        var grade = new Grade(GradeStatus.OK, OptionalDouble.of(0.6180339887498949), criteria,
                List.of(new DimensionResult("api", 0.75), new DimensionResult("data", 0.0)),
                List.of(new DetectedMisconception("same-response", List.of(new EvidenceSpan(1, 4)),
                        "Idempotent means the same state, not the same response.")),
                "Good start.\nName the status codes.", "tck-grader", "1.2.3",
                Optional.of(new PressureCheck(Optional.of(Duration.ofSeconds(90)), Duration.ofMillis(91_500).plusNanos(7),
                        OptionalInt.of(120), 131)),
                Optional.of("graded by tck-grader after llm failed"));
        return new Attempt(id, learner, track, "http.define.idempotency", "http", ChallengeLevel.DEFINE,
                StepReason.FOLLOW_UP, new Answer(text, Duration.ofSeconds(91, 500_000_007), 2), grade, at,
                List.of(new MasteryChange("http", ChallengeLevel.DEFINE, 0.25, 0.3819660112501051, MasteryStatus.TENTATIVE,
                        MasteryStatus.TENTATIVE), new MasteryChange("http", ChallengeLevel.TRADEOFFS, 0.0, 0.125,
                        MasteryStatus.NOT_MASTERED, MasteryStatus.TENTATIVE)));
    }

    /**
     * An attempt whose grader failed: no score, a message.
     *
     * @param id the attempt id
     * @param learner the learner
     * @param track the track
     * @return the attempt
     */
    public static Attempt failedAttempt(String id, LearnerId learner, String track) {
        return new Attempt(id, learner, track, "sql.tradeoffs.index", "sql", ChallengeLevel.TRADEOFFS,
                StepReason.DIAGNOSTIC, Answer.of("an index"), Grade.error("llm", "0.1", "timed out after 30 s"), T0);
    }

    /**
     * A plain attempt with a simple grade.
     *
     * @param id the attempt id
     * @param learner the learner
     * @param track the track
     * @param text the answer text
     * @return the attempt
     */
    public static Attempt attempt(String id, LearnerId learner, String track, String text) {
        var grade = Grade.ok(0.5, List.of(), List.of(), List.of(), "half right", "tck", "1");
        return new Attempt(id, learner, track, "http.define.idempotency", "http", ChallengeLevel.DEFINE,
                StepReason.PRACTICE, new Answer(text, Duration.ofSeconds(42), 1), grade, T0.plusSeconds(id.hashCode() & 0xff));
    }
}
