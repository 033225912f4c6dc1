package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.AttemptQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attempts in order give each rung's mastery over time: what every answer moved is recorded on it,
 * including what the placement's re-reading of the diagnostic answers moved when an answer completes
 * the diagnosis, so replaying the recorded changes ends where the learner's mastery stands.
 */
class MasteryHistoryTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    @Test
    void replayingTheRecordedChangesOfEveryAttemptEndsAtTheLearnersMasteryAfterTheDiagnosisAndPractice() {
        var store = MemoryStores.inMemory();
        var clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        var coach = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new LadderGrader(Map.of("http", 3, "caching", 1, "rest", 2))).memoryStore(store).clock(clock)
                .build();
        var session = coach.session(ADA, "ladder");
        boolean diagnosed = false;
        for (int i = 0; i < 30; i++) {
            var step = session.next();
            if (step.isEmpty()) {
                break;
            }
            diagnosed |= step.get().reason() != StepReason.DIAGNOSTIC;
            session.submit(step.get().id(), Answer.of("an answer"));
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(diagnosed).as("the diagnosis completed within the steps").isTrue();
        var replayed = new HashMap<String, Double>();
        for (Attempt a : store.attempts(AttemptQuery.all(ADA))) {
            for (MasteryChange c : a.masteryChanges()) {
                replayed.put(c.conceptId() + "/" + c.level(), c.after());
            }
        }
        for (Mastery m : session.state().mastery()) {
            assertThat(replayed.get(m.conceptId() + "/" + m.level())).as("%s/%s", m.conceptId(), m.level())
                    .isEqualTo(m.probability());
        }
    }
}
