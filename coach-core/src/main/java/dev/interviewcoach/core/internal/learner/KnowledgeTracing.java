package dev.interviewcoach.core.internal.learner;

/**
 * Bayesian knowledge tracing with partial credit: the probability that a rung is held, moved by
 * each graded answer.
 *
 * <p>A score {@code x} in [0, 1] is read as fractional evidence: its likelihood is
 * {@code (1 − slip)^x · slip^(1 − x)} when the rung is held and {@code guess^x · (1 − guess)^(1 − x)}
 * when it is not, so the log-odds move by {@code x · ln((1 − slip) / guess) + (1 − x) · ln(slip /
 * (1 − guess))}: linear and increasing in the score, so a better grade never leaves the estimate
 * lower than a worse one. After the answer, the chance of having learnt the rung by practising it is
 * added, as in classic knowledge tracing.
 *
 * @param slip chance that a learner who holds the rung answers as if not
 * @param guess chance that a learner who does not hold the rung answers as if they did
 * @param learn chance of learning the rung from one practice answer
 */
record KnowledgeTracing(double slip, double guess, double learn) {
    /** Validates the parameters: evidence must point the right way. */
    KnowledgeTracing {
        if (!(slip > 0 && guess > 0 && slip + guess < 1 && learn >= 0 && learn < 1)) {
            throw new IllegalArgumentException("invalid knowledge-tracing parameters");
        }
    }

    static KnowledgeTracing standard() {
        return new KnowledgeTracing(0.1, 0.2, 0.1);
    }

    /**
     * How far an answer moves the log-odds that the rung is held.
     *
     * @param score the score in [0, 1]
     * @return the log-likelihood ratio; positive above the neutral score
     */
    double evidence(double score) {
        return score * Math.log((1 - slip) / guess) + (1 - score) * Math.log(slip / (1 - guess));
    }

    /**
     * The estimate after an answer at this rung.
     *
     * @param prior the estimate before
     * @param score the score in [0, 1]
     * @return the estimate after, learning included
     */
    double answered(double prior, double score) {
        double posterior = shift(prior, evidence(score));
        return posterior + (1 - posterior) * learn;
    }

    /**
     * The estimate after indirect evidence, weighted: the answer was at another rung.
     *
     * @param prior the estimate before
     * @param logOdds how far to move the log-odds
     * @return the estimate after
     */
    static double shift(double prior, double logOdds) {
        double p = Math.min(Math.max(prior, 1e-9), 1 - 1e-9);
        double odds = Math.log(p / (1 - p)) + logOdds;
        return 1 / (1 + Math.exp(-odds));
    }
}
