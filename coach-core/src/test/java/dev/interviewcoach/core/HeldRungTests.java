package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import dev.interviewcoach.core.internal.readiness.ReadinessReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rung readiness reports as held agrees with the boss question: a rung mastered on the learner's
 * answers is held even while a rung below it is still undecided, and nothing above a contradicted rung is.
 */
class HeldRungTests {
    private static Readiness.Concept first(List<Mastery> mastery) {
        var track = TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))).load("mini");
        String concept = track.concepts().get(0).id();
        var initial = LearnerState.initial(LearnerId.of("ada"), "mini", Instant.parse("2026-12-01T10:00:00Z"));
        var rungs = mastery.stream().map(m -> new Mastery(concept, m.level(), m.probability(), m.evidenceCount(),
                m.status(), m.recentAttemptIds())).toList();
        var state = new LearnerState(initial.learnerId(), initial.trackId(), initial.schemaVersion(), 0,
                initial.profile(), rungs, List.of(), List.of(), List.of(), initial.updatedAt());
        return ReadinessReport.of(track, state, new ReviewScheduler(Fsrs.defaults(), 0.9), LocalDate.of(2026, 12, 1))
                .concepts().get(0);
    }

    private static Mastery rung(ChallengeLevel level, double p, MasteryStatus status) {
        return new Mastery("any", level, p, 7, status, List.of());
    }

    @Test
    void aMasteredRungIsHeldWhileARungBelowItIsStillUndecided() {
        var concept = first(List.of(rung(ChallengeLevel.DEFINE, 0.79, MasteryStatus.TENTATIVE),
                rung(ChallengeLevel.DESIGN, 0.9, MasteryStatus.MASTERED)));
        assertThat(concept.heldRung()).contains(ChallengeLevel.DESIGN);
        assertThat(concept.heldBy()).isEqualTo(Readiness.HeldBy.CONFIRMED);
    }

    @Test
    void nothingAboveAContradictedRungIsHeld() {
        var concept = first(List.of(rung(ChallengeLevel.DEFINE, 0.2, MasteryStatus.NOT_MASTERED),
                rung(ChallengeLevel.DESIGN, 0.9, MasteryStatus.MASTERED)));
        assertThat(concept.heldRung()).isEmpty();
        assertThat(concept.heldBy()).isEqualTo(Readiness.HeldBy.NONE);
    }
}
