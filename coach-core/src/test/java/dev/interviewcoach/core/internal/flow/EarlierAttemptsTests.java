package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.BossFixtures;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.DiagnosisModel;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import dev.interviewcoach.core.internal.progression.Progression;
import dev.interviewcoach.core.internal.store.InMemoryMemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A boss answer older than the recent attempts is found through the store's attempts at that challenge. */
class EarlierAttemptsTests {
    private static final Track TRACK = BossFixtures.track();
    private static final String BOSS = BossFixtures.boss().id();

    private final InMemoryMemoryStore store = new InMemoryMemoryStore();
    private final Learners learners = new Learners(store, Clock.fixed(LearnerFixtures.NOW, ZoneOffset.UTC),
            new Progression(new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard()),
                    new ReviewScheduler(Fsrs.defaults(), 0.9)),
            new Retry(Duration.ofSeconds(1), 1), new Events(List.of()));

    private static Attempt attempt(String id, String challengeId, Grade grade, int minute) {
        var ch = TRACK.challenge(challengeId).orElseThrow();
        return new Attempt(id, LearnerFixtures.ADA, "mini", challengeId, ch.conceptId(), ch.level(),
                challengeId.equals(BOSS) ? StepReason.BOSS : StepReason.PRACTICE, Answer.of("answer"), grade,
                LearnerFixtures.NOW.plus(Duration.ofMinutes(minute)));
    }

    private static Grade scored(double score) {
        return Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1");
    }

    /** The boss answered (graded as given, then ungraded {@code outages} times), then {@code later} other answers. */
    private void history(Grade boss, int outages, int later) {
        var attempts = new ArrayList<Attempt>();
        attempts.add(attempt("boss", BOSS, boss, 0));
        for (int i = 0; i < outages; i++) {
            attempts.add(attempt("outage-" + i, BOSS, Grade.error("fake", "1", "down"), 1 + i));
        }
        String other = TRACK.challenges("http", ChallengeLevel.DEFINE).get(0).id();
        for (int i = 0; i < later; i++) {
            attempts.add(attempt("p" + i, other, scored(0.9), 100 + i));
        }
        store.commit(new StoreCommit(LearnerState.initial(LearnerFixtures.ADA, "mini", LearnerFixtures.NOW), attempts));
    }

    @Test
    void aBossAnswerBeforeTheRecentAttemptsIsFoundByItsChallenge() {
        history(scored(0.8), 0, 60);
        var view = new TrackView(TRACK);
        var recent = learners.recent(LearnerFixtures.ADA, view);
        assertThat(recent).noneMatch(a -> a.challengeId().equals(BOSS));
        assertThat(learners.earlier(LearnerFixtures.ADA, view, recent).lastScored(BOSS))
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("boss"));
    }

    @Test
    void theLastGradedAnswerIsFoundBehindUngradedOnes() {
        history(scored(0.8), 6, 60);
        var view = new TrackView(TRACK);
        var recent = learners.recent(LearnerFixtures.ADA, view);
        assertThat(learners.earlier(LearnerFixtures.ADA, view, recent).lastScored(BOSS))
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("boss"));
    }

    @Test
    void recentAttemptsShorterThanTheLimitAreTheWholeHistoryAndNothingIsLookedUp() {
        history(scored(0.8), 0, 10);
        var view = new TrackView(TRACK);
        var recent = learners.recent(LearnerFixtures.ADA, view);
        assertThat(recent).hasSize(11);
        assertThat(learners.earlier(LearnerFixtures.ADA, view, recent).lastScored(BOSS)).isEmpty();
    }
}
