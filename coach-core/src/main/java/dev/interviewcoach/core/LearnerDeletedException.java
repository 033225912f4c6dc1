package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;

/**
 * The learner was deleted from the store ({@link dev.interviewcoach.spi.MemoryStore#delete}) while this
 * session was open: the session had shown the learner a step, and the store no longer holds them.
 * Nothing was stored, so the deletion stands; a session keeps no learner alive. To start the same id
 * afresh, open a new session with {@link Coach#session}.
 *
 * @since 0.1
 */
public class LearnerDeletedException extends CoachException {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal to bring a deleted learner back.
     *
     * @param message what happened
     */
    public LearnerDeletedException(String message) {
        super(message);
    }
}
