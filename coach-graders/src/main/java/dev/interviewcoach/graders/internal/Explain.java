package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import java.util.List;

/** Turns rubric results into feedback, always in the rubric's own words. */
final class Explain {
    private Explain() {}

    static String criterion(Criterion c, CriterionOutcome outcome) {
        return switch (outcome) {
            case MET -> "Covered: " + c.description();
            case PARTLY_MET -> "Partly covered: " + c.description() + c.feedback().map(f -> " " + f).orElse("");
            case MISSED -> "Missing: " + c.description() + c.feedback().map(f -> " " + f).orElse("");
        };
    }

    static String overall(double score, List<CriterionResult> results, List<DetectedMisconception> misconceptions) {
        return overall(score, results, misconceptions, false, false);
    }

    /**
     * The overall feedback, saying why the score is lower than the criteria met suggest when a cap
     * lowered it.
     *
     * @param cappedByRequired whether a missed required criterion capped the score
     * @param halvedByMisconception whether an asserted misconception halved and capped it
     */
    static String overall(double score, List<CriterionResult> results, List<DetectedMisconception> misconceptions,
            boolean cappedByRequired, boolean halvedByMisconception) {
        return overall(score, results, misconceptions, cappedByRequired, halvedByMisconception, "");
    }

    /**
     * The overall feedback, saying why the score is lower than the criteria met suggest: a cap, a
     * misconception, or the discounts of {@link Guards} ({@code discounted}, in words, or "").
     */
    static String overall(double score, List<CriterionResult> results, List<DetectedMisconception> misconceptions,
            boolean cappedByRequired, boolean halvedByMisconception, String discounted) {
        long met = results.stream().filter(r -> r.outcome() == CriterionOutcome.MET).count();
        var sb = new StringBuilder();
        sb.append("Met ").append(met).append(" of ").append(results.size()).append(" criteria (score ")
                .append(twoDecimals(score));
        String separator = ": ";
        if (!discounted.isEmpty()) {
            sb.append(separator).append(discounted);
            separator = "; ";
        }
        if (cappedByRequired) {
            sb.append(separator).append("a required point is missing, which caps the score at ")
                    .append(twoDecimals(RubricGrader.CAP));
            separator = "; ";
        }
        if (halvedByMisconception) {
            sb.append(separator).append("a misconception halves the score and caps it at ")
                    .append(twoDecimals(RubricGrader.CAP));
        }
        sb.append(").");
        results.stream().filter(r -> r.outcome() != CriterionOutcome.MET)
                .forEach(r -> sb.append('\n').append(r.feedback()));
        misconceptions.forEach(m -> sb.append("\nCorrection: ").append(m.correction()));
        return sb.toString();
    }

    /** Formats a score in [0, 1] with two decimals, without {@code String.format}'s per-call set-up. */
    static String twoDecimals(double score) {
        long hundredths = Math.round(score * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
