package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a learner stands with one boss question of a track, decided by the very rule that decides when
 * {@link CoachSession#next()} asks it: what a "boss" screen shows, so it never contradicts the session.
 *
 * <p>{@link State#PASSED} when the learner's last graded answer to it passed (a passed boss question
 * does not come back by itself; {@link CoachSession#askBossAgain(String)} asks it again);
 * {@link State#OPEN} when it may be asked now (it comes once no review, follow-up or recovery comes
 * first, and after the step already pending); {@link State#WAITING} otherwise, with {@link #waitingOn()}
 * saying why, concept by concept.
 *
 * @param challengeId the boss challenge
 * @param rung the rung every concept it covers must hold (the coach's boss rung, DESIGN by default)
 * @param conceptIds the concepts it covers, its own first
 * @param state passed, open or waiting
 * @param lastAnswer the learner's last graded answer to it, if any (found in the whole history)
 * @param waitingOn why it is not open, one entry per concept and reason; empty unless {@link State#WAITING}
 * @since 0.1
 */
public record BossStatus(String challengeId, ChallengeLevel rung, List<String> conceptIds, State state,
        Optional<Attempt> lastAnswer, List<Gap> waitingOn) {
    /** Validates the components and copies the lists. */
    public BossStatus {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(rung, "rung");
        conceptIds = List.copyOf(conceptIds);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastAnswer, "lastAnswer");
        waitingOn = List.copyOf(waitingOn);
    }

    /**
     * Where the learner stands with a boss question.
     *
     * @since 0.1
     */
    public enum State {
        /** The last graded answer to it passed. */
        PASSED,
        /** Every concept it covers is ready: it is asked once nothing the progression puts first is left. */
        OPEN,
        /** Not open yet, or not again yet after an answer that did not pass: see {@link #waitingOn()}. */
        WAITING
    }

    /**
     * Why a covered concept keeps a boss question waiting.
     *
     * @since 0.1
     */
    public enum Reason {
        /** The rung is not {@code MASTERED} on the learner's graded answers (a placement alone never counts). */
        NOT_CONFIRMED,
        /** The rung was confirmed, but its predicted recall has fallen so far that its review is due. */
        FADED,
        /** The rung's review card is not due, but predicts less recall today than the boss asks for. */
        RECALL_BELOW_BOSS,
        /**
         * No passing whole question on the concept at the rung or above is recent enough (within the
         * warm-up before the boss), or one of the last two there did not pass.
         */
        NO_RECENT_PASS,
        /** The last boss answer did not pass and was weakest on this concept, which has not improved enough yet. */
        WEAKEST_IN_LAST_ANSWER
    }

    /**
     * One reason a boss question waits.
     *
     * @param conceptId the concept
     * @param reason the reason
     * @param why the reason in a sentence for the learner, in the words the session's steps use
     * @since 0.1
     */
    public record Gap(String conceptId, Reason reason, String why) {
        /** Validates the components. */
        public Gap {
            Objects.requireNonNull(conceptId, "conceptId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(why, "why");
        }
    }
}
