package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A follow-up answer partly met by the follow-up's own evidence is read against the whole criterion
 * too, and the better grade counts; only with an offline, deterministic grader.
 */
class FollowUpReadingTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    /**
     * Misses every whole question; on a follow-up, partly meets its own evidence and fully meets the
     * whole criterion's (told apart by the rubric the request carries).
     */
    private record ByRubric(Set<GraderCapability> capabilities) implements Grader {
        @Override
        public String id() {
            return "by-rubric";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Grade grade(GradingRequest request) {
            Challenge c = request.challenge();
            boolean followUp = c.id().contains(Challenge.FOLLOW_UP_ID_MARK);
            var criterion = c.rubric().criteria().get(0);
            boolean whole = criterion.evidence().stream().anyMatch(e -> e.paraphrases().contains("same effect"));
            if (!followUp) {
                var missed = c.rubric().criteria().stream()
                        .map(k -> new CriterionResult(k.id(), CriterionOutcome.MISSED, 0, List.of(), "")).toList();
                return Grade.ok(0.1, missed, List.of(), List.of(), "", id(), version());
            }
            var result = whole ? new CriterionResult(criterion.id(), CriterionOutcome.MET, 1, List.of(), "")
                    : new CriterionResult(criterion.id(), CriterionOutcome.PARTLY_MET, 0.5, List.of(), "");
            return Grade.ok(result.credit(), List.of(result), List.of(), List.of(), "", id(), version());
        }
    }

    private static Feedback answerTheFirstFollowUp(Grader grader) {
        return answerTheFirstFollowUp(grader, false);
    }

    private static Feedback answerTheFirstFollowUp(Grader grader, boolean async) {
        var coach = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(grader)
                .memoryStore(MemoryStores.inMemory())
                .clock(new MutableClock(Instant.parse("2026-11-24T09:00:00Z")))
                .build();
        var session = coach.session(ADA, "mini");
        for (int i = 0; i < 40; i++) {
            var step = session.next().orElseThrow();
            if (step.reason() == StepReason.FOLLOW_UP) {
                var answer = Answer.of("It stays idempotent: the resource stays deleted.");
                return async ? session.submitAsync(step.id(), answer).join() : session.submit(step.id(), answer);
            }
            session.submit(step.id(), Answer.of("answer"));
        }
        throw new AssertionError("no follow-up in 40 steps");
    }

    @Test
    void aFollowUpPartlyMetByItsOwnEvidenceIsReadAgainstTheWholeCriterionAndTheBetterGradeCounts() {
        var feedback = answerTheFirstFollowUp(new ByRubric(EnumSet.of(GraderCapability.DETERMINISTIC)));
        assertThat(feedback.grade().score()).hasValue(1.0);
        assertThat(feedback.passed()).isTrue();
    }

    @Test
    void anAnswerSubmittedWithoutBlockingIsReadTheSameWay() {
        var feedback = answerTheFirstFollowUp(new ByRubric(EnumSet.of(GraderCapability.DETERMINISTIC)), true);
        assertThat(feedback.grade().score()).hasValue(1.0);
    }

    @Test
    void aGraderThatIsNotDeterministicIsNotAskedASecondTime() {
        var feedback = answerTheFirstFollowUp(new ByRubric(EnumSet.noneOf(GraderCapability.class)));
        assertThat(feedback.grade().score()).hasValue(0.5);
        assertThat(feedback.passed()).isFalse();
    }
}
