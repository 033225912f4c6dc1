package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Grade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learner gets back for one answer: the grade, what was missed and why, how their levels
 * moved, and the next step.
 *
 * @param attempt the stored attempt (with the original answer and the full grade)
 * @param passed whether the grade passes the coach's pass policy
 * @param masteryChanges how mastery moved
 * @param next the next step, if the session has one
 * @since 0.1
 */
public record Feedback(Attempt attempt, boolean passed, List<MasteryChange> masteryChanges, Optional<Step> next) {
    /** Validates the components and copies the list. */
    public Feedback {
        Objects.requireNonNull(attempt, "attempt");
        masteryChanges = List.copyOf(masteryChanges);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The grade of the answer.
     *
     * @return the grade
     */
    public Grade grade() {
        return attempt.grade();
    }

    /**
     * The criteria the answer missed or only partly met, with their feedback.
     *
     * @return the results not fully met
     */
    public List<CriterionResult> missed() {
        return grade().criteria().stream().filter(c -> c.outcome() != CriterionOutcome.MET).toList();
    }
}
