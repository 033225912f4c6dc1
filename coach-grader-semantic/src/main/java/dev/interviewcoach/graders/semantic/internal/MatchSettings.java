package dev.interviewcoach.graders.semantic.internal;

/**
 * The cosine similarities at which a sentence says an idea.
 *
 * @param full criterion evidence at or above this similarity earns full credit
 * @param partial criterion evidence at or above this earns partial credit, from one half at
 *     {@code partial} rising linearly to full at {@code full}
 * @param claim a misconception is claimed only at or above this stricter similarity: a false
 *     accusation costs the learner more than a missed paraphrase
 * @param anchored whether a sentence must share a content word with the wording it matches (not one
 *     the question says): an answer on the topic that says something else shares the topic's
 *     vocabulary with every wording, and embeddings of such sentences are close
 */
record MatchSettings(double full, double partial, double claim, boolean anchored) {
    /**
     * Chosen on the development half of the independent answer set: at 0.80 / 0.70 more strong
     * answers pass than at 0.85 / 0.75 with no more poor or wrong ones; lower still (0.75 / 0.65)
     * fluent wrong answers pass too (a third more), misconceptions at 0.85 accused a strong answer, and
     * anchoring changed nothing there.
     */
    static final MatchSettings DEFAULT = new MatchSettings(0.80, 0.70, 0.92, false);

    MatchSettings {
        if (!(partial > 0 && partial <= full && full <= 1 && claim > 0 && claim <= 1)) {
            throw new IllegalArgumentException("need 0 < partial <= full <= 1 and 0 < claim <= 1, got full=" + full
                    + " partial=" + partial + " claim=" + claim);
        }
    }

    /** The credit for criterion evidence at this similarity; 0 below {@link #partial()}. */
    double credit(double similarity) {
        if (similarity >= full) {
            return 1;
        }
        if (similarity < partial) {
            return 0;
        }
        return 0.5 + 0.5 * (similarity - partial) / (full - partial);
    }
}
