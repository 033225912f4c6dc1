package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence is quoted to the learner in whole words, whatever piece of a word a grader's span covers,
 * and only beside a criterion it (partly) met.
 */
class FeedbackViewTests {
    @Test
    void aSpanEndingOrStartingInsideAWordIsQuotedAsTheWholeWord() {
        String answer = "Split firstName and lastName into two columns.";
        int start = answer.indexOf("firstName");
        int end = answer.indexOf("lastName") + "last".length();
        assertThat(FeedbackView.quotes(List.of(new EvidenceSpan(start, end)), answer))
                .isEqualTo(" — “firstName and lastName”");
        int key = answer.indexOf("columns");
        assertThat(FeedbackView.quotes(List.of(new EvidenceSpan(key + 1, key + 4)), answer)).isEqualTo(" — “columns”");
    }

    @Test
    void aQuoteTakesInTheNegatorDirectlyBeforeItSoItShowsWhatWasSaid() {
        assertThat(asSaid("Don't log request bodies.", "log request bodies")).isEqualTo("Don't log request bodies");
        assertThat(asSaid("We don’t log request bodies.", "log request bodies")).isEqualTo("don’t log request bodies");
        assertThat(asSaid("We do not log request bodies.", "log request bodies")).isEqualTo("do not log request bodies");
        assertThat(asSaid("Never  cache tokens.", "cache tokens")).isEqualTo("Never  cache tokens");
        assertThat(asSaid("Retries without a key duplicate.", "a key")).isEqualTo("without a key");
        assertThat(asSaid("There is no lock.", "lock")).isEqualTo("no lock");
        assertThat(asSaid("It is not idempotent.", "idempotent")).isEqualTo("not idempotent");
    }

    @Test
    void aNegatorInAnotherSentenceOrInsideAnotherWordIsLeftOutOfTheQuote() {
        assertThat(asSaid("I said no. Log request bodies.", "Log request bodies")).isEqualTo("Log request bodies");
        assertThat(asSaid("Say no\n\ncache tokens.", "cache tokens")).isEqualTo("cache tokens");
        assertThat(asSaid("I know log files.", "log files")).isEqualTo("log files");
        assertThat(asSaid("Canon cache tokens.", "cache tokens")).isEqualTo("cache tokens");
        assertThat(asSaid("Not ever cache tokens.", "cache tokens")).as("only the word directly before")
                .isEqualTo("cache tokens");
    }

    /** The words a span on {@code quoted} in {@code answer} is shown as. */
    private static String asSaid(String answer, String quoted) {
        int at = answer.indexOf(quoted);
        return FeedbackView.asSaid(new EvidenceSpan(at, at + quoted.length()), answer).in(answer);
    }

    @Test
    void aSpanOnWholeWordsIsQuotedAsItIs() {
        String answer = "Use a cache, then expire it.";
        var span = new EvidenceSpan(answer.indexOf("cache"), answer.indexOf("cache") + 5);
        assertThat(FeedbackView.wholeWords(span, answer)).isSameAs(span);
        assertThat(FeedbackView.quotes(List.of(span), answer)).isEqualTo(" — “cache”");
    }

    @Test
    void aMissedCriterionQuotesNoWordsEvenWhenTheGraderPointedAtSome() {
        String answer = "pricing rules pricing rules cache ttl redis";
        var criterion = Criterion.of("rules", 1, "Names the pricing rules.", List.of(Evidence.of("pricing rules")));
        var challenge = Challenge.of("t.define.one", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("Which rules?"),
                Rubric.of(List.of(criterion)), "The pricing rules.");
        var span = List.of(new EvidenceSpan(0, "pricing rules".length()));
        var style = new Style(false, 200);
        assertThat(FeedbackView.criterion(new CriterionResult("rules", CriterionOutcome.MISSED, 0, span, ""), challenge,
                answer, style)).contains("Missed").doesNotContain("“");
        assertThat(FeedbackView.criterion(new CriterionResult("rules", CriterionOutcome.PARTLY_MET, 0.5, span, ""),
                challenge, answer, style)).contains("Partly", "“pricing rules”");
    }

    @Test
    void aPointTheNextQuestionFollowsUpIsNeitherDescribedNorNamedByItsId() {
        var result = new CriterionResult("lock-safety", CriterionOutcome.MISSED, 0, List.of(), "");
        String line = FeedbackView.heldBack(result, new Style(false, 200));
        assertThat(line).contains("Missed", "the next question asks about").doesNotContain("lock", "safety");
    }

    private static dev.interviewcoach.api.MasteryChange change(String concept, ChallengeLevel level, double before,
            double after, dev.interviewcoach.api.MasteryStatus from, dev.interviewcoach.api.MasteryStatus to) {
        return new dev.interviewcoach.api.MasteryChange(concept, level, before, after, from, to);
    }

    @Test
    void aMasteryLineKeepsTwoDecimalsAndSaysAMoveTooSmallForThemInWordsWithoutTwoEqualFigures() {
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        var style = new Style(false, 200);
        var tentative = dev.interviewcoach.api.MasteryStatus.TENTATIVE;
        var mastered = dev.interviewcoach.api.MasteryStatus.MASTERED;
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.DEFINE, 0.849, 0.852, tentative, mastered), track,
                style)).as("cut like the scores, a status that crosses 0.85 shows a number that crossed it")
                .isEqualTo("  ↑ HTTP and web fundamentals · DEFINE 0.84 → 0.85 (tentative → mastered)");
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.DEBUG, 0.119, 0.115, tentative, tentative), track,
                style)).isEqualTo("  ↓ HTTP and web fundamentals · DEBUG 0.11, slightly lower");
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.DEBUG, 0.111, 0.113, tentative, tentative), track,
                style)).endsWith("DEBUG 0.11, slightly higher").startsWith("  ↑");
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.PRESSURE, 0.253, 0.251, tentative,
                dev.interviewcoach.api.MasteryStatus.NOT_MASTERED), track, style))
                .as("the status change stays visible").endsWith("PRESSURE 0.25, slightly lower (tentative → not yet)");
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.DEBUG, 0.9, 0.9, tentative, mastered), track,
                style)).endsWith("DEBUG 0.90, unchanged (tentative → mastered)").startsWith("  =");
        assertThat(FeedbackView.mastery(change("http", ChallengeLevel.DEFINE, 0.5, 0.6, tentative, tentative), track,
                style)).endsWith("0.50 → 0.60");
    }

    @Test
    void aMasteryLineWrapsAtANarrowTerminalAsTheRestOfTheFeedbackDoes() {
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        String line = FeedbackView.mastery(change("rest", ChallengeLevel.DESIGN, 0.77, 0.85,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, dev.interviewcoach.api.MasteryStatus.MASTERED), track,
                new Style(false, 60));
        assertThat(line.lines()).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThan(60));
        assertThat(line.lines().skip(1).findFirst().orElseThrow()).startsWith("    ").doesNotStartWith("     ");
        assertThat(line.replaceAll("\\s+", " ")).isEqualTo(" ↑ REST and API design · DESIGN 0.77 → 0.85 (tentative → "
                + "mastered)");
    }

    @Test
    void theBulletsOfWhatAGoodAnswerCoversContinueUnderTheirTextTwoColumnsInFromTheDash() {
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        var question = track.challenges().get(0);
        var attempt = new dev.interviewcoach.api.Attempt("a1", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                question.id(), question.conceptId(), question.level(), dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.skip(), dev.interviewcoach.api.Grade.ok(0, List.of(), List.of(), List.of(),
                        "", "rubric", "1"), java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var feedback = new dev.interviewcoach.core.Feedback(attempt, false, List.of(), List.of(), java.util.Optional.empty(),
                dev.interviewcoach.core.EvidenceDiscount.none());
        String out = FeedbackView.renderWithoutNext(feedback, question, track, new Style(false, 60));
        var bullets = out.substring(out.indexOf("A good answer covers")).lines().skip(1).toList();
        assertThat(bullets.stream().filter(l -> l.startsWith("  - ")).count()).isEqualTo(question.rubric().criteria().size());
        assertThat(bullets).as("some item wraps").anySatisfy(l -> assertThat(l).startsWith("    "));
        assertThat(bullets).allSatisfy(l -> assertThat(l).matches("  - \\S.*|    \\S.*"));
    }

    @Test
    void aPlugInGradersOwnNoteIsShownWithoutTheLinesThatRestateACriterion() {
        var criterion = Criterion.of("rules", 1, "Names the pricing rules.", List.of(Evidence.of("pricing rules")));
        var challenge = Challenge.of("t.define.one", "t", ChallengeLevel.DEFINE, "t.topic", Prompt.of("Which rules?"),
                Rubric.of(List.of(criterion)), "The pricing rules.");
        var result = new CriterionResult("rules", CriterionOutcome.MISSED, 0, List.of(), "Name them.");
        String feedback = "Met 0 of 1 criteria (score 0.33).\nMissing: Names the pricing rules. Name them.\n"
                + "Say it with confidence: hedging costs 0.1.";
        var plugIn = dev.interviewcoach.api.Grade.ok(0.23, List.of(result), List.of(), List.of(), feedback,
                "hedge-aware", "1");
        assertThat(FeedbackView.gradersNote(plugIn, challenge)).isEqualTo("Say it with confidence: hedging costs 0.1.");
        var builtIn = dev.interviewcoach.api.Grade.ok(0.23, List.of(result), List.of(), List.of(), feedback,
                "rubric+semantic", "1");
        assertThat(FeedbackView.gradersNote(builtIn, challenge)).as("the criteria lines already say it").isEmpty();
    }

    @Test
    void aScoreIsCutNotRoundedSoItNeverReadsAsThePassMarkItMissed() {
        assertThat(Scores.two(0.595)).isEqualTo("0.59");
        assertThat(Scores.two(0.6)).isEqualTo("0.60");
        assertThat(Scores.two(0.29)).as("a decimal stored a hair below itself").isEqualTo("0.29");
        assertThat(FeedbackView.counted(0.595, 0.85)).isEqualTo("0.59 of the grader's 0.70: ");
    }

    @Test
    void aDiscountTooSmallForTwoDecimalsIsShownWithAThird() {
        assertThat(FeedbackView.counted(0.5, 0.99)).isEqualTo("0.500 of the grader's 0.505: ");
        assertThat(FeedbackView.counted(0.45, 0.9)).isEqualTo("0.45 of the grader's 0.50: ");
    }

    @Test
    void theNextStepLineUnderTheFeedbackKeepsARecoverysHintForTheQuestionItself() {
        String why = "Two misses in a row on HTTP at DEBUG: a different question at the same rung, with a hint. "
                + "Hint: Compare the two idle timeouts.";
        assertThat(FeedbackView.withoutHint(why)).doesNotContain("idle timeouts")
                .startsWith("Two misses in a row on HTTP at DEBUG").endsWith(" (the hint comes with the question).").doesNotContain(". (the hint");
        assertThat(FeedbackView.withoutHint("Practice: HTTP at DEBUG.")).isEqualTo("Practice: HTTP at DEBUG.");
    }

    @Test
    void theFollowUpAskedNextIsNotAlsoListedAsOneAnInterviewerWouldAskButTheOthersAre() {
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        var question = track.challenges().stream().filter(c -> c.followUps().size() >= 2).findFirst().orElseThrow();
        var asked = question.followUps().get(0);
        var other = question.followUps().get(1);
        var grade = dev.interviewcoach.api.Grade.ok(0.3, List.of(), List.of(), List.of(), "", "rubric", "1");
        var attempt = new dev.interviewcoach.api.Attempt("a1", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                question.id(), question.conceptId(), question.level(), dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.of("an answer"), grade, java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var next = new dev.interviewcoach.core.Step("s2", question.followUpChallenge(asked.criterionId()).orElseThrow(),
                dev.interviewcoach.api.StepReason.FOLLOW_UP, "A follow-up.", 2, java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var feedback = new dev.interviewcoach.core.Feedback(attempt, false, List.of(asked, other), List.of(),
                java.util.Optional.of(next), dev.interviewcoach.core.EvidenceDiscount.none());
        String out = FeedbackView.renderWithoutNext(feedback, question, track, new Style(false, 400));
        assertThat(out).contains("An interviewer would ask next", other.question()).doesNotContain(asked.question());
        var withoutNext = new dev.interviewcoach.core.Feedback(attempt, false, List.of(asked, other), List.of(),
                java.util.Optional.empty(), dev.interviewcoach.core.EvidenceDiscount.none());
        assertThat(FeedbackView.renderWithoutNext(withoutNext, question, track, new Style(false, 400)))
                .contains(asked.question(), other.question());
    }

    @Test
    void theRubricGradersOwnSummaryOfACapIsTheOneTheViewShows() {
        var criteria = new java.util.ArrayList<Criterion>();
        criteria.add(new Criterion("jitter", 1, true, "The jitter idea.", java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(Evidence.of("random jitter")), 1, java.util.Optional.empty()));
        for (String point : List.of("exponential backoff", "retry budget", "circuit breaker", "idempotency key",
                "deadline propagation")) {
            criteria.add(Criterion.of(point.replace(' ', '-'), 1, "The " + point + " idea.", List.of(Evidence.of(point))));
        }
        var challenge = Challenge.of("t.design.required", "t", ChallengeLevel.DESIGN, "t.topic",
                Prompt.of("How should clients of a flaky payment API retry?"), Rubric.of(criteria), "unused");
        var grade = dev.interviewcoach.core.Graders.rubric().grade(dev.interviewcoach.spi.GradingRequest.of(challenge,
                dev.interviewcoach.api.Answer.of("Clients should retry carefully. We use exponential backoff here. We use "
                        + "retry budget here. We use circuit breaker here. We use idempotency key here.")));
        assertThat(grade.score()).hasValue(0.5);
        assertThat(FeedbackView.capReason(grade)).hasValueSatisfying(r -> assertThat(r).startsWith("A required point is missing"));
    }

    @Test
    void aScoreACapLoweredSaysWhyAndAnUncappedOneSaysNothingMore() {
        var capped = dev.interviewcoach.api.Grade.ok(0.5, List.of(), List.of(), List.of(),
                "Met 4 of 6 criteria (score 0.50: a required point is missing, which caps the score at 0.50).\nMissing: x",
                "rubric", "1");
        assertThat(FeedbackView.capReason(capped)).hasValue("A required point is missing, which caps the score at 0.50");
        var plain = dev.interviewcoach.api.Grade.ok(0.5, List.of(), List.of(), List.of(),
                "Met 4 of 6 criteria (score 0.50).\nMissing: x", "rubric", "1");
        assertThat(FeedbackView.capReason(plain)).isEmpty();
    }

    @Test
    void aBossAnswerThatPassesSaysSoAndListsOnlyTheMovesThatMatterOfItsManyMasteryChanges() {
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        var boss = track.bossChallenges().get(0);
        var changes = new java.util.ArrayList<dev.interviewcoach.api.MasteryChange>();
        for (var concept : track.concepts()) {
            for (var level : ChallengeLevel.values()) {
                if (level.compareTo(boss.level()) <= 0) {
                    changes.add(new dev.interviewcoach.api.MasteryChange(concept.id(), level, 0.8, 0.81,
                            dev.interviewcoach.api.MasteryStatus.TENTATIVE, dev.interviewcoach.api.MasteryStatus.TENTATIVE));
                }
            }
        }
        var grade = dev.interviewcoach.api.Grade.ok(0.8, List.of(), List.of(), List.of(), "", "rubric", "1");
        var attempt = new dev.interviewcoach.api.Attempt("a1", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                boss.id(), boss.conceptId(), boss.level(), dev.interviewcoach.api.StepReason.BOSS,
                dev.interviewcoach.api.Answer.of("a design"), grade, java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var feedback = new dev.interviewcoach.core.Feedback(attempt, true, List.of(), changes, java.util.Optional.empty(),
                dev.interviewcoach.core.EvidenceDiscount.none());
        String out = FeedbackView.renderWithoutNext(feedback, boss, track, new Style(false, 200));
        assertThat(out).contains("You passed the boss question.");
        assertThat(out.lines().filter(l -> l.contains(" → ")).count()).isEqualTo(track.concepts().size());
        assertThat(out).contains("and " + (changes.size() - track.concepts().size()) + " smaller moves on the rungs below");
    }

    @Test
    void theAnswerThatCompletesTheDiagnosisListsOnlyItsOwnConceptsMovesNotThoseOfThePlacementThatFollows() {
        var mine = new dev.interviewcoach.api.MasteryChange("http", ChallengeLevel.DEBUG, 0.25, 0.72,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, dev.interviewcoach.api.MasteryStatus.TENTATIVE);
        var placed = new dev.interviewcoach.api.MasteryChange("caching", ChallengeLevel.TRADEOFFS, 0.31, 0.76,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, dev.interviewcoach.api.MasteryStatus.TENTATIVE);
        var grade = dev.interviewcoach.api.Grade.ok(0.8, List.of(), List.of(), List.of(), "", "rubric", "1");
        var attempt = new dev.interviewcoach.api.Attempt("a1", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                "http.debug.x", "http", ChallengeLevel.DEBUG, dev.interviewcoach.api.StepReason.DIAGNOSTIC,
                dev.interviewcoach.api.Answer.of("an answer"), grade, java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var feedback = new dev.interviewcoach.core.Feedback(attempt, true, List.of(), List.of(mine, placed),
                java.util.Optional.empty(), dev.interviewcoach.core.EvidenceDiscount.none());
        assertThat(DiagnosisView.onItsConcept(feedback).masteryChanges()).containsExactly(mine);
    }

    @Test
    void aDiscountOfAZeroScoreIsNotShownSinceItChangedNothing() {
        var grade = dev.interviewcoach.api.Grade.ok(0.0, List.of(), List.of(), List.of(), "", "rubric", "1");
        var attempt = new dev.interviewcoach.api.Attempt("a1", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                "http.debug.x", "http", ChallengeLevel.DEBUG, dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.of("an answer"), grade, java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var hinted = new dev.interviewcoach.core.EvidenceDiscount(0.85, List.of("1 hint used: ×0.85"));
        var track = dev.interviewcoach.core.TrackLoader.discover().load("backend");
        var challenge = track.challenges().get(0);
        var zero = new dev.interviewcoach.core.Feedback(attempt, false, List.of(), List.of(), java.util.Optional.empty(), hinted);
        assertThat(FeedbackView.renderWithoutNext(zero, challenge, track, new Style(false, 120))).doesNotContain("Counted:");
        var halfGraded = new dev.interviewcoach.api.Attempt("a2", dev.interviewcoach.api.LearnerId.of("ada"), "backend",
                "http.debug.x", "http", ChallengeLevel.DEBUG, dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.of("an answer"),
                dev.interviewcoach.api.Grade.ok(0.425, List.of(), List.of(), List.of(), "", "rubric", "1"),
                java.time.Instant.parse("2026-12-06T10:00:00Z"));
        var half = new dev.interviewcoach.core.Feedback(halfGraded, false, List.of(), List.of(), java.util.Optional.empty(),
                hinted);
        assertThat(FeedbackView.renderWithoutNext(half, challenge, track, new Style(false, 120))).contains("Counted:");
    }
}
