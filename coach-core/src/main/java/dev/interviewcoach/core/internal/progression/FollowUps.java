package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Follow-up questions as challenges of their own: a narrowed copy of the original, same concept and
 * rung, whose prompt is the content's follow-up question and whose rubric holds only the criterion it
 * is tied to. Graders, stores and the learner model treat it like any challenge; its id, {@code
 * <original-id>#follow-up.<criterion-id>}, lets the progression recognise it among the attempts.
 */
public final class FollowUps {
    /** What joins the original id and the criterion in a follow-up's id. */
    static final String MARK = Challenge.FOLLOW_UP_ID_MARK;

    private FollowUps() {}

    /**
     * The follow-ups to show after an answer: those tied to criteria the grade did not fully meet,
     * leaving out any whose own point the answer already makes ({@code answered}), so an interviewer's
     * next question is never one the candidate has just answered. An answer that met every criterion
     * gets none: a follow-up probes its criterion, so after a full answer it asks what was said (a
     * strong candidate met six such questions in a row, each on a point their answer had made). A
     * grade without a score gets none.
     *
     * @param challenge the challenge answered
     * @param grade its grade
     * @param answered whether the answer already meets a follow-up's own point
     * @return the follow-up questions, in the challenge's order
     */
    public static List<FollowUp> toShow(Challenge challenge, Grade grade, java.util.function.Predicate<FollowUp> answered) {
        if (!grade.isScored() || challenge.followUps().isEmpty()) {
            return List.of();
        }
        var notMet = new HashSet<String>();
        for (var c : grade.criteria()) {
            if (c.outcome() != CriterionOutcome.MET) {
                notMet.add(c.criterionId());
            }
        }
        var shown = new ArrayList<FollowUp>();
        for (var f : challenge.followUps()) {
            if (notMet.contains(f.criterionId()) && !answered.test(f)) {
                shown.add(f);
            }
        }
        return shown;
    }

    /**
     * The follow-up a weak answer earns: the one tied to the missed criterion that cost the most
     * weight (a missed criterion before a partly met one). When the grade names no criteria at all,
     * the follow-up on the weightiest criterion, the likeliest gap.
     *
     * @param challenge the challenge answered
     * @param grade its grade
     * @return the follow-up, or empty when the challenge has none on what was missed
     */
    static Optional<FollowUp> forWeakAnswer(Challenge challenge, Grade grade) {
        if (challenge.followUps().isEmpty() || isFollowUp(challenge.id())) {
            return Optional.empty();
        }
        var results = new HashMap<String, CriterionResult>();
        grade.criteria().forEach(r -> results.put(r.criterionId(), r));
        // the first of those that lost the most weight
        FollowUp best = null;
        double bestKey = 0;
        for (var f : challenge.followUps()) {
            if (!results.isEmpty() && (!results.containsKey(f.criterionId())
                    || results.get(f.criterionId()).outcome() == CriterionOutcome.MET)) {
                continue;
            }
            double key = -loss(challenge, results, f.criterionId());
            if (best == null || Double.compare(key, bestKey) < 0) {
                best = f;
                bestKey = key;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double loss(Challenge challenge, java.util.Map<String, CriterionResult> results, String criterionId) {
        double weight = challenge.rubric().criterion(criterionId).map(Criterion::weight).orElse(0.0);
        var result = results.get(criterionId);
        return result == null ? weight : weight * (1 - result.credit());
    }

    /**
     * The follow-up as a challenge of its own ({@link Challenge#followUpChallenge}).
     *
     * @param original the challenge whose answer it follows
     * @param followUp one of its follow-ups
     * @return the narrowed challenge
     */
    static Challenge derive(Challenge original, FollowUp followUp) {
        return original.followUpChallenge(followUp.criterionId()).orElseThrow();
    }

    /** What joins a challenge's id and the mark of the challenge that holds all its follow-ups' points. */
    static final String ALL_MARK = "#follow-ups";

    /**
     * One challenge holding the point of every follow-up of a challenge, one criterion each ({@code
     * f0}, {@code f1}, … in the challenge's order; a follow-up's own evidence, else its criterion's), so
     * a single grade says which follow-ups an answer already answers. The prompt and reference answer
     * stay; the misconceptions do not (what is read here only hides a question, and reading claims would
     * cost as much again).
     *
     * @param original a challenge with follow-ups
     * @return the challenge of its follow-ups' points
     */
    static Challenge allPoints(Challenge original) {
        var criteria = new ArrayList<Criterion>();
        for (int i = 0; i < original.followUps().size(); i++) {
            var f = original.followUps().get(i);
            var c = original.rubric().criterion(f.criterionId()).orElseThrow();
            criteria.add(new Criterion("f" + i, 1, false, c.description(), c.topicId(), Optional.empty(),
                    f.hasOwnEvidence() ? f.evidence() : c.evidence(), f.hasOwnEvidence() ? f.minEvidence() : c.minEvidence(),
                    c.feedback(), c.counterEvidence()));
        }
        return new Challenge(original.id() + ALL_MARK, original.conceptId(), original.level(), original.topicId(),
                original.secondaryTopicIds(), original.prompt(), dev.interviewcoach.api.Rubric.of(criteria),
                List.of(), original.referenceAnswer(), original.hints(), List.of(), original.sources(), List.of());
    }

    /**
     * Which follow-ups a grade against {@link #allPoints} finds met in full.
     *
     * @param original the challenge
     * @param grade the grade of an answer against its follow-ups' points
     * @return the follow-ups whose point the answer already makes
     */
    public static java.util.Set<FollowUp> alreadyAnswered(Challenge original, Grade grade) {
        var met = new java.util.HashSet<FollowUp>();
        if (!grade.isScored()) {
            return met;
        }
        for (var r : grade.criteria()) {
            if (r.outcome() == CriterionOutcome.MET && r.criterionId().startsWith("f")) {
                int i = Integer.parseInt(r.criterionId().substring(1));
                if (i < original.followUps().size()) {
                    met.add(original.followUps().get(i));
                }
            }
        }
        return met;
    }

    /**
     * A follow-up challenge again from its id, as {@link #derive} made it: what a stored step names.
     *
     * @param challengeId a follow-up's id ({@code original#follow-up.criterion})
     * @param original the challenge it follows, by id
     * @return the follow-up challenge, or empty when the id is no follow-up of that challenge's
     */
    public static Optional<Challenge> rebuild(String challengeId, Function<String, Optional<Challenge>> original) {
        int at = challengeId.indexOf(MARK);
        if (at < 0) {
            return Optional.empty();
        }
        String criterion = challengeId.substring(at + MARK.length());
        return original.apply(challengeId.substring(0, at)).flatMap(c -> c.followUps().stream()
                .filter(f -> f.criterionId().equals(criterion) && c.rubric().criterion(criterion).isPresent())
                .findFirst().map(f -> derive(c, f)));
    }

    /**
     * Whether a grade of a follow-up found part of its one point: the answer said something of what
     * the follow-up asks, short of all of it.
     *
     * @param challengeId the id of the challenge graded
     * @param grade its grade
     * @return true for a follow-up whose criterion was partly met
     */
    public static boolean partlyMet(String challengeId, Grade grade) {
        return isFollowUp(challengeId) && grade.criteria().size() == 1
                && grade.criteria().get(0).outcome() == CriterionOutcome.PARTLY_MET;
    }

    /**
     * Whether a challenge id is a follow-up's.
     *
     * @param challengeId the id
     * @return true for a derived follow-up
     */
    static boolean isFollowUp(String challengeId) {
        return challengeId.contains(MARK);
    }

    /**
     * The id of the challenge a follow-up was derived from; any other id unchanged.
     *
     * @param challengeId the id
     * @return the original challenge's id
     */
    public static String baseId(String challengeId) {
        int at = challengeId.indexOf(MARK);
        return at < 0 ? challengeId : challengeId.substring(0, at);
    }
}
