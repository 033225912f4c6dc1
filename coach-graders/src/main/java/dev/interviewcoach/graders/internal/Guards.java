package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Discounts that stop answers scoring for the wrong reasons: a pile of terms with no sentence
 * around them (keyword soup), and an answer that mostly repeats the question (echo).
 */
final class Guards {
    /** At or above this share of function words an answer reads as prose and is not discounted. */
    static final double PROSE_RATIO = 0.20;
    /** At or below this share it reads as a bare list of terms and earns nothing. */
    static final double SOUP_RATIO = 0.06;
    /** Share of an answer's content words that must be new (not from the question) to escape the echo discount. */
    static final double NOVEL_ENOUGH = 0.30;
    static final double ECHO_NOVELTY = 0.05;
    /** Answers this short are judged on their evidence alone. */
    static final int SHORT = 6;

    private Guards() {}

    static double factor(AnalyzedText answer, Set<String> questionStems) {
        return soup(answer) * echo(answer, questionStems);
    }

    static double soup(AnalyzedText answer) {
        if (answer.wordCount < SHORT) {
            return 1.0;
        }
        return ramp(answer.functionWordRatio(), SOUP_RATIO, PROSE_RATIO);
    }

    static double echo(AnalyzedText answer, Set<String> questionStems) {
        var distinct = answer.positions.keySet();
        if (distinct.isEmpty()) {
            return 1.0;
        }
        int novel = 0;
        for (String stem : distinct) {
            if (!questionStems.contains(stem)) {
                novel++;
            }
        }
        return ramp((double) novel / distinct.size(), ECHO_NOVELTY, NOVEL_ENOUGH);
    }

    private static double ramp(double x, double zeroAt, double oneAt) {
        if (x <= zeroAt) {
            return 0;
        }
        if (x >= oneAt) {
            return 1;
        }
        return (x - zeroAt) / (oneAt - zeroAt);
    }
}
