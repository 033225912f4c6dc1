package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evidence quotes whole words of the answer: the {@code first} of {@code firstName} or the {@code Job} of
 * {@code CronJob} is quoted as the identifier it stands in, never cut out of it (the grader kit's rule
 * for every grader, held here on every shipped reference answer and on its first half).
 */
class WholeWordSpanTests {
    static Stream<Challenge> all() {
        return Tracks.everyChallenge().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void everyEvidenceSpanOfAReferenceAnswerAndOfItsFirstHalfQuotesWholeWords(Challenge c) {
        String reference = c.referenceAnswer();
        for (String text : new String[] {reference, reference.substring(0, reference.length() / 2)}) {
            var grade = Graders.rubric().grade(GradingRequest.of(c, Answer.of(text)));
            var spans = new ArrayList<EvidenceSpan>();
            grade.criteria().forEach(r -> spans.addAll(r.spans()));
            grade.misconceptions().forEach(m -> spans.addAll(m.spans()));
            for (var span : spans) {
                assertThat(cuts(text, span.start()) || cuts(text, span.end()))
                        .as("%s quotes «%s» out of «%s»", c.id(), text.substring(span.start(), span.end()),
                                text.substring(Math.max(0, span.start() - 10), Math.min(text.length(), span.end() + 10)))
                        .isFalse();
            }
        }
    }

    private static boolean cuts(String text, int at) {
        return at > 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at));
    }
}
