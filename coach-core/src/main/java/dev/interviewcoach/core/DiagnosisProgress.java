package dev.interviewcoach.core;

/**
 * How far a learner's placement diagnosis has come, for host applications to show progress.
 *
 * <p>A new learner starts with a short adaptive diagnosis ({@link dev.interviewcoach.api.StepReason#DIAGNOSTIC}
 * steps) that ends when every concept's placement is confident or the budget is spent, whichever
 * comes first; the number of questions is therefore an estimate until the end. The estimate moves
 * both ways: an answer that surprises the placement raises it (candidates read "12, 6, 2, 4 left" as
 * a counter gone wrong), so show the bound, which only falls, and the estimate only near the end, as
 * the terminal does:
 *
 * <pre>{@code
 * DiagnosisProgress p = session.diagnosisProgress();
 * if (!p.complete()) {
 *     System.out.printf("question %d of at most %d%s%n", p.asked() + 1, p.budget(),
 *             p.estimatedLeft() <= 1 ? ", likely the last" : "");
 * }
 * }</pre>
 *
 * @param asked diagnostic questions answered so far; once complete, the graded answers the placements
 *     rest on
 * @param estimatedLeft estimated diagnostic questions still to answer, the current one included;
 *     0 once complete
 * @param budget the most diagnostic questions the coach asks
 * @param complete whether the learner is placed
 * @since 0.1
 */
public record DiagnosisProgress(int asked, int estimatedLeft, int budget, boolean complete) {
    /** Validates the components. */
    public DiagnosisProgress {
        if (asked < 0 || estimatedLeft < 0 || budget < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (complete && estimatedLeft != 0) {
            throw new IllegalArgumentException("a complete diagnosis has nothing left");
        }
    }
}
