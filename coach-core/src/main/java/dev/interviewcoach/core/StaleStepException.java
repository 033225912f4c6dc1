package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;
import java.util.Optional;

/**
 * An answer named a step that is not the learner's current step: it was answered already (perhaps on
 * another device), replaced, or never issued. Nothing was stored; show the current step
 * ({@link CoachSession#next()}) and answer that. Usually nothing was graded either: the step is checked
 * before grading. When another session answers the same step while this answer is being graded, the
 * answer was graded but, the step having been answered first elsewhere, not stored ({@link #graded()}
 * says which, so a host paying per grade can tell).
 *
 * @since 0.1
 */
public class StaleStepException extends CoachException {
    private static final long serialVersionUID = 1L;

    /** The id of the learner's current step, or null when there is none. */
    private final String currentStepId;

    /** Whether the answer was graded before the step turned out to be taken. */
    private final boolean graded;

    /**
     * A rejection.
     *
     * @param message what happened
     * @param currentStepId the current step's id, or null when there is none
     */
    public StaleStepException(String message, String currentStepId) {
        this(message, currentStepId, false);
    }

    /**
     * A rejection that says whether the answer was graded before it.
     *
     * @param message what happened
     * @param currentStepId the current step's id, or null when there is none
     * @param graded whether the answer was graded (but not stored)
     * @since 0.1
     */
    public StaleStepException(String message, String currentStepId, boolean graded) {
        super(message);
        this.currentStepId = currentStepId;
        this.graded = graded;
    }

    /**
     * Whether the answer was graded before it was refused: true only when another session answered
     * the step while this answer was being graded. The grade was not stored either way.
     *
     * @return true when a grader ran on the refused answer
     */
    public boolean graded() {
        return graded;
    }

    /**
     * The id of the learner's current step.
     *
     * @return the id, or empty when the learner has no step pending
     */
    public Optional<String> currentStepId() {
        return Optional.ofNullable(currentStepId);
    }
}
