package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.learner.LearnerModel;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A practice question comes back once its rung's others are used up, and the learner has seen the
 * feedback on their failed answer to it: a pass then is in part saying back what was shown, so it moves
 * mastery half as far as a first pass would. The coach tells the learner model which answers those are.
 */
class RetryEvidenceTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    /** Fails "miss" and passes anything else. */
    private static final class ByWord implements Grader {
        @Override
        public String id() {
            return "by-word";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Grade grade(GradingRequest request) {
            double score = request.answer().text().equals("miss") ? 0.1 : 0.95;
            return Grade.ok(score, List.of(), List.of(), List.of(), "", id(), version());
        }
    }

    @Test
    void aPassOnAPracticeQuestionFailedBeforeMovesMasteryAsTheModelMovesARetryAfterFailure() {
        var clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        var coach = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new ByWord()).memoryStore(MemoryStores.inMemory()).clock(clock).build();
        var session = coach.session(ADA, "mini");
        var failed = new HashMap<String, Boolean>();
        var model = new LearnerModel(new dev.interviewcoach.core.internal.memory.ReviewScheduler(
                dev.interviewcoach.core.internal.memory.Fsrs.defaults(), 0.9), java.time.ZoneOffset.UTC);
        for (int i = 0; i < 60; i++) {
            var step = session.next().orElseThrow();
            String id = step.challenge().id();
            if (step.reason() == StepReason.PRACTICE && Boolean.TRUE.equals(failed.get(id))) {
                var before = session.state();
                var feedback = session.submit(step.id(), Answer.of("a full answer"));
                assertThat(feedback.passed()).isTrue();
                var attempt = feedback.attempt();
                var asRetry = model.apply(before, step.challenge(), attempt, attempt.at(), true, true).changes();
                var asFirst = model.apply(before, step.challenge(), attempt, attempt.at(), true, false).changes();
                assertThat(rise(feedback.masteryChanges())).as("the coach's move").isCloseTo(rise(asRetry),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(rise(asRetry)).as("half a first pass's").isCloseTo(rise(asFirst) / 2,
                        org.assertj.core.data.Offset.offset(1e-12));
                return;
            }
            // the diagnosis and follow-ups answered well; every practice question missed once
            boolean miss = step.reason() == StepReason.PRACTICE || step.reason() == StepReason.RECOVERY;
            var feedback = session.submit(step.id(), Answer.of(miss ? "miss" : "a full answer"));
            if (step.reason() != StepReason.FOLLOW_UP) {
                failed.merge(id, !feedback.passed(), (a, b) -> b);
            }
            clock.advance(java.time.Duration.ofMinutes(5));
        }
        throw new AssertionError("no practice question came back after a failure in 60 steps");
    }

    private static double rise(List<MasteryChange> changes) {
        return changes.isEmpty() ? 0 : changes.get(0).after() - changes.get(0).before();
    }
}
