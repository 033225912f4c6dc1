package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence that says the opposite of a wording, by an opposite word or a negation, is told apart. */
class OppositionTests {
    private static List<String> words(String text) {
        return Segments.of(text).pieces().stream().flatMap(p -> p.words().stream()).toList();
    }

    @Test
    void anOppositeWordWithoutTheWordItselfOpposes() {
        assertThat(Opposition.opposes(words("Per-row commits are slow."), words("per-row commits are faster"))).isTrue();
        assertThat(Opposition.opposes(words("JWT is less secure than sessions."), words("JWT is more secure than sessions")))
                .isTrue();
    }

    @Test
    void theSameClaimInOtherWordsDoesNotOppose() {
        assertThat(Opposition.opposes(words("Committing each row on its own is faster."),
                words("per-row commits are faster"))).isFalse();
        assertThat(Opposition.opposes(words("Commit every row: faster than slow batches."),
                words("commit every row is fastest"))).as("the word itself said, beside its opposite").isFalse();
    }

    @Test
    void comparativesAndSuperlativesAreReadAsTheirPlainForm() {
        assertThat(Opposition.plain("faster")).isEqualTo("fast");
        assertThat(Opposition.plain("slowest")).isEqualTo("slow");
        assertThat(Opposition.plain("easier")).isEqualTo("easy");
        assertThat(Opposition.plain("bigger")).isEqualTo("big");
        assertThat(Opposition.plain("safer")).isEqualTo("safe");
        assertThat(Opposition.plain("worse")).isEqualTo("bad");
        assertThat(Opposition.plain("server")).as("a word the pairs do not name").isEqualTo("server");
    }

    @Test
    void aNegationTheWordingDoesNotHaveOpposesAndTwoCancelOut() {
        assertThat(Opposition.opposes(words("A read timeout doesn't mean the request failed."),
                words("a read timeout means the request failed"))).isTrue();
        assertThat(Opposition.opposes(words("You cannot say it did not happen."), words("it happened"))).isFalse();
    }

    @Test
    void aClaimOfEveryCaseIsNotMadeByASentenceWithoutAWordForEveryCase() {
        assertThat(Opposition.universalMissing(words("PATCH is not idempotent by definition; it depends on the patch."),
                words("patch can't ever be idempotent"))).isTrue();
        assertThat(Opposition.universalMissing(words("PATCH is never idempotent, whatever the body."),
                words("patch can't ever be idempotent"))).isFalse();
        assertThat(Opposition.universalMissing(words("PATCH is not idempotent."), words("patch is not idempotent")))
                .as("a wording that claims no universal").isFalse();
    }

    @Test
    void aVerbThatEndsOrShunsWhatFollowsNegatesIt() {
        assertThat(Opposition.opposes(words("Stop alerting on the average."), words("keep alerting on the average")))
                .isTrue();
        assertThat(Opposition.opposes(words("Avoid calling the payment API inside the transaction."),
                words("call the payment API inside the transaction"))).isTrue();
        assertThat(Opposition.opposes(words("We stop retrying after three attempts."),
                words("stop retrying after three attempts"))).as("the wording says it too").isFalse();
    }
}
