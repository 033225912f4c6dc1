package dev.interviewcoach.core;

import java.util.List;

/**
 * How much less evidence an answer gave than its grade, and why: an answer over a pressure
 * question's time limit or word budget, hints used, or a skipped question.
 *
 * <p>The coach computes it for every grader: the grader's score times {@code factor} is the score
 * stored with the attempt and the evidence the learner model gets; the grade's feedback says by how
 * much and why. A learner profile with pressure off reports time and words without counting them.
 *
 * @param factor what the grader's score was multiplied by, in (0, 1]; 1 when nothing was discounted
 * @param reasons one sentence per discount, e.g. {@code "378 words for a 150-word budget: counted ×0.40"}
 * @since 0.1
 */
public record EvidenceDiscount(double factor, List<String> reasons) {
    /** Validates the components and copies the list. */
    public EvidenceDiscount {
        if (!(factor >= 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor must be in [0, 1], was " + factor);
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * No discount.
     *
     * @return the full-evidence discount
     */
    public static EvidenceDiscount none() {
        return new EvidenceDiscount(1, List.of());
    }

    /**
     * Whether anything was discounted.
     *
     * @return true when the factor is below 1
     */
    public boolean applies() {
        return factor < 1;
    }
}
