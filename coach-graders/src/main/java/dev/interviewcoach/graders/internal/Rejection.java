package dev.interviewcoach.graders.internal;

import java.util.HashSet;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words around a claim that take it back: "raising work_mem <em>won't help</em>", "retrying every
 * request <em>is a bad idea</em>", "a unique index <em>instead of</em> a check before the insert".
 * A candidate who names a wrong idea to reject it does not hold it.
 */
final class Rejection {
    /** How many tokens after a claim a rejection may start, in the same clause. */
    private static final int REACH = 6;
    /** After a negator, how many tokens may stand before the verb it denies ("won't really help"). */
    private static final int VERB_REACH = 3;
    /** Verbs that, negated right after a claim, deny that the claimed idea works. */
    private static final Set<String> VERBS = stems("help", "fix", "work", "solve", "prevent", "stop", "matter",
            "guarantee", "protect", "cure", "address", "scale", "change");
    /** Words that, right after a claim, judge it wrong. */
    private static final Set<String> VERDICTS = stems("wrong", "myth", "mistake", "false", "harmful", "useless",
            "pointless", "naive", "bad", "poor", "misconception", "antipattern", "anti-pattern", "fallacy");

    private Rejection() {}

    /** Whether words after the claim ending at {@code lastToken}, in its clause, take it back. */
    static boolean follows(AnalyzedText answer, int lastToken) {
        for (int i = lastToken + 1; i < answer.size && i <= lastToken + REACH; i++) {
            if (Phrase.clauseBreak(answer, i)) {
                return false;
            }
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                for (int j = i + 1; j < answer.size && j <= i + VERB_REACH; j++) {
                    if (Phrase.clauseBreak(answer, j)) {
                        return false;
                    }
                    if (answer.kinds[j] == AnalyzedText.CONTENT && VERBS.contains(answer.stems[j])) {
                        return true;
                    }
                }
            } else if (answer.kinds[i] == AnalyzedText.CONTENT && VERDICTS.contains(answer.stems[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} starts "instead of" or "rather than". */
    static boolean insteadOf(AnalyzedText answer, int i) {
        if (i + 1 >= answer.size) {
            return false;
        }
        String next = answer.stems[i + 1];
        return answer.stems[i].equals("instead") && next.equals("of") || answer.stems[i].equals("rather") && next.equals("than");
    }

    private static Set<String> stems(String... words) {
        var stemmer = new EnglishStemmer();
        var out = new HashSet<String>();
        for (String w : words) {
            stemmer.setCurrent(w);
            stemmer.stem();
            out.add(stemmer.getCurrent());
        }
        return Set.copyOf(out);
    }
}
