package dev.interviewcoach.graders.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.graders.BuiltInGraders;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SemanticGradersTests {
    static final Challenge CHALLENGE = Challenge.of("semantic.test.cache", "caching", ChallengeLevel.DEFINE,
            "caching.basics", Prompt.of("Why would you put a cache in front of a slow service?"),
            Rubric.of(List.of(Criterion.of("latency", 1, "Reads get faster.",
                    List.of(Evidence.of("responses come back faster", "lower read latency"))))),
            "Responses come back faster because repeated reads are served from memory. "
                    + "The cached data can be stale until it expires.");

    static final String PARAPHRASE = "Users wait much less for responses, since repeated reads are answered from memory.";

    @Test
    void bothGradersAreFoundByNameThroughServiceLoader() {
        var names = ServiceLoader.load(GraderProvider.class).stream().map(ServiceLoader.Provider::get)
                .flatMap(p -> p.names().stream()).collect(Collectors.toSet());
        assertThat(names).contains("rubric+semantic", "semantic");
        assertThat(SemanticGraders.rubricSemantic().id()).isEqualTo("rubric+semantic");
        assertThat(SemanticGraders.semantic().id()).isEqualTo("semantic");
    }

    @Test
    void aCriterionMetInOtherWordsQuotesTheSentenceThatMetIt() {
        Grade lexical = BuiltInGraders.rubric().grade(GradingRequest.of(CHALLENGE, Answer.of(PARAPHRASE)));
        // thresholds lowered so the test does not hang on the default's exact value
        var grader = new dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider().create(
                new dev.interviewcoach.spi.GraderSpec("rubric+semantic", java.util.Map.of("full", "0.6", "partial", "0.5")));
        Grade semantic = grader.grade(GradingRequest.of(CHALLENGE, Answer.of(PARAPHRASE)));
        assertThat(lexical.criteria().get(0).credit()).isLessThan(semantic.criteria().get(0).credit());
        var met = semantic.criteria().get(0);
        assertThat(met.outcome()).isNotEqualTo(CriterionOutcome.MISSED);
        assertThat(met.spans()).isNotEmpty();
        assertThat(met.spans().get(0).in(PARAPHRASE)).startsWith("Users wait much less");
    }

    @Test
    void everyMatchSettingIsAPropertyOfTheRubricSemanticGraderAndAnUnknownOneIsRefused() {
        var provider = new dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider();
        var all = java.util.Map.of("full", "0.8", "partial", "0.7", "claim", "0.92", "anchored", "false", "ceiling", "1");
        assertThat(provider.create(new dev.interviewcoach.spi.GraderSpec("rubric+semantic", all)).id())
                .isEqualTo("rubric+semantic");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.create(
                new dev.interviewcoach.spi.GraderSpec("rubric+semantic", java.util.Map.of("celing", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("celing");
    }

    /** A challenge with the misconception that committing every row is fastest, in the track's own words. */
    static final Challenge COMMITS = new Challenge("semantic.test.commits", "transactions", ChallengeLevel.TRADEOFFS,
            "transactions.basics", List.of(), Prompt.of("A nightly job applies 2 million price updates from a supplier file to "
                    + "a products table that the web shop reads and writes all day. You could run the whole import as "
                    + "one transaction, commit after every row, or commit in batches (say 5,000 rows each). Compare "
                    + "the options and say when you would pick each."),
            Rubric.of(List.of(Criterion.of("batches", 1, "Batches the commits.",
                    List.of(Evidence.of("commit in batches", "batch the commits"))))),
            List.of(new dev.interviewcoach.api.Misconception("per-row-commit-fastest",
                    "Believes committing every row is the fastest option.",
                    List.of(Evidence.of("commit every row is fastest", "per-row commits are faster",
                            "committing each row is the quickest", "commit per row for speed",
                            "row by row commits are the fastest")),
                    "Each commit waits for a durable log write.")),
            "Commit in batches of a few thousand rows.", List.of(), List.of(), List.of(), List.of());

    @Test
    void aSentenceSayingTheOppositeOfAMisconceptionIsNotAccusedOfIt() {
        for (String answer : List.of("Per-row commits are slow.", "Per-row commits are slower.",
                "Committing every row is not the fastest option.")) {
            Grade grade = SemanticGraders.rubricSemantic().grade(GradingRequest.of(COMMITS, Answer.of(answer)));
            assertThat(grade.misconceptions()).as(answer).isEmpty();
        }
        Grade claim = SemanticGraders.rubricSemantic().grade(GradingRequest.of(COMMITS,
                Answer.of("Committing every row is the fastest.")));
        assertThat(claim.misconceptions()).as("the claim itself is still found").isNotEmpty();
    }

    @Test
    void aLongAnswerIsGradedAndTheGradeSaysWhatWasNotRead() {
        String longAnswer = IntStream.range(0, 200).mapToObj(i -> "Responses come back faster from memory.")
                .collect(Collectors.joining(" "));
        for (var grader : List.of(SemanticGraders.rubricSemantic(), SemanticGraders.semantic())) {
            Grade grade = grader.grade(GradingRequest.of(CHALLENGE, Answer.of(longAnswer)));
            assertThat(grade.isScored()).isTrue();
            assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("of 1200 words").contains("not read"));
        }
        Grade shortOne = SemanticGraders.semantic().grade(GradingRequest.of(CHALLENGE, Answer.of(PARAPHRASE)));
        assertThat(shortOne.message()).isEmpty();
    }

    @Test
    void theReferenceGraderNamesTheReferenceSentencesTheAnswerDidNotCover() {
        Grade grade = SemanticGraders.semantic().grade(GradingRequest.of(CHALLENGE, Answer.of(PARAPHRASE)));
        assertThat(grade.feedback()).contains("Not covered").contains("stale until it expires")
                .doesNotContain("\u201cResponses come back faster");
    }

    @Test
    void aParaphraseScoresHigherWithTheReferenceGraderThanAnUnrelatedAnswer() {
        var grader = SemanticGraders.semantic();
        double paraphrase = grader.grade(GradingRequest.of(CHALLENGE, Answer.of(PARAPHRASE))).score().orElseThrow();
        double unrelated = grader.grade(GradingRequest.of(CHALLENGE,
                Answer.of("The tallest mountain on the island is covered in snow in winter."))).score().orElseThrow();
        assertThat(paraphrase).isGreaterThan(unrelated + 0.2);
    }

    @Test
    void theModelLoadsOnceAndLaterCallsReturnTheSameLoadTime() {
        var first = SemanticGraders.loadModel();
        assertThat(SemanticGraders.loadModel()).isEqualTo(first);
    }

    @Test
    void aOneWordAnswerIsComparedByMeaningEvenWhenItsOnlyOtherWordsAreTheQuestions() {
        var challenge = Challenge.of("semantic.test.lifo", "structures", ChallengeLevel.DEFINE, "structures.basics",
                Prompt.of("Which data structure gives last-in first-out order?"),
                Rubric.of(List.of(Criterion.of("stack", 1, "Names the stack.", List.of(Evidence.of("a stack"))))),
                "A stack.");
        var embeddingsOnly = new dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider()
                .create(new dev.interviewcoach.spi.GraderSpec("semantic", java.util.Map.of("blend", "1")));
        double right = embeddingsOnly.grade(GradingRequest.of(challenge, Answer.of("The data structure is a stack.")))
                .score().orElseThrow();
        double wrong = embeddingsOnly.grade(GradingRequest.of(challenge, Answer.of("The data structure is a heap.")))
                .score().orElseThrow();
        assertThat(right).isGreaterThan(0.9);
        assertThat(right).isGreaterThan(wrong + 0.1);
    }
}
