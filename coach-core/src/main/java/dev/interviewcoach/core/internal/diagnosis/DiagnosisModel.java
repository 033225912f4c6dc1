package dev.interviewcoach.core.internal.diagnosis;

import java.util.List;

/**
 * The placement model: each concept's ability is a shared general level plus a concept's own
 * deviation, and each rung a difficulty on the same scale.
 *
 * <p>Ability is measured in rungs: rung {@code j} (1 = DEFINE … 5 = PRESSURE) has difficulty
 * {@code j - 0.5}, so a learner of ability θ holds the rungs below θ and is placed at
 * {@code clamp(round(θ), 0, 5)} (0 = no rung held). The general level is what lets an answer on one
 * concept inform every other concept: people who hold HTTP well usually hold REST too.
 *
 * @param graders how a score depends on ability minus difficulty: one response model per kind of
 *     grader, from reliable to noisy, equally likely a priori; which one grades this learner is
 *     learned from the answers
 * @param generalMean prior mean of the general level
 * @param generalSd prior standard deviation of the general level
 * @param spread standard deviation of a concept's ability around the general level
 * @param independence the shares of concepts that do not follow the general level at all (their
 *     ability drawn from a broad prior around the middle of the ladder), equally likely a priori: the
 *     learner's own share is learned from the answers, so a learner who is strong on some concepts
 *     and new to others is placed per concept
 * @param severitySd prior standard deviation of the grader's shift of every score, learned from the
 *     answers as well (0: none)
 */
public record DiagnosisModel(List<ResponseModel> graders, double generalMean, double generalSd, double spread,
        List<Double> independence, double severitySd) {
    /** The number of rungs. */
    public static final int RUNGS = 5;

    /** Validates the parameters. */
    public DiagnosisModel {
        graders = List.copyOf(graders);
        independence = List.copyOf(independence);
        if (graders.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one response model");
        }
        if (!(generalSd > 0 && spread > 0 && severitySd >= 0)) {
            throw new IllegalArgumentException("standard deviations must be positive");
        }
        if (independence.isEmpty() || independence.stream().anyMatch(w -> !(w >= 0 && w < 1))) {
            throw new IllegalArgumentException("independence shares must be in [0, 1)");
        }
    }

    /**
     * The model the coach uses: a broad prior over the general level, concepts about one rung apart
     * from it unless free of it; a tenth, half or nine tenths of the concepts free; a grader as
     * reliable as expected, more reliable or much noisier; and a grader shift of about ±0.08.
     *
     * @return the standard model
     */
    public static DiagnosisModel standard() {
        var expected = ResponseModel.standard();
        var graders = List.of(new ResponseModel(expected.low(), expected.high(), expected.slope(), 0.15, 0.1),
                expected, new ResponseModel(expected.low(), expected.high(), expected.slope(), 0.25, 0.35));
        return new DiagnosisModel(graders, 2.5, 1.5, 1.0, List.of(0.1, 0.5, 0.9), 0.08);
    }

    /**
     * The single response model of the grader expected a priori: the middle one.
     *
     * @return the response model
     */
    public ResponseModel response() {
        return graders.get(graders.size() / 2);
    }

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
