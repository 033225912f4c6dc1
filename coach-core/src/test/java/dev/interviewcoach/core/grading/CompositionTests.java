package dev.interviewcoach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.PassPolicy;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graders compose by weight and by fallback, and a pass policy stays outside them. */
class CompositionTests {
    private static final GradingRequest REQUEST = GradingRequest.of(GradingFixtures.retries(), Answer.of("anything"));

    private static Grader fixed(String id, double score) {
        return new Grader() {
            public String id() { return id; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                return Grade.ok(score, List.of(), List.of(), List.of(), id + " says " + score, id, "1");
            }
        };
    }

    private static Grader failing(String id, boolean throwing) {
        return new Grader() {
            public String id() { return id; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                if (throwing) {
                    throw new IllegalStateException("model unavailable");
                }
                return Grade.abstain(id, "1", "no rubric");
            }
        };
    }

    @Test
    void aCompositeScoresTheWeightedMeanOfItsGraders() {
        Grade g = Graders.composite(Graders.weight(fixed("a", 1.0), 3), Graders.weight(fixed("b", 0.2), 1)).grade(REQUEST);
        assertThat(g.score().getAsDouble()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(g.graderId()).isEqualTo("composite(a,b)");
        assertThat(g.feedback()).as("the heavier part's feedback, which agrees with its criteria").isEqualTo("a says 1.0");
    }

    @Test
    void aCompositeLeavesOutAGraderThatFailsAndSaysSo() {
        Grade g = Graders.composite(Graders.weight(fixed("a", 0.4), 1), Graders.weight(failing("llm", true), 5)).grade(REQUEST);
        assertThat(g.score().getAsDouble()).isEqualTo(0.4);
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("llm", "ERROR", "IllegalStateException")
                .as("an exception's message may quote the answer, so it is not kept").doesNotContain("model unavailable"));
    }

    @Test
    void aCompositeWhoseGradersAllFailIsAnErrorNotAZero() {
        Grade g = Graders.composite(Graders.weight(failing("x", true), 1)).grade(REQUEST);
        assertThat(g.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(g.score()).isEmpty();
    }

    @Test
    void aFallbackChainGradesWithTheFirstGraderThatScoresSignsAsTheChainAndNamesTheMemberInItsMessage() {
        Grade g = Graders.fallback(failing("llm", true), failing("semantic", false), fixed("rubric", 0.7)).grade(REQUEST);
        assertThat(g.graderId()).isEqualTo("fallback(llm,semantic,rubric)");
        assertThat(g.graderVersion()).isEqualTo("1,1,1");
        assertThat(g.score().getAsDouble()).isEqualTo(0.7);
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("graded by rubric after llm ERROR", "semantic ABSTAIN"));
    }

    @Test
    void aFallbackChainWhoseFirstMemberScoresSaysSo() {
        Grade g = Graders.fallback(fixed("host", 0.5), fixed("rubric", 0.7)).grade(REQUEST);
        assertThat(g.score().getAsDouble()).isEqualTo(0.5);
        assertThat(g.message()).contains("graded by host");
    }

    @Test
    void aCompositeShowsTheCriteriaAndFeedbackOfItsHeaviestPartThatHasCriteriaWhateverTheOrder() {
        Grader light = withCriterion("light", 0.9, CriterionOutcome.MET);
        Grader heavy = withCriterion("heavy", 0.2, CriterionOutcome.MISSED);
        for (Grade g : List.of(
                Graders.composite(Graders.weight(light, 1), Graders.weight(heavy, 3)).grade(REQUEST),
                Graders.composite(Graders.weight(heavy, 3), Graders.weight(light, 1)).grade(REQUEST))) {
            assertThat(g.criteria()).extracting(c -> c.outcome()).containsExactly(CriterionOutcome.MISSED);
            assertThat(g.feedback()).isEqualTo("heavy says 0.2");
            assertThat(g.score().getAsDouble()).isCloseTo(0.375, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("light 0.90 × 1", "heavy 0.20 × 3"));
        }
    }

    @Test
    void aCompositePrefersAPartWithCriteriaToAHeavierPartWithout() {
        Grade g = Graders.composite(Graders.weight(fixed("bare", 0.5), 5),
                Graders.weight(withCriterion("rubric", 0.9, CriterionOutcome.MET), 1)).grade(REQUEST);
        assertThat(g.criteria()).hasSize(1);
        assertThat(g.feedback()).isEqualTo("rubric says 0.9");
    }

    /** A grader that grades the fixture's first criterion with the given outcome. */
    private static Grader withCriterion(String id, double score, CriterionOutcome outcome) {
        String criterion = REQUEST.challenge().rubric().criteria().get(0).id();
        return new Grader() {
            public String id() { return id; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                return Grade.ok(score, List.of(new CriterionResult(criterion, outcome, outcome == CriterionOutcome.MET ? 1 : 0,
                        List.of(), "")), List.of(), List.of(), id + " says " + score, id, "1");
            }
        };
    }

    /** A grader that grades the fixture's first criterion as met, quoting evidence past the end of the answer. */
    private static Grader quotingOutsideTheAnswer(String id, double score) {
        String criterion = REQUEST.challenge().rubric().criteria().get(0).id();
        return new Grader() {
            public String id() { return id; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                int end = r.answer().text().length() + 40;
                return Grade.ok(score, List.of(new CriterionResult(criterion, CriterionOutcome.MET, 1,
                        List.of(new EvidenceSpan(0, end)), "")), List.of(), List.of(), id + " says " + score, id, "1");
            }
        };
    }

    /** A grader whose grades carry another grader's id. */
    private static Grader signedAs(String id, String signer, double score) {
        return new Grader() {
            public String id() { return id; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                return Grade.ok(score, List.of(), List.of(), List.of(), id + " says " + score, signer, "1");
            }
        };
    }

    @Test
    void aFallbackMovesOnWhenAMembersGradeQuotesOutsideTheAnswerAndSaysWhichMemberWasSkippedAndWhy() {
        Grade g = Graders.fallback(quotingOutsideTheAnswer("bad", 0.9), fixed("rubric", 0.7)).grade(REQUEST);
        assertThat(g.status()).isEqualTo(GradeStatus.OK);
        assertThat(g.score()).hasValue(0.7);
        assertThat(g.criteria()).as("the bad member's evidence is not passed on").isEmpty();
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("graded by rubric after bad ERROR",
                "quotes evidence for only-idempotent outside the answer"));
    }

    @Test
    void aFallbackGradesWithTheRubricWhenItsFirstMembersGradeQuotesOutsideTheAnswer() {
        Grade g = Graders.fallback(quotingOutsideTheAnswer("bad", 0.9), Graders.rubric()).grade(REQUEST);
        Grade rubric = Graders.rubric().grade(REQUEST);
        assertThat(g.status()).isEqualTo(rubric.status());
        assertThat(g.score()).isEqualTo(rubric.score());
        assertThat(g.criteria()).isEqualTo(rubric.criteria());
    }

    @Test
    void aFallbackMovesOnWhenAMembersGradeCarriesAnotherGradersId() {
        Grade g = Graders.fallback(signedAs("host", "rubric", 0.9), fixed("reference", 0.4)).grade(REQUEST);
        assertThat(g.score()).hasValue(0.4);
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("graded by reference after host ERROR",
                "signed by rubric 1, not by host 1"));
    }

    @Test
    void aFallbackWhoseOnlyMembersGradeDoesNotFitIsAnErrorNotAScore() {
        Grade g = Graders.fallback(quotingOutsideTheAnswer("bad", 0.9)).grade(REQUEST);
        assertThat(g.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(g.score()).isEmpty();
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("bad ERROR", "outside the answer"));
    }

    @Test
    void aCompositeLeavesOutAPartWhoseGradeQuotesOutsideTheAnswerWhereverItStands() {
        Grader bad = quotingOutsideTheAnswer("bad", 0.9);
        Grader good = withCriterion("rubric", 0.3, CriterionOutcome.MISSED);
        for (Grade g : List.of(
                Graders.composite(Graders.weight(bad, 1), Graders.weight(good, 1)).grade(REQUEST),
                Graders.composite(Graders.weight(good, 1), Graders.weight(bad, 1)).grade(REQUEST))) {
            assertThat(g.status()).isEqualTo(GradeStatus.OK);
            assertThat(g.score()).as("the good part's score alone, not averaged with the bad part's").hasValue(0.3);
            assertThat(g.criteria()).extracting(c -> c.outcome()).containsExactly(CriterionOutcome.MISSED);
            assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("rubric 0.30 × 1", "left out: bad: ERROR",
                    "quotes evidence for only-idempotent outside the answer").doesNotContain("bad 0.90"));
        }
    }

    @Test
    void aCompositeLeavesOutAPartWhoseGradeCarriesAnotherGradersId() {
        Grade g = Graders.composite(Graders.weight(signedAs("host", "rubric", 0.9), 1), Graders.weight(fixed("b", 0.2), 1))
                .grade(REQUEST);
        assertThat(g.score()).hasValue(0.2);
        assertThat(g.message()).hasValueSatisfying(m -> assertThat(m).contains("left out: host: ERROR",
                "signed by rubric 1, not by host 1"));
    }

    @Test
    void aCompositeWhoseOnlyPartsGradeDoesNotFitIsAnErrorNotAScore() {
        Grade g = Graders.composite(Graders.weight(quotingOutsideTheAnswer("bad", 0.9), 1)).grade(REQUEST);
        assertThat(g.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(g.score()).isEmpty();
    }

    @Test
    void aMemberThatFailsWithAnAssertionErrorCountsAsFailedInAFallbackAndInAComposite() {
        Grader asserting = new Grader() {
            public String id() { return "strict"; }
            public String version() { return "1"; }
            public Grade grade(GradingRequest r) {
                throw new AssertionError("an internal check of the grader");
            }
        };
        Grade chained = Graders.fallback(asserting, fixed("rubric", 0.7)).grade(REQUEST);
        assertThat(chained.score()).hasValue(0.7);
        assertThat(chained.message()).hasValueSatisfying(m -> assertThat(m).contains("strict ERROR", "AssertionError"));
        Grade composite = Graders.composite(Graders.weight(asserting, 1), Graders.weight(fixed("b", 0.2), 1)).grade(REQUEST);
        assertThat(composite.score()).hasValue(0.2);
    }

    @Test
    void aFallbackChainThatRunsOutAbstainsOrErrorsWithTheReasons() {
        assertThat(Graders.fallback(failing("a", false)).grade(REQUEST).status()).isEqualTo(GradeStatus.ABSTAIN);
        Grade g = Graders.fallback(failing("a", false), failing("b", true)).grade(REQUEST);
        assertThat(g.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(g.message().orElseThrow()).contains("a ABSTAIN", "b ERROR");
    }

    @Test
    void thePassPolicyIsAThresholdOnTheScoreAndNeverPassesAnUnscoredGrade() {
        var policy = PassPolicy.threshold(0.6);
        assertThat(policy.passes(fixed("a", 0.6).grade(REQUEST))).isTrue();
        assertThat(policy.passes(fixed("a", 0.59).grade(REQUEST))).isFalse();
        assertThat(policy.passes(Grade.error("x", "1", "boom"))).isFalse();
        assertThatThrownBy(() -> PassPolicy.threshold(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuiltInGradersAreFoundByNameAndAnUnknownNameSaysWhatIsKnown() {
        assertThat(Graders.byName("rubric").id()).isEqualTo("rubric");
        assertThat(Graders.byName("reference").id()).isEqualTo("reference");
        assertThatThrownBy(() -> Graders.byName("llm")).isInstanceOf(CoachException.class)
                .hasMessageContaining("no grader named 'llm'").hasMessageContaining("rubric");
    }
}
