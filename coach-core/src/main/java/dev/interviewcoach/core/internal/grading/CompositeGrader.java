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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Grades with several graders and combines their scores by weight. Graders that abstain or fail are
 * left out of the weighting (and named in the grade's message); when none scores, the composite
 * does not score either. Criterion results come from the first grader that reports them.
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
        Grade first = null;
        var notes = new ArrayList<String>();
        var misconceptions = new LinkedHashMap<String, DetectedMisconception>();
        var dimensionSums = new LinkedHashMap<String, double[]>();
        var feedback = new ArrayList<String>();
        for (WeightedGrader part : parts) {
            Grade g = Fallback.safely(part.grader(), request);
            if (!g.isScored()) {
                notes.add(part.grader().id() + ": " + g.status() + g.message().map(m -> " (" + m + ")").orElse(""));
                continue;
            }
            weighted += part.weight() * g.score().getAsDouble();
            weights += part.weight();
            if (first == null || (first.criteria().isEmpty() && !g.criteria().isEmpty())) {
                first = g;
            }
            g.misconceptions().forEach(m -> misconceptions.putIfAbsent(m.misconceptionId(), m));
            for (DimensionResult d : g.dimensions()) {
                var sum = dimensionSums.computeIfAbsent(d.dimensionId(), k -> new double[2]);
                sum[0] += part.weight() * d.score();
                sum[1] += part.weight();
            }
            if (!g.feedback().isBlank()) {
                feedback.add(g.feedback());
            }
        }
        if (first == null) {
            boolean allAbstained = notes.stream().noneMatch(n -> n.contains(GradeStatus.ERROR.name()));
            String why = "no grader scored: " + String.join("; ", notes);
            return allAbstained ? Grade.abstain(id(), version(), why) : Grade.error(id(), version(), why);
        }
        var dimensions = new ArrayList<DimensionResult>();
        dimensionSums.forEach((d, s) -> dimensions.add(new DimensionResult(d, s[0] / s[1])));
        double score = Math.max(0, Math.min(1, weighted / weights));
        Optional<String> message = notes.isEmpty() ? Optional.empty() : Optional.of("left out: " + String.join("; ", notes));
        return new Grade(GradeStatus.OK, OptionalDouble.of(score), first.criteria(), dimensions,
                List.copyOf(misconceptions.values()), String.join("\n", feedback), id(), version(), first.pressure(), message);
    }
}
