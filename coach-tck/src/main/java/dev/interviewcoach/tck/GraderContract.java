package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Grader} must meet. Extend it and supply the grader:
 *
 * <pre>{@code
 * class MyGraderTests extends GraderContract {
 *     protected Grader createGrader() { return new MyGrader(); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public abstract class GraderContract {
    /** For subclasses. */
    protected GraderContract() {}

    private Grader grader;

    /**
     * Creates the grader under test; called before each test.
     *
     * @return a new grader
     */
    protected abstract Grader createGrader();

    /**
     * The challenge the kit grades against; override to use one your grader needs.
     *
     * @return a challenge with a rubric, a reference answer and a misconception-free prompt
     */
    protected Challenge challenge() {
        var criteria = List.of(
                Criterion.of("definition", 2, "Repeating the request has the same effect as sending it once.",
                        List.of(Evidence.of("same effect", "same result", "same state"))),
                Criterion.of("examples", 1, "Names idempotent and non-idempotent methods.",
                        List.of(Evidence.of("PUT", "DELETE"), Evidence.of("POST is not", "POST isn't"))),
                Criterion.of("retries", 1, "Connects idempotency to safe retries.",
                        List.of(Evidence.of("safe to retry", "retry safely", "retries are safe"))));
        return Challenge.of("tck.define.idempotency", "http", ChallengeLevel.DEFINE, "http.idempotency",
                Prompt.of("What does it mean for an HTTP method to be idempotent?"), Rubric.of(criteria),
                "An idempotent method has the same effect on the server whether it is sent once or many "
                        + "times: PUT and DELETE are idempotent, POST is not, so PUT can be retried safely.");
    }

    /** Creates the grader. */
    @BeforeEach
    void createGraderUnderTest() {
        grader = createGrader();
        assertThat(grader).as("createGrader()").isNotNull();
    }

    private Grade grade(String text) {
        return grader.grade(GradingRequest.of(challenge(), Answer.of(text)));
    }

    @Test
    void aGraderHasAnIdAndAVersion() {
        assertThat(grader.id()).isNotBlank();
        assertThat(grader.version()).isNotBlank();
        assertThat(grader.capabilities()).isNotNull();
    }

    @Test
    void aScoredGradeLiesInTheUnitIntervalAndNamesItsGrader() {
        Grade grade = grade(challenge().referenceAnswer());
        assertThat(grade).isNotNull();
        if (grade.status() == GradeStatus.OK) {
            assertThat(grade.score().getAsDouble()).isBetween(0.0, 1.0);
        }
        assertThat(grade.graderId()).isNotBlank();
    }

    @Test
    void theReferenceAnswerScoresAboveAnEmptyAnswer() {
        Grade reference = grade(challenge().referenceAnswer());
        Grade empty = grade("");
        if (reference.isScored() && empty.isScored()) {
            assertThat(reference.score().getAsDouble()).isGreaterThan(empty.score().getAsDouble());
        }
    }

    @Test
    void aDeterministicGraderGivesTheIdenticalGradeOnRepeat() {
        if (!grader.capabilities().contains(GraderCapability.DETERMINISTIC)) {
            return;
        }
        for (String text : List.of(challenge().referenceAnswer(), "PUT is idempotent, POST is not.", "")) {
            assertThat(grade(text)).isEqualTo(grade(text));
        }
    }

    @Test
    void everyHostileAnswerGetsAGradeWithoutException() {
        HostileAnswers.corpus().forEach((name, text) -> {
            assertThatCode(() -> {
                Grade grade = grade(text);
                assertThat(grade).as(name).isNotNull();
                if (grade.isScored()) {
                    assertThat(grade.score().getAsDouble()).as(name).isBetween(0.0, 1.0);
                }
                grade.criteria().forEach(c -> c.spans().forEach(s ->
                        assertThat(s.end()).as(name + " span end").isLessThanOrEqualTo(text.length())));
            }).as(name).doesNotThrowAnyException();
        });
    }

    @Test
    void aPromptLikeAnswerCannotTalkItsWayIntoMarks() {
        Grade injected = grade(HostileAnswers.corpus().get("prompt-like"));
        if (injected.isScored()) {
            assertThat(injected.score().getAsDouble()).isLessThanOrEqualTo(0.3);
        }
    }

    @Test
    void evidenceSpansLieInsideTheAnswer() {
        String text = "Idempotent means the same effect if you repeat it: PUT and DELETE are, POST is not, "
                + "so a PUT is safe to retry.";
        grade(text).criteria().forEach(c -> c.spans().forEach(s -> {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
        }));
    }

    @Test
    void concurrentGradingGivesTheSameGradesAsSequentialGrading() throws Exception {
        if (!grader.capabilities().contains(GraderCapability.DETERMINISTIC)) {
            return;
        }
        var texts = List.of(challenge().referenceAnswer(), "PUT is idempotent", "", "same effect, safe to retry");
        var expected = texts.stream().map(this::grade).toList();
        try (var pool = new AutoClosingPool(4)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Grade>>();
            for (int round = 0; round < 25; round++) {
                for (String t : texts) {
                    futures.add(pool.executor.submit(() -> grade(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        }
    }

    /** A fixed thread pool that shuts down when closed. */
    private static final class AutoClosingPool implements AutoCloseable {
        final java.util.concurrent.ExecutorService executor;

        AutoClosingPool(int threads) {
            executor = Executors.newFixedThreadPool(threads);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
