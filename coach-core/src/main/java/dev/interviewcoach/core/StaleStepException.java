package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;
import java.util.Optional;

/**
 * An answer named a step that is not the learner's current step: it was answered already (perhaps on
 * another device), replaced, or never issued. Nothing was graded or stored; show the current step
 * ({@link CoachSession#next()}) and answer that.
 *
 * @since 0.1
 */
public class StaleStepException extends CoachException {
    private static final long serialVersionUID = 1L;

    /** The id of the learner's current step, or null when there is none. */
    private final String currentStepId;

    /**
     * A rejection.
     *
     * @param message what happened
     * @param currentStepId the current step's id, or null when there is none
     */
    public StaleStepException(String message, String currentStepId) {
        super(message);
        this.currentStepId = currentStepId;
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
