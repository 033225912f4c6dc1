package dev.interviewcoach.core.internal.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Readiness;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A readiness report lists every misconception the coach is still chasing, shown once or recurring, with
 * its status, and none that later answers cleared: a report must not reassure a learner about the very
 * belief the next steps come back to.
 */
class OpenMisconceptionsTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Track track() {
        var concept = new Concept("http", "HTTP", 1, List.of(new Topic("http.topic", "Topic")));
        var c = LearnerFixtures.challenge("http.define.1", "http", ChallengeLevel.DEFINE, "http.topic");
        return new Track("mini", "Mini", "1", "", Optional.empty(), List.of(concept), List.of(c), List.of(), List.of());
    }

    private static MisconceptionRecord record(String id, MisconceptionStatus status, int occurrences) {
        return new MisconceptionRecord("http.define.1", id, "http.topic", status, occurrences, 0, List.of("a-" + id));
    }

    @Test
    void misconceptionsShownOnceOrRecurringAreListedWithTheirStatusRecurringFirstAndClearedOnesAreNot() {
        var s = LearnerFixtures.initial();
        var state = new LearnerState(s.learnerId(), "mini", s.schemaVersion(), 0, s.profile(), List.of(),
                List.of(record("once", MisconceptionStatus.SUSPECTED, 1), record("cleared", MisconceptionStatus.RESOLVED, 1),
                        record("twice", MisconceptionStatus.CONFIRMED, 2)),
                List.of(), List.of(), LearnerFixtures.NOW);
        var readiness = ReadinessReport.of(track(), state, new ReviewScheduler(Fsrs.defaults(), 0.9), TODAY);
        var listed = readiness.concepts().get(0).misconceptions();
        assertThat(listed).extracting(Readiness.Misconception::id).containsExactly("http.define.1#twice", "http.define.1#once");
        assertThat(listed).extracting(Readiness.Misconception::status)
                .containsExactly(MisconceptionStatus.CONFIRMED, MisconceptionStatus.SUSPECTED);
        assertThat(readiness.toJson()).contains("\"status\" : \"SUSPECTED\"");
    }

    @Test
    void aClearedMisconceptionCannotBeListed() {
        assertThatThrownBy(() -> new Readiness.Misconception("c#m", "t", MisconceptionStatus.RESOLVED, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved");
    }
}
