package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Practice takes concepts in turn: one rung is not asked again and again while others have the same work. */
class InterleavingTests {
    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aLearnerPlacedHighOnEveryConceptConfirmsThemInTurnNotOneAfterAnother() {
        var clock = new MutableClock(START);
        var coach = Coach.builder()
                .tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(new LadderGrader(Map.of("http", 5, "rest", 5, "caching", 5)))
                .memoryStore(MemoryStores.inMemory())
                .clock(clock)
                .build();
        var session = coach.session(LearnerId.of("ada"), "ladder");
        var practised = new ArrayList<String>();
        for (int i = 0; i < 60 && practised.size() < 8; i++) {
            var next = session.next();
            if (next.isEmpty()) {
                break; // the track is complete: every rung held and confirmed, nothing due
            }
            var step = next.get();
            if (step.reason() == StepReason.PRACTICE) {
                practised.add(step.challenge().conceptId() + "/" + step.challenge().level());
            }
            session.submit(Answer.of("my answer"));
        }
        assertThat(practised).as("practice steps before the track is complete").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 2; i < practised.size(); i++) {
            String concept = practised.get(i).split("/")[0];
            assertThat(practised.get(i - 1).split("/")[0].equals(concept) && practised.get(i - 2).split("/")[0].equals(concept))
                    .as("three practice steps in a row on one concept: %s", practised).isFalse();
        }
    }
}
