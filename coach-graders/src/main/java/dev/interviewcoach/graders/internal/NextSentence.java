package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * The sentence after a claim, when it takes the claim back: "Put a lock in the application. That won't
 * work across instances." A pronoun for the claim opens it and denies that the claim works, or judges
 * it wrong. A claim so denied is not the candidate's ({@link Rejection#takenBack}); criterion evidence
 * the next sentence plainly withdraws and says nothing more of ("That won't help.") does not count.
 */
final class NextSentence {
    private NextSentence() {}

    /** Words that may open the sentence that answers a claim before its pronoun ("But that won't …"). */
    private static final Set<String> NEXT_OPENERS = Set.of("but", "and", "however", "sadly", "unfortunately");
    /** Words that, right after the denied verb, make the denial a condition: "doesn't work without a key". */
    private static final Set<String> CONDITIONS = Set.of("without", "unless", "if", "until");
    /** How many tokens after the pronoun the negator or the verdict may stand ("that alone will not help"). */
    private static final int NEXT_REACH = 4;

    /**
     * "Put a lock in the application. That won't work across instances.": the claim ends its sentence
     * (no clause after it) and the next sentence opens with a pronoun for it that denies it works (a
     * negated verb of {@link Rejection#VERBS}) or judges it ({@link Rejection#VERDICTS}, "That's a bad
     * idea"). A condition right after the verb ("that doesn't work without a unique index") makes it a
     * requirement instead.
     */
    static boolean denies(AnalyzedText answer, int lastToken) {
        int next = start(answer, lastToken);
        if (next < 0) {
            return false;
        }
        int opener = NEXT_OPENERS.contains(Rejection.surface(answer, next)) ? next + 1 : next;
        if (opener >= answer.size || answer.sentences[opener] != answer.sentences[next]
                || !Rejection.CLAIM_PRONOUNS.contains(Rejection.surface(answer, opener).replace('\u2019', '\''))) {
            return false;
        }
        for (int j = opener + 1; j < answer.size && j <= opener + NEXT_REACH && answer.sentences[j] == answer.sentences[next]; j++) {
            if (Polarity.clauseBreak(answer, j)) {
                return false;
            }
            if (answer.kinds[j] == AnalyzedText.NEGATOR) {
                for (int k = j + 1; k < answer.size && k <= j + Rejection.VERB_REACH && answer.sentences[k] == answer.sentences[j]; k++) {
                    if (answer.kinds[k] == AnalyzedText.CONTENT && Rejection.VERBS.contains(answer.stems[k])) {
                        return k + 1 >= answer.size || answer.sentences[k + 1] != answer.sentences[k]
                                || !CONDITIONS.contains(Rejection.surface(answer, k + 1));
                    }
                }
                return false;
            }
            if (answer.kinds[j] == AnalyzedText.CONTENT) {
                return Rejection.VERDICTS.contains(answer.stems[j]);
            }
        }
        return false;
    }

    /** Words that may end a plain retraction after its verb: "That won't help either." */
    private static final Set<String> RETRACTION_CLOSERS = Set.of("really", "actually", "either", "though", "here",
            "anymore", "at", "all", "much", "it", "this", "that", "the", "problem", "issue");

    /**
     * Whether the sentence after the one ending at {@code lastToken} retracts it and says nothing more:
     * "Increase the pool size. That won't help." A pronoun, a negator and a verb of
     * {@link Rejection#VERBS} with at most a closing word or two ("either", "at all", "the problem"); a sentence that goes on to say
     * where or when ("It doesn't help writes") limits the idea rather than withdraws it.
     */
    static boolean retracts(AnalyzedText answer, int lastToken) {
        if (!denies(answer, lastToken)) {
            return false;
        }
        int next = start(answer, lastToken);
        int verb = -1;
        for (int i = next; i < answer.size && answer.sentences[i] == answer.sentences[next]; i++) {
            if (verb < 0 && answer.kinds[i] == AnalyzedText.CONTENT && Rejection.VERBS.contains(answer.stems[i])) {
                verb = i;
            } else if (verb >= 0 && !RETRACTION_CLOSERS.contains(Rejection.surface(answer, i))) {
                return false;
            }
        }
        return verb >= 0;
    }

    /**
     * The first token of the sentence after the claim ending at {@code lastToken}, or -1 when there is
     * none or a clause follows the claim in its own sentence (then the claim is not what it ends with).
     */
    private static int start(AnalyzedText answer, int lastToken) {
        int sentence = answer.sentences[lastToken];
        int next = lastToken + 1;
        for (; next < answer.size && answer.sentences[next] == sentence; next++) {
            if (Polarity.clauseBreak(answer, next)) {
                return -1;
            }
        }
        return next < answer.size ? next : -1;
    }
}
