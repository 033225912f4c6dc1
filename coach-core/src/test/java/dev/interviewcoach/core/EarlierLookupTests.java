package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Progression asks, for the questions it considers, whether the learner was asked them before their
 * recent attempts: a store lookup each (a database round trip for the JDBC stores). A coach looks
 * each question up once and again only after it is asked, not on every step, whether a host keeps one
 * session or opens one per request.
 */
class EarlierLookupTests {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LearnerId ADA = LearnerId.of("ada");

    /** The in-memory store, counting the lookups of attempts at one challenge. */
    private static final class CountingStore extends ForwardingStore {
        final Map<String, Integer> lookups = new ConcurrentHashMap<>();

        @Override
        public List<Attempt> attempts(ChallengeAttemptQuery query) {
            lookups.merge(query.challengeId(), 1, Integer::sum);
            return super.attempts(query);
        }
    }

    @Test
    void aLearnerWhoKeepsMissingHasEachEarlierQuestionLookedUpOnceUntilItIsAskedAgain() {
        assertLookedUpOnceUntilAskedAgain(false);
    }

    @Test
    void aHostThatOpensASessionPerRequestGetsTheSameLookups() {
        assertLookedUpOnceUntilAskedAgain(true);
    }

    private static void assertLookedUpOnceUntilAskedAgain(boolean sessionPerStep) {
        var store = new CountingStore();
        var tracks = TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks")));
        var track = tracks.load("ladder");
        // placed at DEFINE everywhere, with more attempts than the recent ones the coach reads
        var placements = track.concepts().stream()
                .map(c -> new Placement(c.id(), Optional.of(ChallengeLevel.DEFINE), 0.9, List.of("placed-" + c.id())))
                .toList();
        var initial = LearnerState.initial(ADA, "ladder", NOW);
        var state = new LearnerState(ADA, "ladder", initial.schemaVersion(), 0, initial.profile(), List.of(), List.of(),
                List.of(), placements, NOW);
        // every question of the track asked long ago, then more attempts than the recent ones the coach reads
        var old = new ArrayList<Attempt>();
        var grade = Grade.ok(0.7, List.of(), List.of(), List.of(), "", "fixed", "1");
        for (var c : track.challenges()) {
            old.add(new Attempt("old-" + old.size(), ADA, "ladder", c.id(), c.conceptId(), c.level(),
                    StepReason.PRACTICE, Answer.of("an answer"), grade, NOW.minusSeconds(10_000 - old.size())));
        }
        var any = track.challenges().get(0);
        for (int i = 0; i < 80; i++) {
            old.add(new Attempt("old-" + old.size(), ADA, "ladder", "retired-" + i, any.conceptId(), any.level(),
                    StepReason.PRACTICE, Answer.of("an answer"), grade, NOW.minusSeconds(10_000 - old.size())));
        }
        store.commit(new StoreCommit(state, old));
        var coach = Coach.builder().tracks(tracks).grader(new FixedGrader(0.1)).memoryStore(store)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        var session = coach.session(ADA, "ladder");

        int steps = 40;
        for (int i = 0; i < steps; i++) {
            if (sessionPerStep) {
                session = coach.session(ADA, "ladder");
            }
            var step = session.next().orElseThrow();
            session.submit(step.id(), Answer.of("I am not sure about this one at all."));
        }

        var asked = new java.util.HashMap<String, Integer>();
        store.attempts(AttemptQuery.all(ADA)).forEach(a -> asked.merge(a.challengeId(), 1, Integer::sum));
        assertThat(store.lookups).as("progression looked earlier questions up").isNotEmpty();
        store.lookups.forEach((challenge, times) -> assertThat(times)
                .as("lookups of %s, asked %d times", challenge, asked.getOrDefault(challenge, 0))
                .isLessThanOrEqualTo(1 + asked.getOrDefault(challenge, 0)));
    }
}
