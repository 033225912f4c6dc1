package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sentence that names the question's subject and says what it is is read from after its verb. */
class PredicateTests {
    private static final String QUESTION = "What is a dead-letter queue, and when do messages end up there?";

    private static String predicate(String sentence) {
        var piece = Segments.of(sentence).pieces().get(0);
        Set<String> asked = new HashSet<>(Words.contentStems(Segments.of(QUESTION).pieces().stream()
                .flatMap(p -> p.words().stream()).toList()));
        return SemanticMatcher.predicate(piece, sentence, asked);
    }

    @Test
    void aDefinitionOfTheQuestionsSubjectIsReadFromAfterItsVerb() {
        assertThat(predicate("A dead-letter queue is where messages go when they can't be processed."))
                .isEqualTo("where messages go when they can t be processed");
        assertThat(predicate("Dead-letter queues are a parking place for failing messages."))
                .isEqualTo("a parking place for failing messages");
    }

    @Test
    void aSentenceWhoseSubjectIsNotTheQuestionsOrWhosePredicateIsShortIsReadWhole() {
        assertThat(predicate("The broker is where retries are counted for each message."))
                .isEqualTo("The broker is where retries are counted for each message.");
        assertThat(predicate("A dead-letter queue is a queue.")).isEqualTo("A dead-letter queue is a queue.");
        assertThat(predicate("Messages that keep failing go to a separate queue."))
                .as("no verb saying what the subject is").isEqualTo("Messages that keep failing go to a separate queue.");
    }
}
