package dev.interviewcoach.core.internal.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Readiness;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rung held on the diagnosis's placement alone counts towards readiness by the placement's
 * confidence; a rung the learner's answers confirmed (or one below a confirmed rung) counts whole. A
 * short placement is a guess, not a learner ready on every rung.
 */
class PlacedRungsTests {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final ReviewScheduler scheduler = new ReviewScheduler(Fsrs.defaults(), 0.9);

    private static Track track() {
        var concept = new Concept("http", "HTTP", 1, List.of(new Topic("http.topic", "Topic")));
        var ladder = new ArrayList<dev.interviewcoach.api.Challenge>();
        for (var level : ChallengeLevel.values()) {
            ladder.add(LearnerFixtures.challenge("http." + level.name().toLowerCase() + ".1", "http", level, "http.topic"));
        }
        return new Track("mini", "Mini", "1", "", Optional.empty(), List.of(concept), ladder, List.of(), List.of());
    }

    private static LearnerState state(List<Mastery> mastery, double confidence) {
        var placed = new Placement("http", Optional.of(ChallengeLevel.DESIGN), confidence, List.of("d1"));
        var s = LearnerFixtures.initial();
        return new LearnerState(s.learnerId(), "mini", s.schemaVersion(), 0, s.profile(), mastery, List.of(),
                List.of(), List.of(placed), LearnerFixtures.NOW);
    }

    @Test
    void rungsHeldOnAPlacementAloneCountByItsConfidenceAndConfirmedRungsCountWhole() {
        var placedOnly = ReadinessReport.of(track(), state(List.of(), 0.6), scheduler, TODAY);
        assertThat(placedOnly.concepts().get(0).heldBy()).isEqualTo(Readiness.HeldBy.PLACEMENT);
        assertThat(placedOnly.overall()).isCloseTo(4 * 0.6 / 5, within(1e-9));

        var defineConfirmed = List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.95, 3, MasteryStatus.MASTERED, List.of("a1")));
        assertThat(ReadinessReport.of(track(), state(defineConfirmed, 0.6), scheduler, TODAY).overall())
                .isCloseTo((1 + 3 * 0.6) / 5, within(1e-9));

        var debugConfirmed = List.of(new Mastery("http", ChallengeLevel.DEBUG, 0.95, 3, MasteryStatus.MASTERED, List.of("a1")));
        assertThat(ReadinessReport.of(track(), state(debugConfirmed, 0.6), scheduler, TODAY).overall())
                .as("the rungs below a confirmed one are held through it").isCloseTo((3 + 0.6) / 5, within(1e-9));
    }
}
