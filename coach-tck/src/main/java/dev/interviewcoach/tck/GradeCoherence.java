package dev.interviewcoach.tck;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the parts of a grade agree with each other, as the grader kit checks it: each criterion's
 * outcome with its credit, the score with the rubric's criteria, and the dimension results with the
 * rubric's dimensions.
 */
final class GradeCoherence {
    /** The least credit of a criterion MET (a credit computed as a share may fall a hair short of 1). */
    static final double MET_CREDIT = 0.999;

    private GradeCoherence() {}

    /**
     * What a grade says against itself, or empty: a criterion whose outcome disagrees with its credit
     * (MET earns 1, MISSED 0, PARTLY_MET something in between); and, for a grader that declares {@link
     * GraderCapability#USES_RUBRIC}, a score on the wrong side of one half when every criterion of the
     * rubric is MET, or every one MISSED.
     */
    static List<String> contradictions(Grade grade, Challenge challenge, Grader grader) {
        var out = new ArrayList<String>();
        for (CriterionResult c : grade.criteria()) {
            boolean agrees = switch (c.outcome()) {
                case MET -> c.credit() >= MET_CREDIT;
                case MISSED -> c.credit() == 0;
                case PARTLY_MET -> c.credit() > 0 && c.credit() < 1;
            };
            if (!agrees) {
                out.add("criterion " + c.criterionId() + " is " + c.outcome() + " with credit " + number(c.credit())
                        + ": MET earns the criterion's whole credit (1), MISSED none (0), PARTLY_MET a share strictly "
                        + "between; the learner reads the outcome (a ✓ or a ✗) and the coach counts the credit, so they "
                        + "must say the same");
            }
        }
        if (grade.isScored() && grader.capabilities().contains(GraderCapability.USES_RUBRIC)) {
            double score = grade.score().getAsDouble();
            var rubric = challenge.rubric().criteria();
            var results = rubric.stream().map(c -> grade.criteria().stream()
                    .filter(r -> r.criterionId().equals(c.id())).findFirst().orElse(null)).toList();
            if (!results.contains(null)) {
                if (results.stream().allMatch(r -> r.outcome() == CriterionOutcome.MET) && score < 0.5) {
                    out.add("every criterion of the rubric is MET, yet the score is " + number(score)
                            + scoreFollows("a failing score above a ✓ on every criterion"));
                } else if (results.stream().allMatch(r -> r.outcome() == CriterionOutcome.MISSED) && score > 0.5) {
                    out.add("every criterion of the rubric is MISSED, yet the score is " + number(score)
                            + scoreFollows("\"passed\" above a ✗ on every criterion"));
                }
            }
        }
        return out;
    }

    /** Why a rubric grader's score follows its criteria, after what the learner would see. */
    private static String scoreFollows(String seen) {
        return ": the learner would see " + seen + "; the coach moves the learner by "
                + "the score and shows the criteria, so a grader that declares USES_RUBRIC keeps its score near the "
                + "rubric's weighted credits (sum of credit × weight over the sum of weights), lowered by its own "
                + "caps perhaps, but never to the other side of a half";
    }

    /**
     * The dimensions of a multi-dimensional challenge's rubric that a grade has no result for: the coach
     * spreads a boss answer over concepts by them.
     */
    static List<String> missingDimensions(Grade grade, Challenge challenge) {
        return challenge.rubric().dimensions().stream().map(Dimension::id)
                .filter(id -> grade.dimension(id).isEmpty()).toList();
    }

    /**
     * Whether a grader must report dimension results: it says it does ({@link GraderCapability#DIMENSIONS}),
     * it grades by the rubric ({@link GraderCapability#USES_RUBRIC}, or results for the rubric's criteria,
     * each of which names its dimension), or it reports some dimensions already.
     */
    static boolean owesDimensions(Grader grader, Grade grade, Challenge challenge) {
        var capabilities = grader.capabilities();
        return capabilities.contains(GraderCapability.DIMENSIONS) || capabilities.contains(GraderCapability.USES_RUBRIC)
                || !grade.dimensions().isEmpty()
                || grade.criteria().stream().anyMatch(c -> challenge.rubric().criterion(c.criterionId()).isPresent());
    }

    /** Why a boss grade needs its dimensions, for the failure message. */
    static String whyDimensions(Challenge challenge) {
        return "the coach spreads a boss answer over the concepts of its dimensions, each concept getting its "
                + "dimension's score; a grade without them moves only the challenge's own concept ("
                + challenge.conceptId() + "). Report one DimensionResult per rubric dimension, e.g. the weighted credit "
                + "of the criteria that name it (Criterion.dimensionId())";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
