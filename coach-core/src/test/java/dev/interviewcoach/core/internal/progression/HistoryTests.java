package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.challenge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the recent attempts say, read once into tables: the same answers as reading them one by one. */
class HistoryTests {
    private static final java.util.function.Predicate<Grade> PASSES = g -> g.isScored() && g.score().getAsDouble() >= 0.6;

    private static Attempt withId(Attempt a, String challengeId) {
        return new Attempt(a.id(), a.learnerId(), a.trackId(), challengeId, a.conceptId(), a.level(), a.reason(),
                a.answer(), a.grade(), a.at());
    }

    @Test
    void aChallengeIsFoundByItsIdWhateverStringHoldsItAndAFollowUpCountsAsAskingItsOriginal() {
        var one = challenge("http", ChallengeLevel.DEFINE, 1);
        var two = challenge("http", ChallengeLevel.DEFINE, 2);
        var attempts = new ArrayList<Attempt>();
        attempts.add(withId(answer(one, StepReason.PRACTICE, 0.9, 1), new String(one.id().toCharArray())));
        attempts.add(answer(two, StepReason.PRACTICE, 0.3, 2));
        attempts.add(withId(answer(two, StepReason.FOLLOW_UP, 0.9, 3), two.id() + FollowUps.MARK + "point"));
        attempts.add(answer(challenge("rest", ChallengeLevel.DEFINE, 1), StepReason.PRACTICE, 0.9, 4));
        var history = new History(attempts, PASSES);
        assertThat(history.stepsSince(new String(one.id().toCharArray()))).isEqualTo(4);
        assertThat(history.stepsSince(two.id())).isEqualTo(2);
        assertThat(history.stepsSince(challenge("http", ChallengeLevel.DEFINE, 3).id())).isEqualTo(-1);
        assertThat(history.stepsSince(two.id() + FollowUps.MARK + "point")).isEqualTo(-1);
    }

    @Test
    void theLastScoredAnswerToAChallengeIsItsOwnNotAFollowUpsNorAnUnscoredOne() {
        var boss = ProgressionFixtures.boss();
        var first = ProgressionFixtures.bossAnswer(0.9, 0.9, 1);
        var unscored = new Attempt("a2", first.learnerId(), first.trackId(), boss.id(), boss.conceptId(), boss.level(),
                StepReason.BOSS, first.answer(), Grade.abstain("fake", "1", "no"), first.at());
        var followUp = withId(ProgressionFixtures.bossAnswer(0.1, 0.1, 3), boss.id() + FollowUps.MARK + "api");
        var history = new History(List.of(first, unscored, followUp), PASSES);
        assertThat(history.lastOn(new String(boss.id().toCharArray()))).contains(first);
        assertThat(new History(List.of(unscored), PASSES).lastOn(boss.id())).isEmpty();
    }

    @Test
    void theLastWholeQuestionOnARungIgnoresFollowUpsDiagnosisAndUnscoredAnswers() {
        var one = challenge("http", ChallengeLevel.TRADEOFFS, 1);
        var passed = answer(one, StepReason.PRACTICE, 0.9, 1);
        var failedFollowUp = answer(one, StepReason.FOLLOW_UP, 0.1, 2);
        var failedDiagnostic = answer(one, StepReason.DIAGNOSTIC, 0.1, 3);
        var skipped = new Attempt("a4", passed.learnerId(), passed.trackId(), one.id(), new String("http".toCharArray()),
                one.level(), StepReason.PRACTICE, passed.answer(), Grade.abstain("fake", "1", "no"), passed.at());
        var history = new History(List.of(passed, failedFollowUp, failedDiagnostic, skipped), PASSES);
        assertThat(history.lastQuestionPassed(new String("http".toCharArray()), ChallengeLevel.TRADEOFFS)).isTrue();
        assertThat(history.lastQuestionPassed("http", ChallengeLevel.DEFINE)).isFalse();
        var failedLater = answer(challenge("http", ChallengeLevel.TRADEOFFS, 2), StepReason.RECOVERY, 0.2, 5);
        assertThat(new History(List.of(passed, failedLater), PASSES).lastQuestionPassed("http", ChallengeLevel.TRADEOFFS))
                .isFalse();
    }
}
