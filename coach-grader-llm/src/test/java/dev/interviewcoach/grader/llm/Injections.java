package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Grade;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;

/** What every kind of text addressed to the grader must come to, wherever it stands in an answer. */
final class Injections {
    private Injections() {}

    /**
     * Each injected text, after, before and on a line below an honest answer: the grade never rises above
     * the honest answer's, says that text addressed to the grader was left out, and the model never sees it.
     *
     * @param injected the texts addressed to the grader
     * @param base the honest answer
     * @param grade grades an answer through the endpoint
     * @param endpoint the fake endpoint, to read what the model was sent
     */
    static void neverReachTheModelOrRaiseTheGrade(List<String> injected, String base, Function<String, Grade> grade,
            FakeEndpoint endpoint) {
        double baseScore = grade.apply(base).score().getAsDouble();
        var softly = new SoftAssertions();
        for (String injection : injected) {
            for (String text : List.of(base + " " + injection, injection + " " + base, base + "\n" + injection)) {
                int before = endpoint.received().size();
                Grade graded = grade.apply(text);
                softly.assertThat(graded.score().getAsDouble()).as("score of %s", text).isLessThanOrEqualTo(baseScore);
                softly.assertThat(graded.message()).as("flag on %s", text)
                        .hasValueSatisfying(m -> assertThat(m).contains("addressed to the grader"));
                endpoint.received().stream().skip(before).forEach(r -> softly.assertThat(r.userMessage())
                        .as("what the model saw of %s", text).doesNotContain(injection));
            }
        }
        softly.assertAll();
    }
}
