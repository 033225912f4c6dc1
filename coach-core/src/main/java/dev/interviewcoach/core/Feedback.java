package dev.interviewcoach.core;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.FollowUp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learner gets back for one answer: the grade, what was missed and why, the questions an
 * interviewer would ask next, how their levels moved, and the next step.
 *
 * @param attempt the stored attempt (with the original answer and the full grade)
 * @param passed whether the grade passes the coach's pass policy
 * @param followUps the challenge's follow-up questions on what the answer did not fully cover (each
 *     follow-up is tied to a criterion, so an answer that met every criterion gets none); never one
 *     whose own point the answer already makes (read by the built-in rubric grader against the
 *     follow-up's evidence, whatever grader graded the answer); none after a skip
 * @param masteryChanges how mastery moved; on the answer that ends the diagnosis, also how the placement
 *     it completes moved the rungs of every concept (the diagnostic answers are replayed from the
 *     placement's priors), so there are many and large ones, whatever that last answer scored: a host
 *     that shows changes per answer says "placed" there rather than crediting the answer
 * @param next the next step, if the session has one
 * @param discount how much less evidence the answer gave than the grader's score (time, words,
 *     hints, a skip); the attempt's grade already carries the discounted score
 * @since 0.1
 */
public record Feedback(Attempt attempt, boolean passed, List<FollowUp> followUps, List<MasteryChange> masteryChanges,
        Optional<Step> next, EvidenceDiscount discount) {
    /** Validates the components and copies the lists. */
    public Feedback {
        Objects.requireNonNull(attempt, "attempt");
        followUps = List.copyOf(followUps);
        masteryChanges = List.copyOf(masteryChanges);
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(discount, "discount");
    }

    /**
     * The grade of the answer, as the grader gave it. Its {@code feedback()} and criterion feedback may
     * hand over what a follow-up step asks next; show the learner {@link #feedbackToShow()} and
     * {@link #missedToShow()}, which hold that back.
     *
     * @return the grade
     */
    public Grade grade() {
        return attempt.grade();
    }

    /**
     * Whether the answer was graded: its grade has a score. An answer that was not (the grader
     * abstained, failed or timed out, or the coach did not count it) is stored but moves nothing, and
     * {@link #passed()} is false.
     *
     * @return true when the grade has a score
     * @since 0.1
     */
    public boolean graded() {
        return grade().isScored();
    }

    /**
     * For an answer that was not graded, what may be shown to the learner; empty for a graded answer.
     * An abstention's message is the reason about the answer itself (written in another language, a
     * copy of what the coach showed) and is given as it is; a failure's message is for the operator (a
     * service down, a timeout) and is replaced by a sentence that says the answer is stored and counts
     * for nothing either way. The grade keeps the original message ({@link Grade#message()}).
     *
     * @return the sentence to show, or empty when the answer was graded
     * @since 0.1
     */
    public Optional<String> notGradedToShow() {
        var grade = grade();
        if (grade.isScored()) {
            return Optional.empty();
        }
        if (grade.status() == dev.interviewcoach.api.GradeStatus.ABSTAIN) {
            var reason = grade.message().map(String::strip).filter(m -> !m.isEmpty());
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.of("This answer could not be graded just now. It is stored, and it counts for nothing "
                + "either way: neither your levels nor your reviews moved.");
    }

    /**
     * The criteria the answer missed or only partly met, with their feedback.
     *
     * @return the results not fully met
     */
    public List<CriterionResult> missed() {
        return grade().criteria().stream().filter(c -> c.outcome() != CriterionOutcome.MET).toList();
    }

    /**
     * What to show of the criteria the answer missed or only partly met before the next step: {@link
     * #missed()} without the one the next step, a follow-up, asks about ({@link #askedNext()}), whose
     * feedback would answer that question before it is asked.
     *
     * @return the results not fully met, less the one asked next
     * @since 0.1
     */
    public List<CriterionResult> missedToShow() {
        var asked = askedNext();
        return missed().stream().filter(c -> asked.filter(c.criterionId()::equals).isEmpty()).toList();
    }

    /**
     * The grade's overall feedback as it may be shown before the next step: {@link Grade#feedback()}
     * without the lines that give the feedback of the criterion the next step, a follow-up, asks about
     * ({@link #askedNext()}), for the reason {@link #missedToShow()} leaves it out. The built-in graders
     * give each missed criterion's feedback on a line of its own; a grader that words its overall
     * feedback otherwise may still say the point there, so such a host shows {@link #missedToShow()}.
     * The stored attempt keeps the whole grade.
     *
     * @return the overall feedback, less the lines on the criterion asked next
     * @since 0.1
     */
    public String feedbackToShow() {
        var asked = askedNext();
        if (asked.isEmpty()) {
            return grade().feedback();
        }
        var held = grade().criteria().stream().filter(c -> c.criterionId().equals(asked.get()))
                .map(c -> c.feedback().strip()).filter(f -> !f.isEmpty()).collect(java.util.stream.Collectors.toSet());
        return grade().feedback().lines().filter(line -> !held.contains(line.strip()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * The criterion the next step, a follow-up, asks about, if it is one. A follow-up asks before it
     * tells: a host that shows this criterion's description or feedback now hands the learner the
     * answer to the very next question, so the terminal program names the point and holds back what a
     * strong answer says about it until the follow-up is answered (its feedback then shows it).
     *
     * @return the id of the criterion the next step follows up on, or empty when the next step is no follow-up
     */
    public Optional<String> askedNext() {
        return next.filter(step -> step.reason() == dev.interviewcoach.api.StepReason.FOLLOW_UP)
                .map(step -> step.challenge().id())
                .filter(id -> id.contains(dev.interviewcoach.api.Challenge.FOLLOW_UP_ID_MARK))
                .map(id -> id.substring(id.lastIndexOf(dev.interviewcoach.api.Challenge.FOLLOW_UP_ID_MARK)
                        + dev.interviewcoach.api.Challenge.FOLLOW_UP_ID_MARK.length()));
    }
}
