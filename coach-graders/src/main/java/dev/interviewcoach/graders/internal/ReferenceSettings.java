package dev.interviewcoach.graders.internal;

import java.util.Map;
import java.util.Objects;

/**
 * How the reference grader weighs words and combines its features into a score: {@code score =
 * clamp(intercept + sum of weight(f) * f, 0, 1)}.
 *
 * @param questionWeight the factor applied to the weight of a reference word that also stands in the
 *     question, in [0, 1]: 1 treats question words like any other, 0 ignores them
 * @param k1 BM25's term-frequency saturation, positive
 * @param b BM25's length normalisation, in [0, 1]
 * @param intercept added to the weighted features
 * @param weights weight of each feature; features not named weigh 0
 */
public record ReferenceSettings(double questionWeight, double k1, double b, double intercept,
        Map<ReferenceFeature, Double> weights) {

    /** The defaults, chosen without looking at any scored data: coverage first, BM25 and word pairs after. */
    public static final ReferenceSettings DEFAULT = new ReferenceSettings(0.25, 1.2, 0.75, 0,
            Map.of(ReferenceFeature.FUZZY_COVERAGE, 0.5, ReferenceFeature.BM25, 0.25, ReferenceFeature.BIGRAMS, 0.25));

    /** Validates the components and copies the map. */
    public ReferenceSettings {
        if (!(questionWeight >= 0 && questionWeight <= 1)) {
            throw new IllegalArgumentException("questionWeight must be in [0, 1], was " + questionWeight);
        }
        if (!(k1 > 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("k1 must be positive, was " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be in [0, 1], was " + b);
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept must be finite, was " + intercept);
        }
        Objects.requireNonNull(weights, "weights");
        weights.forEach((f, w) -> {
            Objects.requireNonNull(f, "feature");
            if (w == null || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weight of " + f + " must be finite, was " + w);
            }
        });
        weights = Map.copyOf(weights);
    }

    /**
     * These settings scoring a single feature as it is: a probe for fitting weights on scored answers.
     *
     * @param feature the feature
     * @return settings whose score is that feature
     */
    public ReferenceSettings only(ReferenceFeature feature) {
        return withWeights(0, Map.of(feature, 1.0));
    }

    /**
     * These settings with another question weight.
     *
     * @param factor the new question weight
     * @return the new settings
     */
    public ReferenceSettings withQuestionWeight(double factor) {
        return new ReferenceSettings(factor, k1, b, intercept, weights);
    }

    /**
     * These settings with other weights.
     *
     * @param newIntercept the intercept
     * @param newWeights the feature weights
     * @return the new settings
     */
    public ReferenceSettings withWeights(double newIntercept, Map<ReferenceFeature, Double> newWeights) {
        return new ReferenceSettings(questionWeight, k1, b, newIntercept, newWeights);
    }

    /**
     * The score these settings give to a feature vector.
     *
     * @param features feature values indexed by {@link ReferenceFeature#ordinal()}
     * @return the score in [0, 1]
     */
    double score(double[] features) {
        double s = intercept;
        for (var f : ReferenceFeature.values()) {
            Double w = weights.get(f);
            if (w != null) {
                s += w * features[f.ordinal()];
            }
        }
        return Double.isNaN(s) ? 0 : Math.max(0, Math.min(1, s));
    }
}
