package dev.interviewcoach.core.internal.diagnosis;

import java.util.Objects;

/**
 * The placement model: each concept's ability is a shared general level plus a concept's own
 * deviation, and each rung a difficulty on the same scale.
 *
 * <p>Ability is measured in rungs: rung {@code j} (1 = DEFINE … 5 = PRESSURE) has difficulty
 * {@code j - 0.5}, so a learner of ability θ holds the rungs below θ and is placed at
 * {@code clamp(round(θ), 0, 5)} (0 = no rung held). The general level is what lets an answer on one
 * concept inform every other concept: people who hold HTTP well usually hold REST too.
 *
 * @param response how a score depends on ability minus difficulty
 * @param generalMean prior mean of the general level
 * @param generalSd prior standard deviation of the general level
 * @param spread standard deviation of a concept's ability around the general level
 * @param independence the prior share of concepts that do not follow the general level at all (their
 *     ability drawn from a broad prior around the middle of the ladder): the learner who is strong on
 *     some concepts and new to others; the answers decide which kind each concept is
 */
public record DiagnosisModel(ResponseModel response, double generalMean, double generalSd, double spread,
        double independence) {
    /** The number of rungs. */
    public static final int RUNGS = 5;

    /** Validates the parameters. */
    public DiagnosisModel {
        Objects.requireNonNull(response, "response");
        if (!(generalSd > 0 && spread > 0)) {
            throw new IllegalArgumentException("standard deviations must be positive");
        }
        if (!(independence >= 0 && independence < 1)) {
            throw new IllegalArgumentException("independence must be in [0, 1)");
        }
    }

    /**
     * The model the coach uses: a broad prior over the general level, concepts about one rung apart
     * from it, and one concept in three free of it.
     *
     * @return the standard model
     */
    public static DiagnosisModel standard() {
        return new DiagnosisModel(ResponseModel.standard(), 2.5, 1.5, 1.0, INDEPENDENCE);
    }

    /** The prior share of concepts free of the general level. */
    static final double INDEPENDENCE = 0.35;

    /**
     * The difficulty of a rung.
     *
     * @param rung the rung, 1 to 5
     * @return its difficulty in ability units
     */
    public static double difficulty(int rung) {
        return rung - 0.5;
    }
}
