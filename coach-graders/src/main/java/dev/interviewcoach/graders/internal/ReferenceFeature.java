package dev.interviewcoach.graders.internal;

/**
 * The similarity measures the reference grader computes between an answer and the reference answer,
 * each in [0, 1]. Reference words get an IDF weight, and words that also stand in the question are
 * demoted, so repeating the question earns little.
 */
public enum ReferenceFeature {
    /** Weighted share of the reference's distinct content words that the answer uses. */
    COVERAGE,
    /** {@link #COVERAGE}, also counting a misspelling (one or two edits) of a reference word. */
    FUZZY_COVERAGE,
    /**
     * The square root of {@link #FUZZY_COVERAGE}: partial coverage earns more than its share, since an
     * answer using half the reference's words has usually put the rest in words of its own.
     */
    ROOT_COVERAGE,
    /** BM25 of the answer for the reference's words as the query, relative to the reference's own (capped at 1). */
    BM25,
    /** Share of the reference's adjacent content-word pairs that stand next to each other in the answer. */
    BIGRAMS,
    /** Weighted share of the answer's content words (other than question words) found in the reference. */
    PRECISION,
    /** Cosine of the answer's and the reference's TF-IDF vectors. */
    COSINE,
    /** The answer's share of the content words of answer and reference together: a length signal. */
    LENGTH
}
