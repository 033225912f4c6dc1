package dev.interviewcoach.core;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.StepReason;
import java.time.Instant;
import java.util.Objects;

/**
 * What the coach asks next, and why; answer it with {@link CoachSession#submit(String,
 * dev.interviewcoach.api.Answer)} naming its {@link #id()}.
 *
 * <p>The step is kept in the learner's state until it is answered: every session of the learner,
 * and a session opened after a restart, gets the same step with the same id from {@link
 * CoachSession#next()}, and an answer naming a step that was answered or replaced meanwhile is
 * rejected with a {@link StaleStepException} rather than graded against another question.
 *
 * @param id the step's id, stable until it is answered: letters, digits and {@code . _ ~ -} only, so it
 *     goes into a URL path or query as it is
 * @param challenge the challenge to answer, whole: its rubric, reference answer, hints and follow-ups are
 *     here too, so a host sends a candidate's screen what it shows of it ({@code prompt()}, the hints one
 *     at a time as asked), never the step or the challenge serialised as they are
 * @param reason why it was chosen
 * @param why one sentence for the learner explaining the choice; a recovery step with a hint ends with
 *     the challenge's first hint ("Hint: …"), so a host's own hint button starts after {@link #hintsGiven()}
 * @param number the step's number on this track, from 1, continuing across sessions
 * @param shownAt when the coach showed it: when {@link CoachSession#next()} first returned it that day
 *     (for a step prepared with the feedback on the answer before it, until then, that answer's time);
 *     the time an answer takes is counted from here unless the host measures it
 * @since 0.1
 */
public record Step(String id, Challenge challenge, StepReason reason, String why, long number, Instant shownAt) {
    /** Validates the components. */
    public Step {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
        Objects.requireNonNull(shownAt, "shownAt");
    }

    /**
     * The text to show the candidate: scenario, question and constraints.
     *
     * @return the prompt text
     */
    public String promptText() {
        return challenge.prompt().fullText();
    }

    /**
     * How many of the challenge's hints the step already gives in its {@link #why()}: 1 for a recovery
     * that comes with a hint (the first), else 0. A host's hint button offers the hints after these, and
     * does not count them in {@code Answer.hintsUsed()}: the coach gave them.
     *
     * @return 0 or 1
     * @since 0.1
     */
    public int hintsGiven() {
        var hints = challenge.hints();
        return reason == StepReason.RECOVERY && !hints.isEmpty() && why.contains(hints.get(0)) ? 1 : 0;
    }
}
