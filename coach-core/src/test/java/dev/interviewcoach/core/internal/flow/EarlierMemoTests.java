package dev.interviewcoach.core.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.progression.EarlierAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A session reads what it needs about questions from before the recent attempts once, and reads it
 * again as soon as an attempt it has not seen could have changed it.
 */
class EarlierMemoTests {
    private final EarlierMemo memo = new EarlierMemo();
    /** The store's answers, and how often each question was looked up. */
    private final Map<String, Instant> lastAsked = new HashMap<>();
    private final Map<String, Integer> lookups = new HashMap<>();
    private final EarlierAttempts store = new EarlierAttempts() {
        @Override
        public Optional<Attempt> lastScored(String challengeId) {
            lookups.merge("scored:" + challengeId, 1, Integer::sum);
            return Optional.empty();
        }

        @Override
        public Optional<Instant> lastAsked(String challengeId) {
            lookups.merge(challengeId, 1, Integer::sum);
            return Optional.ofNullable(lastAsked.get(challengeId));
        }
    };
    private final List<Attempt> attempts = new ArrayList<>();

    private Attempt ask(String challengeId) {
        var at = LearnerFixtures.NOW.plus(Duration.ofMinutes(attempts.size()));
        var a = LearnerFixtures.attempt("a" + attempts.size(), LearnerFixtures.challenge(challengeId, "http",
                ChallengeLevel.DEFINE, "t"), Grade.ok(0.5, List.of(), List.of(), List.of(), "", "fake", "1"), at,
                StepReason.PRACTICE);
        attempts.add(a);
        lastAsked.put(challengeId, at);
        return a;
    }

    /** The last {@code n} attempts, as the store reads them (new objects, as a JDBC store's are). */
    private List<Attempt> recent(int n) {
        return attempts.subList(Math.max(0, attempts.size() - n), attempts.size()).stream()
                .map(a -> new Attempt(a.id(), a.learnerId(), a.trackId(), a.challengeId(), a.conceptId(), a.level(),
                        a.reason(), a.answer(), a.grade(), a.at()))
                .toList();
    }

    private void others(int n) {
        for (int i = 0; i < n; i++) {
            ask("other-" + attempts.size());
        }
    }

    @Test
    void aQuestionIsLookedUpOnceWhileNobodyIsAskedItAgain() {
        ask("q1");
        others(5);
        for (int step = 0; step < 4; step++) {
            var view = memo.over(store, recent(3));
            assertThat(view.lastAsked("q1")).contains(LearnerFixtures.NOW);
            assertThat(view.lastAsked("never")).isEmpty();
            others(1);
        }
        assertThat(lookups).containsEntry("q1", 1).containsEntry("never", 1);
    }

    @Test
    void aQuestionAskedSinceTheLastReadingIsLookedUpAgain() {
        ask("q1");
        others(5);
        assertThat(memo.over(store, recent(3)).lastAsked("never")).isEmpty();
        var asked = ask("never");
        others(1);
        assertThat(memo.over(store, recent(3)).lastAsked("never")).contains(asked.at());
        assertThat(lookups).containsEntry("never", 2);
    }

    @Test
    void moreNewAttemptsThanTheRecentOnesHoldForgetEverything() {
        ask("q1");
        others(5);
        assertThat(memo.over(store, recent(3)).lastAsked("never")).isEmpty();
        var asked = ask("never");
        others(3); // the reading that saw "never" asked would have been more than 3 attempts back
        assertThat(memo.over(store, recent(3)).lastAsked("never")).contains(asked.at());
    }

    @Test
    void aLookupMadeBeforeANewerReadingIsNotKept() {
        others(5);
        var older = memo.over(store, recent(3));
        others(1);
        memo.over(store, recent(3)); // another thread of the session reads newer attempts meanwhile
        assertThat(older.lastAsked("q1")).isEmpty();
        ask("q1");
        assertThat(memo.over(store, recent(3)).lastAsked("q1")).isPresent();
        assertThat(lookups).containsEntry("q1", 2);
    }

    @Test
    void aGradedAnswerIsRememberedLikeAnAskingAndForgottenTheSameWay() {
        others(5);
        var view = memo.over(store, recent(3));
        view.lastScored("boss");
        view.lastScored("boss");
        assertThat(lookups).containsEntry("scored:boss", 1);
        ask("boss");
        memo.over(store, recent(3)).lastScored("boss");
        assertThat(lookups).containsEntry("scored:boss", 2);
    }
}
