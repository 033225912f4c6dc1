package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The padding guard tells terms padded with one grammar word from prose that happens to say "the" a
 * lot: dense technical prose keeps its credit, so a sentence added to it (a note addressed to the
 * grader, say) cannot raise its score by diluting the "the"s.
 */
class PaddingGuardTests {
    @Test
    void denseProseWhoseGrammarIsMostlyTheIsNotReadAsPaddedTerms() {
        var prose = TextAnalyzer.analyze("Two problems. First, the database rollback cannot undo the charge: if marking "
                + "the order paid, or the commit itself, fails after the provider charged, the customer is charged and "
                + "the order disappears. Second, the transaction holds a pooled connection and the row locks for the "
                + "whole HTTP call, so when the provider slows down the pool runs out");
        assertThat(Guards.padding(prose)).isEqualTo(1.0);
    }

    @Test
    void termsWithTheAfterEveryFewStillEarnNothing() {
        var padded = TextAnalyzer.analyze("rollback the charge provider the commit order the pool connection the locks "
                + "timeout the outbox retry the idempotency key the webhook reconcile the");
        assertThat(Guards.padding(padded)).isZero();
    }
}
