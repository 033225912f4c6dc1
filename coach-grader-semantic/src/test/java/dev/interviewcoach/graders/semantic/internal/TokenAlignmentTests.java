package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenAlignmentTests {
    private static final Encoder ENCODER = Encoder.of(ModelSpec.MINILM_L6_V2_Q);
    private static final List<Encoded> REFERENCE = ENCODER.encode(List.of(
            "A retry of an idempotent request leaves the server in the same state.",
            "Clients can therefore resend it after a timeout."));
    private static final Set<String> PROMPT = Words.contentStems(List.of("why", "is", "a", "retry", "of", "an",
            "idempotent", "request", "safe"));

    @Test
    void theReferenceItselfAlignsFully() {
        var result = TokenAlignment.recall(REFERENCE, REFERENCE, PROMPT);
        assertThat(result.recall()).isCloseTo(1, within(1e-4));
        assertThat(result.perSentence()).hasSize(2);
    }

    @Test
    void wordsThePromptSaysAlignNothing() {
        var echo = ENCODER.encode(List.of("Why is a retry of an idempotent request safe?"));
        assertThat(TokenAlignment.recall(REFERENCE, echo, PROMPT).recall()).isZero();
    }

    @Test
    void grammarWordsAlignNothing() {
        var padding = ENCODER.encode(List.of("It is in it, and it was as it is, or it is not."));
        assertThat(TokenAlignment.recall(REFERENCE, padding, PROMPT).recall()).isZero();
    }

    @Test
    void anAnswerSayingOnePointCoversThatSentenceMoreThanTheOther() {
        var answer = ENCODER.encode(List.of("After a timeout the client may simply send it again."));
        var result = TokenAlignment.recall(REFERENCE, answer, PROMPT);
        assertThat(result.perSentence()[1]).isGreaterThan(result.perSentence()[0]);
        assertThat(result.recall()).isBetween(0.0, 1.0);
    }

    @Test
    void aReferenceMadeOnlyOfPromptWordsStillCountsItsContentWords() {
        var reference = ENCODER.encode(List.of("An idempotent request."));
        var answer = ENCODER.encode(List.of("An idempotent request."));
        assertThat(TokenAlignment.recall(reference, answer, PROMPT).recall()).isCloseTo(1, within(1e-4));
    }
}
