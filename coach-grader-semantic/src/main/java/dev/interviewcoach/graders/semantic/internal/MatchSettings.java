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
 * @param ceiling the most credit a criterion's evidence heard only by the model earns (1: full credit;
 *     0.5: the criterion is partly met at most)
 */
record MatchSettings(double full, double partial, double claim, boolean anchored, double ceiling) {
    /**
     * Chosen on the development half of the independent answer set: at 0.80 / 0.70 more strong
     * answers pass than at 0.85 / 0.75 with no more poor or wrong ones; lower still (0.75 / 0.65)
     * fluent wrong answers pass too (a third more), misconceptions at 0.85 accused a strong answer, and
     * anchoring changed nothing there. With full credit for what only the model heard, the matcher
     * passed more strong answers than the rubric grader alone but also more poor and wrong ones (a
     * fluent wrong answer is close to the right wording in everything but the point it gets wrong);
     * at a ceiling of one half it passes more strong answers with no more poor or wrong ones.
     */
    static final MatchSettings DEFAULT = new MatchSettings(0.80, 0.70, 0.92, false, 0.5);

    MatchSettings {
        if (!(partial > 0 && partial <= full && full <= 1 && claim > 0 && claim <= 1)) {
            throw new IllegalArgumentException("need 0 < partial <= full <= 1 and 0 < claim <= 1, got full=" + full
                    + " partial=" + partial + " claim=" + claim);
        }
        if (!(ceiling > 0 && ceiling <= 1)) {
            throw new IllegalArgumentException("need 0 < ceiling <= 1, got ceiling=" + ceiling);
        }
    }

    /**
     * The credit for criterion evidence at this similarity: 0 below {@link #partial()}, rising from one
     * half there to 1 at {@link #full()}, and never above {@link #ceiling()}.
     */
    double credit(double similarity) {
        if (similarity < partial) {
            return 0;
        }
        double ramp = similarity >= full ? 1 : 0.5 + 0.5 * (similarity - partial) / (full - partial);
        return Math.min(ceiling, ramp);
    }
}
