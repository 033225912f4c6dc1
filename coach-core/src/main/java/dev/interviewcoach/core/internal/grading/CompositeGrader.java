package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.core.WeightedGrader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Grades with several graders and combines their scores by weight. Graders that abstain or fail, or
 * return a grade the coach would not use (not signed by them, or not fitting the question), are left
 * out of the weighting whatever their place (and named in the grade's message, with why); when none scores, the composite
 * does not score either. Misconceptions are the union of the parts', dimensions their weighted means;
 * criterion results and feedback come whole from one part, so they agree with each other: the heaviest
 * part that reports criteria (the first of equal weight), else the heaviest part. The message gives
 * every part's score and weight.
 */
public final class CompositeGrader extends GroupedGrader {
    private final List<WeightedGrader> parts;

    /**
     * A composite of the given parts.
     *
     * @param parts the graders and weights; at least one
     */
    public CompositeGrader(List<WeightedGrader> parts) {
        super("composite", parts.stream().map(WeightedGrader::grader).toList());
        this.parts = List.copyOf(parts);
    }

    @Override
    public Grade grade(GradingRequest request) {
        double weighted = 0;
        double weights = 0;
        Grade shown = null;
        double shownWeight = 0;
        var notes = new ArrayList<String>();
        var scores = new ArrayList<String>();
        var misconceptions = new LinkedHashMap<String, DetectedMisconception>();
        var dimensionSums = new LinkedHashMap<String, double[]>();
        for (WeightedGrader part : parts) {
            Grade g = Fallback.safely(part.grader(), request);
            if (!g.isScored()) {
                notes.add(part.grader().id() + ": " + g.status() + g.message().map(m -> " (" + m + ")").orElse(""));
                continue;
            }
            double score = g.score().getAsDouble();
            weighted += part.weight() * score;
            weights += part.weight();
            scores.add(part.grader().id() + " " + String.format(Locale.ROOT, "%.2f", score) + " × "
                    + java.math.BigDecimal.valueOf(part.weight()).stripTrailingZeros().toPlainString());
            if (shown == null || outranks(g, part.weight(), shown, shownWeight)) {
                shown = g;
                shownWeight = part.weight();
            }
            g.misconceptions().forEach(m -> misconceptions.putIfAbsent(m.misconceptionId(), m));
            for (DimensionResult d : g.dimensions()) {
                var sum = dimensionSums.computeIfAbsent(d.dimensionId(), k -> new double[2]);
                sum[0] += part.weight() * d.score();
                sum[1] += part.weight();
            }
        }
        if (shown == null) {
            boolean allAbstained = notes.stream().noneMatch(n -> n.contains(GradeStatus.ERROR.name()));
            String why = "no grader scored: " + String.join("; ", notes);
            return allAbstained ? Grade.abstain(id(), version(), why) : Grade.error(id(), version(), why);
        }
        var dimensions = new ArrayList<DimensionResult>();
        dimensionSums.forEach((d, s) -> dimensions.add(new DimensionResult(d, s[0] / s[1])));
        double score = Math.max(0, Math.min(1, weighted / weights));
        String message = "weighted mean of " + String.join(", ", scores)
                + (notes.isEmpty() ? "" : "; left out: " + String.join("; ", notes));
        return new Grade(GradeStatus.OK, OptionalDouble.of(score), shown.criteria(), dimensions,
                List.copyOf(misconceptions.values()), shown.feedback(), id(), version(), shown.pressure(),
                Optional.of(message));
    }

    /**
     * Whether a grade should be the one whose criteria and feedback the composite shows rather than the
     * current one: a grade with criterion results before one without, then the heavier part (the first
     * of equal weight).
     */
    private static boolean outranks(Grade g, double weight, Grade current, double currentWeight) {
        if (g.criteria().isEmpty() != current.criteria().isEmpty()) {
            return current.criteria().isEmpty();
        }
        return weight > currentWeight;
    }
}
