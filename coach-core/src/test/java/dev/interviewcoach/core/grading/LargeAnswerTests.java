package dev.interviewcoach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import org.junit.jupiter.api.Test;

/** One-megabyte answers grade safely and completely (no truncation), whatever they hold. */
class LargeAnswerTests {
    private static final int MB = 1 << 20;

    private static Grade grade(String text) {
        return Graders.rubric().grade(GradingRequest.of(GradingFixtures.retries(), Answer.of(text)));
    }

    private static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    @Test
    void aMegabyteOfProseIsGradedAndItsLastSentenceCounts() {
        String filler = repeatTo("The service handles many requests every day and the team is happy with it. ", MB);
        Grade g = grade(filler + "\nRetry only idempotent requests.");
        assertThat(g.isScored()).isTrue();
        var spans = g.criteria().stream().filter(c -> c.criterionId().equals("only-idempotent")).findFirst().orElseThrow().spans();
        assertThat(spans).singleElement().satisfies(s -> assertThat(s.start()).isGreaterThanOrEqualTo(MB));
    }

    @Test
    void aMegabyteOfKeywordSoupScoresNoMoreThanThreeTenths() {
        Grade g = grade(repeatTo("idempotent retry only idempotent requests exponential backoff jitter POST duplicates ", MB));
        assertThat(g.score().getAsDouble()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void aMegabyteOfBinaryAndOneLongWordAreGradedWithoutError() {
        var binary = new StringBuilder(MB);
        for (int i = 0; i < MB; i++) {
            binary.append((char) ((i * 2654435761L) & 0xffff));
        }
        assertThat(grade(binary.toString()).score().getAsDouble()).isBetween(0.0, 1.0);
        assertThat(grade("x".repeat(MB)).score().getAsDouble()).isZero();
    }

    @Test
    void theReferenceGraderGradesAMegabyteOfProseBinaryAndSoupWithoutError() {
        var reference = Graders.reference();
        for (String text : java.util.List.of(
                repeatTo("The service handles many requests every day and the team is happy with it. ", MB),
                repeatTo("idempotent retry exponential backoff jitter POST duplicates ", MB),
                "\u0000\ud800".repeat(MB / 2))) {
            Grade g = reference.grade(GradingRequest.of(GradingFixtures.retries(), Answer.of(text)));
            assertThat(g.isScored()).as(g.message().orElse("")).isTrue();
            assertThat(g.score().getAsDouble()).isBetween(0.0, 1.0);
        }
    }
}
