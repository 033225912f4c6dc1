package dev.interviewcoach.core.internal.learner;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.challenge;
import static dev.interviewcoach.core.internal.LearnerFixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The properties mastery must have, checked over generated states and grades. */
class MasteryPropertiesTests {
    private static final long SEED = 20261124L;
    private final LearnerModel model = new LearnerModel(
            new ReviewScheduler(Fsrs.defaults(), ReviewScheduler.DEFAULT_DESIRED_RETENTION), ZoneOffset.UTC);

    @Test
    void aBetterGradeNeverLeavesAnyEstimateLowerThanAWorseGradeWould() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(priors(), integers().between(0, 4), doubles().between(0, 1), doubles().between(0, 1))
                .checkAssert((priors, rung, a, b) -> {
                    var state = stateWith(priors);
                    var level = ChallengeLevel.values()[rung];
                    var worse = answer(state, level, Math.min(a, b));
                    var better = answer(state, level, Math.max(a, b));
                    for (var l : ChallengeLevel.values()) {
                        assertThat(probability(better, l)).as("rung %s", l)
                                .isGreaterThanOrEqualTo(probability(worse, l));
                    }
                });
    }

    @Test
    void aFailedAnswerNeverMakesAnyRungMasteredEvenWhenItsScoreIsJustUnderThePassMark() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(priors(), integers().between(0, 4), doubles().between(0.45, 0.5999))
                .checkAssert((priors, rung, score) -> {
                    var state = stateWith(priors, MasteryStatus.TENTATIVE);
                    var after = answer(state, ChallengeLevel.values()[rung], score);
                    for (var l : ChallengeLevel.values()) {
                        assertThat(after.mastery("http", l).orElseThrow().status()).as("rung %s", l)
                                .isNotEqualTo(MasteryStatus.MASTERED);
                        if (l.ordinal() < rung) {
                            assertThat(probability(after, l)).as("rung %s below", l).isEqualTo(probability(state, l));
                        }
                    }
                });
    }

    @Test
    void successAtAHigherRungIsEvidenceForTheRungsBelow() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(priors(), integers().between(1, 4), doubles().between(0.7, 1))
                .checkAssert((priors, rung, score) -> {
                    var state = stateWith(priors);
                    var after = answer(state, ChallengeLevel.values()[rung], score);
                    for (int lower = 0; lower < rung; lower++) {
                        var l = ChallengeLevel.values()[lower];
                        assertThat(probability(after, l)).as("rung %s", l).isGreaterThan(probability(state, l));
                        assertThat(after.mastery("http", l).orElseThrow().evidenceCount())
                                .isEqualTo(state.mastery("http", l).orElseThrow().evidenceCount() + 1);
                    }
                });
    }

    @Test
    void noAnswerAtAHigherRungLowersTheRungsBelow() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(priors(), integers().between(1, 4), doubles().between(0, 1))
                .checkAssert((priors, rung, score) -> {
                    var state = stateWith(priors);
                    var after = answer(state, ChallengeLevel.values()[rung], score);
                    for (int lower = 0; lower < rung; lower++) {
                        var l = ChallengeLevel.values()[lower];
                        assertThat(probability(after, l)).isGreaterThanOrEqualTo(probability(state, l));
                    }
                });
    }

    @Test
    void anAnswerLeavesEveryRecordAboveItsRungAndOfOtherConceptsAsItWasAndLosesNone() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(priors(), priors(), integers().between(0, 4), doubles().between(0, 1))
                .checkAssert((http, rest, rung, score) -> {
                    var base = stateWith(http);
                    var mastery = new ArrayList<>(base.mastery());
                    for (var level : ChallengeLevel.values()) {
                        mastery.add(level.ordinal() % 2, new Mastery("rest", level, rest.get(level.ordinal()), 1,
                                MasteryStatus.TENTATIVE, List.of("r")));
                    }
                    var state = new LearnerState(base.learnerId(), base.trackId(), base.schemaVersion(),
                            base.storeVersion(), base.profile(), mastery, List.of(), List.of(), List.of(), NOW);
                    var answered = ChallengeLevel.values()[rung];
                    var after = answer(state, answered, score);
                    assertThat(after.mastery()).hasSameSizeAs(state.mastery());
                    for (var m : state.mastery()) {
                        assertThat(after.mastery(m.conceptId(), m.level())).as("%s %s", m.conceptId(), m.level())
                                .isPresent();
                        if (!m.conceptId().equals("http") || m.level().compareTo(answered) > 0) {
                            assertThat(after.mastery(m.conceptId(), m.level())).contains(m);
                        }
                    }
                });
    }

    @Test
    void oneAnswerNeverMakesAConfirmedMasteryClaim() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(integers().between(0, 4), doubles().between(0, 1), integers().between(-1, 5))
                .checkAssert((rung, score, placed) -> {
                    var state = initial();
                    if (placed >= 0) {
                        var level = placed == 0 ? Optional.<ChallengeLevel>empty()
                                : Optional.of(ChallengeLevel.values()[placed - 1]);
                        var placement = new Placement("http", level, 0.9, List.of("d1"));
                        state = model.place(state, List.of(placement), List.of(), NOW);
                    }
                    var after = answer(state, ChallengeLevel.values()[rung], score);
                    assertThat(after.mastery()).isNotEmpty()
                            .allSatisfy(m -> assertThat(m.status()).isEqualTo(MasteryStatus.TENTATIVE));
                });
    }

    @Test
    void everyStateCountsItsEvidenceAndKeepsOnlyItsMostRecentAttempts() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(1, 40), integers().between(0, 4))
                .checkAssert((scores, rung) -> {
                    var level = ChallengeLevel.values()[rung];
                    var state = initial();
                    var ids = new ArrayList<String>();
                    for (double score : scores) {
                        String id = "a" + ids.size();
                        ids.add(id);
                        var c = challenge(level);
                        state = model.apply(state, c, attempt(id, c, score, NOW), NOW).state();
                    }
                    var mastery = state.mastery("http", level).orElseThrow();
                    assertThat(mastery.evidenceCount()).isEqualTo(scores.size());
                    int kept = Math.min(ids.size(), LearnerModel.RECENT_LIMIT);
                    assertThat(mastery.recentAttemptIds())
                            .containsExactlyElementsOf(ids.subList(ids.size() - kept, ids.size()));
                    assertThat(state.mastery()).allSatisfy(m ->
                            assertThat(m.recentAttemptIds()).hasSizeLessThanOrEqualTo(LearnerModel.RECENT_LIMIT));
                });
    }

    @Test
    void twoStrongAnswersConfirmMasteryAndTwoFailedOnesConfirmItIsNotYetHeld() {
        var strong = initial();
        var weak = initial();
        for (int i = 0; i < 2; i++) {
            var c = challenge(ChallengeLevel.DEFINE);
            strong = model.apply(strong, c, attempt("s" + i, c, 1.0, NOW), NOW).state();
            weak = model.apply(weak, c, attempt("w" + i, c, 0.0, NOW), NOW).state();
        }
        var level = ChallengeLevel.DEFINE;
        assertThat(strong.mastery("http", level)).map(Mastery::status).contains(MasteryStatus.MASTERED);
        assertThat(weak.mastery("http", level)).map(Mastery::status).contains(MasteryStatus.NOT_MASTERED);
    }

    @Test
    void aStatusMovesOnlyTheWayItsEstimateMoved() {
        var statuses = MasteryStatus.values();
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(priors(), integers().between(0, 4), doubles().between(0, 1), integers().between(0, 2))
                .checkAssert((priors, rung, score, status) -> {
                    var state = stateWith(priors, statuses[status]);
                    var after = answer(state, ChallengeLevel.values()[rung], score);
                    for (var l : ChallengeLevel.values()) {
                        var was = state.mastery("http", l).orElseThrow();
                        var now = after.mastery("http", l).orElseThrow();
                        if (now.probability() >= was.probability()) {
                            assertThat(rank(now.status())).as("rung %s rose: %s -> %s", l, was.status(), now.status())
                                    .isGreaterThanOrEqualTo(rank(was.status()));
                        } else {
                            assertThat(rank(now.status())).as("rung %s fell: %s -> %s", l, was.status(), now.status())
                                    .isLessThanOrEqualTo(rank(was.status()));
                        }
                    }
                });
    }

    @Test
    void aFailedAnswerNeverRaisesTheStatusOfItsOwnRungEvenWhenPracticeLiftsTheEstimate() {
        // scores just under the one where an answer stops counting against the rung (0.58 here): the
        // learning a practice answer brings can lift the estimate a little after them
        var statuses = MasteryStatus.values();
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(priors(), integers().between(0, 4), doubles().between(0.45, 0.579), integers().between(0, 2))
                .checkAssert((priors, rung, score, status) -> {
                    var level = ChallengeLevel.values()[rung];
                    var state = stateWith(priors, statuses[status]);
                    var was = state.mastery("http", level).orElseThrow();
                    var now = answer(state, level, score).mastery("http", level).orElseThrow();
                    assertThat(rank(now.status())).as("%s after a %.2f answer: %s -> %s (estimate %.2f -> %.2f)", level,
                            score, was.status(), now.status(), was.probability(), now.probability())
                            .isLessThanOrEqualTo(rank(was.status()));
                });
    }

    @Test
    void aFollowUpMovesTheEstimateButNeverRaisesAStatusNorRestoresARungAFailedAnswerTookFromMastered() {
        var statuses = MasteryStatus.values();
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(priors(), integers().between(0, 4), doubles().between(0, 1), integers().between(0, 2))
                .checkAssert((priors, rung, score, status) -> {
                    var level = ChallengeLevel.values()[rung];
                    var state = stateWith(priors, statuses[status]);
                    var c = challenge(level);
                    var followUp = dev.interviewcoach.core.internal.LearnerFixtures.attempt("f", c,
                            dev.interviewcoach.api.Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1"), NOW,
                            dev.interviewcoach.api.StepReason.FOLLOW_UP);
                    var after = model.apply(state, c, followUp, NOW).state();
                    for (var l : ChallengeLevel.values()) {
                        assertThat(rank(after.mastery("http", l).orElseThrow().status())).as("rung %s", l)
                                .isLessThanOrEqualTo(rank(state.mastery("http", l).orElseThrow().status()));
                    }
                });
        // a failed answer left DESIGN just under MASTERED; the passed follow-up on its missed point lifts the
        // estimate, where a whole question would confirm the rung
        var failed = stateWith(List.of(0.95, 0.95, 0.95, 0.83, 0.5), MasteryStatus.TENTATIVE);
        var c = challenge(ChallengeLevel.DESIGN);
        assertThat(model.apply(failed, c, attempt("w", c, 1.0, NOW), NOW).state().mastery("http", ChallengeLevel.DESIGN)
                .orElseThrow().status()).as("a whole question confirms it").isEqualTo(MasteryStatus.MASTERED);
        var followUp = dev.interviewcoach.core.internal.LearnerFixtures.attempt("f", c,
                dev.interviewcoach.api.Grade.ok(1.0, List.of(), List.of(), List.of(), "", "fake", "1"), NOW,
                dev.interviewcoach.api.StepReason.FOLLOW_UP);
        var after = model.apply(failed, c, followUp, NOW).state().mastery("http", ChallengeLevel.DESIGN).orElseThrow();
        assertThat(after.probability()).isGreaterThan(failed.mastery("http", ChallengeLevel.DESIGN).orElseThrow().probability());
        assertThat(after.status()).isNotEqualTo(MasteryStatus.MASTERED);
    }

    @Test
    void aFollowUpMovesItsRungHalfAsFarAsAWholeQuestionWithTheSameScoreAndTheSameWay() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(priors(), integers().between(0, 4), doubles().between(0, 1))
                .checkAssert((priors, rung, score) -> {
                    var level = ChallengeLevel.values()[rung];
                    var state = stateWith(priors);
                    var c = challenge(level);
                    double before = state.mastery("http", level).orElseThrow().probability();
                    double whole = model.apply(state, c, attempt("w", c, score, NOW), NOW).state()
                            .mastery("http", level).orElseThrow().probability();
                    var followUp = dev.interviewcoach.core.internal.LearnerFixtures.attempt("f", c,
                            dev.interviewcoach.api.Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1"), NOW,
                            dev.interviewcoach.api.StepReason.FOLLOW_UP);
                    double part = model.apply(state, c, followUp, NOW).state().mastery("http", level).orElseThrow()
                            .probability();
                    assertThat(part - before).as("prior %.3f, score %.3f", before, score)
                            .isCloseTo((whole - before) * MasteryTracker.FOLLOW_UP_WEIGHT, org.assertj.core.data.Offset.offset(1e-9));
                });
    }

    @Test
    void aPassOnAQuestionFailedBeforeMovesItsRungHalfAsFarAsAFirstPassAndAFailureOnItAsFar() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(priors(), integers().between(0, 4), doubles().between(0, 1))
                .checkAssert((priors, rung, score) -> {
                    var level = ChallengeLevel.values()[rung];
                    var state = stateWith(priors);
                    var c = challenge(level);
                    boolean passed = score >= 0.6;
                    double before = state.mastery("http", level).orElseThrow().probability();
                    var a = attempt("r", c, score, NOW);
                    double first = model.apply(state, c, a, NOW, passed, false).state().mastery("http", level)
                            .orElseThrow().probability();
                    double retry = model.apply(state, c, a, NOW, passed, true).state().mastery("http", level)
                            .orElseThrow().probability();
                    double expected = passed ? (first - before) * MasteryTracker.RETRY_PASS_WEIGHT : first - before;
                    assertThat(retry - before).as("prior %.3f, score %.3f", before, score)
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                });
    }

    @Test
    void aReviewOrADiagnosticAnswerToAQuestionFailedBeforeIsFullEvidence() {
        var state = stateWith(List.of(0.5, 0.5, 0.5, 0.5, 0.5));
        var c = challenge(ChallengeLevel.DEBUG);
        for (var reason : List.of(dev.interviewcoach.api.StepReason.REVIEW, dev.interviewcoach.api.StepReason.DIAGNOSTIC)) {
            var answer = dev.interviewcoach.core.internal.LearnerFixtures.attempt("v", c,
                    dev.interviewcoach.api.Grade.ok(0.9, List.of(), List.of(), List.of(), "", "fake", "1"), NOW, reason);
            double first = model.apply(state, c, answer, NOW, true, false).state().mastery("http", ChallengeLevel.DEBUG)
                    .orElseThrow().probability();
            double again = model.apply(state, c, answer, NOW, true, true).state().mastery("http", ChallengeLevel.DEBUG)
                    .orElseThrow().probability();
            assertThat(again).as("%s", reason).isEqualTo(first);
        }
    }

    @Test
    void passingAtHigherRungsNeverMarksARungBelowNotMastered() {
        var state = stateWith(List.of(0.25, 0.25, 0.25, 0.25, 0.25));
        var after = answer(answer(state, ChallengeLevel.DEBUG, 0.6), ChallengeLevel.DESIGN, 1.0);
        for (var l : List.of(ChallengeLevel.DEFINE, ChallengeLevel.TRADEOFFS, ChallengeLevel.DEBUG)) {
            assertThat(after.mastery("http", l).orElseThrow().status()).as("rung %s", l)
                    .isNotEqualTo(MasteryStatus.NOT_MASTERED);
        }
    }

    private static int rank(MasteryStatus status) {
        return status == MasteryStatus.NOT_MASTERED ? 0 : status == MasteryStatus.TENTATIVE ? 1 : 2;
    }

    private static org.quicktheories.core.Gen<List<Double>> priors() {
        return lists().of(doubles().between(0.01, 0.99)).ofSize(5);
    }

    private static LearnerState stateWith(List<Double> priors) {
        return stateWith(priors, MasteryStatus.TENTATIVE);
    }

    private static LearnerState stateWith(List<Double> priors, MasteryStatus status) {
        var mastery = new ArrayList<Mastery>();
        for (var level : ChallengeLevel.values()) {
            double p = priors.get(level.ordinal());
            mastery.add(new Mastery("http", level, p, 1, status, List.of("p")));
        }
        var s = initial();
        return new LearnerState(s.learnerId(), s.trackId(), s.schemaVersion(), s.storeVersion(), s.profile(), mastery,
                List.of(), List.of(), List.of(), NOW);
    }

    private LearnerState answer(LearnerState state, ChallengeLevel level, double score) {
        var c = challenge(level);
        return model.apply(state, c, attempt("x", c, score, NOW), NOW).state();
    }

    private static double probability(LearnerState state, ChallengeLevel level) {
        return state.mastery("http", level).map(Mastery::probability).orElse(MasteryTracker.PRIOR);
    }
}
