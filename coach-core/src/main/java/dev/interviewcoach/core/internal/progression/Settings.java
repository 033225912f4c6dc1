package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.ChallengeLevel;
import java.util.Objects;

/**
 * The progression's knobs.
 *
 * @param repeatWindow a challenge is not asked again within this many attempts (at least 1: never twice
 *     in a row); it comes back at all only once every challenge of its concept × rung has been asked
 * @param bossRung the rung every concept a boss question covers must hold by confirmed mastery
 * @param reviewsInARow the most review steps in a row while practice is available
 */
public record Settings(int repeatWindow, ChallengeLevel bossRung, int reviewsInARow) {
    /** Validates the knobs. */
    public Settings {
        if (repeatWindow < 1) {
            throw new IllegalArgumentException("repeatWindow must be at least 1, was " + repeatWindow);
        }
        Objects.requireNonNull(bossRung, "bossRung");
        if (reviewsInARow < 1) {
            throw new IllegalArgumentException("reviewsInARow must be at least 1, was " + reviewsInARow);
        }
    }

    /**
     * The defaults: never the same challenge twice in a row, the boss on confirmed DESIGN, at most
     * two reviews in a row.
     *
     * @return the defaults
     */
    public static Settings defaults() {
        return new Settings(1, ChallengeLevel.DESIGN, 2);
    }
}
