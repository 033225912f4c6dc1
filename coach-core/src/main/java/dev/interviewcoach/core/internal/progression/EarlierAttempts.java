package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import java.time.Instant;
import java.util.Optional;

/**
 * Where progression finds a learner's last graded answer to a challenge when the recent attempts it
 * was given may not reach back far enough: a boss question answered long ago must still count as
 * answered, and a question asked long ago is not new. The answer flow looks it up in the store by
 * challenge, so nothing reads the whole history.
 */
@FunctionalInterface
public interface EarlierAttempts {
    /**
     * The learner's last graded answer to a challenge on the track, among all their attempts.
     *
     * @param challengeId the challenge
     * @return the attempt, or empty when the learner never answered it with a grade
     */
    Optional<Attempt> lastScored(String challengeId);

    /**
     * When the learner was last asked a challenge (answered, skipped or ungraded), among all their
     * attempts; this lookup knows nothing unless it says so.
     *
     * @param challengeId the challenge
     * @return when it was last asked, or empty when never (or not known)
     */
    default Optional<Instant> lastAsked(String challengeId) {
        return Optional.empty();
    }

    /**
     * For recent attempts that are the whole history: nothing earlier.
     *
     * @return the lookup that finds nothing
     */
    static EarlierAttempts none() {
        return challengeId -> Optional.empty();
    }
}
