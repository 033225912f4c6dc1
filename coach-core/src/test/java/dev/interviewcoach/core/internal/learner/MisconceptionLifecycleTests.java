package dev.interviewcoach.core.internal.learner;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.challenge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misconception is suspected when shown, confirmed when it recurs, resolved after clean answers. */
class MisconceptionLifecycleTests {
    private final Misconceptions misconceptions = new Misconceptions(LearnerModel.RECENT_LIMIT);
    private final Challenge define =
            challenge("http.define.idempotency", "http", ChallengeLevel.DEFINE, "http.idempotency");
    private final Challenge tradeoffs =
            challenge("http.tradeoffs.put", "http", ChallengeLevel.TRADEOFFS, "http.idempotency");
    private final Challenge otherTopic =
            challenge("http.define.cookies", "http", ChallengeLevel.DEFINE, "http.cookies");

    @Test
    void aDetectedMisconceptionIsSuspectedAndRecordedWithTheAttemptThatShowedIt() {
        var records = apply(List.of(), define, attempt("a1", define, 0.3, NOW, "same-response"));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.qualifiedId()).isEqualTo("http.define.idempotency#same-response");
            assertThat(r.status()).isEqualTo(MisconceptionStatus.SUSPECTED);
            assertThat(r.topicId()).isEqualTo("http.idempotency");
            assertThat(r.occurrences()).isEqualTo(1);
            assertThat(r.attemptIds()).containsExactly("a1");
        });
    }

    @Test
    void aMisconceptionThatRecursIsConfirmedWithBothAttempts() {
        var records = apply(List.of(), define, attempt("a1", define, 0.3, NOW, "same-response"));
        records = apply(records, define, attempt("a2", define, 0.4, NOW, "same-response"));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(MisconceptionStatus.CONFIRMED);
            assertThat(r.occurrences()).isEqualTo(2);
            assertThat(r.attemptIds()).containsExactly("a1", "a2");
        });
    }

    @Test
    void aMisconceptionShownAgainInTheFollowUpOfItsQuestionIsConfirmedUnderTheQuestion() {
        var followUp = challenge("http.define.idempotency" + Challenge.FOLLOW_UP_ID_MARK + "definition", "http",
                ChallengeLevel.DEFINE, "http.idempotency");
        var records = apply(List.of(), define, attempt("a1", define, 0.3, NOW, "same-response"));
        records = apply(records, followUp, attempt("a2", followUp, 0.2, NOW, "same-response"));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.qualifiedId()).isEqualTo("http.define.idempotency#same-response");
            assertThat(r.status()).isEqualTo(MisconceptionStatus.CONFIRMED);
            assertThat(r.attemptIds()).containsExactly("a1", "a2");
        });
        var shownFirstInTheFollowUp = apply(List.of(), followUp,
                attempt("b1", followUp, 0.2, NOW, "same-response"));
        assertThat(shownFirstInTheFollowUp).singleElement()
                .satisfies(r -> assertThat(r.challengeId()).isEqualTo("http.define.idempotency"));
    }

    @Test
    void twoLaterAnswersOnItsTopicFreeOfItResolveIt() {
        var records = confirmed();
        records = apply(records, tradeoffs, attempt("a3", tradeoffs, 0.9, NOW));
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).cleanAnswersSince()).isEqualTo(1);
        records = apply(records, define, attempt("a4", define, 0.9, NOW));
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.RESOLVED);
        assertThat(only(records).attemptIds()).containsExactly("a1", "a2");
    }

    @Test
    void followUpsAndSkippedQuestionsOnItsTopicDoNotClearIt() {
        var records = confirmed();
        var followUp = challenge("http.tradeoffs.put" + Challenge.FOLLOW_UP_ID_MARK + "retries", "http",
                ChallengeLevel.TRADEOFFS, "http.idempotency");
        var skipped = new dev.interviewcoach.api.Attempt("s1", dev.interviewcoach.core.internal.LearnerFixtures.ADA, "mini",
                tradeoffs.id(), "http", ChallengeLevel.TRADEOFFS, dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.skip(),
                dev.interviewcoach.api.Grade.ok(0, List.of(), List.of(), List.of(), "", "coach", "1"), NOW);
        for (int i = 0; i < 3; i++) {
            records = apply(records, followUp, dev.interviewcoach.core.internal.LearnerFixtures.attempt(
                    "f" + i, followUp, dev.interviewcoach.api.Grade.ok(1.0, List.of(), List.of(), List.of(), "", "fake", "1"),
                    NOW, dev.interviewcoach.api.StepReason.FOLLOW_UP));
            records = apply(records, tradeoffs, skipped);
        }
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).cleanAnswersSince()).isZero();
    }

    @Test
    void failedAnswersOnItsTopicFreeOfItDoNotClearItSinceSayingLittleShowsNothing() {
        var records = confirmed();
        for (int i = 0; i < 3; i++) {
            records = apply(records, tradeoffs, attempt("w" + i, tradeoffs, 0.1, NOW));
        }
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).cleanAnswersSince()).isZero();
    }

    @Test
    void answersOnAnotherTopicNeitherResolveNorConfirmIt() {
        var records = confirmed();
        for (int i = 0; i < 3; i++) {
            records = apply(records, otherTopic, attempt("o" + i, otherTopic, 1.0, NOW));
        }
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).cleanAnswersSince()).isZero();
    }

    /** A challenge on another topic that lists the same misconception under the same id. */
    private static Challenge listingItOnAnotherTopic() {
        var c = challenge("http.pressure.retries", "http", ChallengeLevel.PRESSURE, "http.retries");
        var same = new dev.interviewcoach.api.Misconception("same-response", "Thinks the same request gets the same response.",
                List.of(dev.interviewcoach.api.Evidence.of("same response every time")), "Idempotent means the same effect.");
        return new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(), c.secondaryTopicIds(), c.prompt(), c.rubric(),
                List.of(same), c.referenceAnswer(), c.hints(), c.followUps(), c.sources(), c.samples());
    }

    @Test
    void anotherChallengeListingTheSameMisconceptionConfirmsItsRecordOrCountsCleanWhateverItsTopic() {
        var other = listingItOnAnotherTopic();
        var records = apply(List.of(), define, attempt("a1", define, 0.3, NOW, "same-response"));
        var recurred = apply(records, other, attempt("a2", other, 0.3, NOW, "same-response"));
        assertThat(recurred).as("the same belief again, not a record of its own").singleElement().satisfies(r -> {
            assertThat(r.qualifiedId()).isEqualTo("http.define.idempotency#same-response");
            assertThat(r.status()).isEqualTo(MisconceptionStatus.CONFIRMED);
            assertThat(r.attemptIds()).containsExactly("a1", "a2");
        });
        var clean = apply(records, other, attempt("a3", other, 0.9, NOW));
        assertThat(only(clean).cleanAnswersSince()).as("it could have shown it and did not").isEqualTo(1);
    }

    @Test
    void showingItAgainAfterOneCleanAnswerStartsTheCleanCountAfresh() {
        var records = confirmed();
        records = apply(records, tradeoffs, attempt("a3", tradeoffs, 0.9, NOW));
        records = apply(records, define, attempt("a4", define, 0.2, NOW, "same-response"));
        records = apply(records, tradeoffs, attempt("a5", tradeoffs, 0.9, NOW));
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).occurrences()).isEqualTo(3);
        assertThat(only(records).cleanAnswersSince()).isEqualTo(1);
    }

    @Test
    void aResolvedMisconceptionThatReturnsIsConfirmedAgain() {
        var records = confirmed();
        records = apply(records, tradeoffs, attempt("a3", tradeoffs, 0.9, NOW));
        records = apply(records, tradeoffs, attempt("a4", tradeoffs, 0.9, NOW));
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.RESOLVED);
        records = apply(records, define, attempt("a5", define, 0.2, NOW, "same-response"));
        assertThat(only(records).status()).isEqualTo(MisconceptionStatus.CONFIRMED);
        assertThat(only(records).attemptIds()).containsExactly("a1", "a2", "a5");
    }

    @Test
    void theSupportingAttemptsAreBounded() {
        List<MisconceptionRecord> records = List.of();
        for (int i = 0; i < 20; i++) {
            records = apply(records, define, attempt("a" + i, define, 0.2, NOW, "same-response"));
        }
        assertThat(only(records).occurrences()).isEqualTo(20);
        assertThat(only(records).attemptIds()).hasSize(LearnerModel.RECENT_LIMIT).endsWith("a19");
    }

    /** An answer as the learner model applies it: passed when it scores at the default pass mark. */
    private List<MisconceptionRecord> apply(List<MisconceptionRecord> records, Challenge challenge,
            dev.interviewcoach.api.Attempt attempt) {
        boolean passed = attempt.grade().score().orElse(0) >= dev.interviewcoach.core.PassPolicy.DEFAULT_PASS_MARK;
        return misconceptions.apply(records, challenge, attempt, passed);
    }

    private List<MisconceptionRecord> confirmed() {
        var records = apply(List.of(), define, attempt("a1", define, 0.3, NOW, "same-response"));
        return apply(records, define, attempt("a2", define, 0.4, NOW, "same-response"));
    }

    private static MisconceptionRecord only(List<MisconceptionRecord> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
