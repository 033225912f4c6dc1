package dev.interviewcoach.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One question on one rung of one concept, with everything needed to grade, coach and self-test it.
 *
 * @param id stable id, unique in its track
 * @param conceptId the concept it belongs to
 * @param level its rung
 * @param topicId its primary topic
 * @param secondaryTopicIds other topics it touches, each checked by a criterion
 * @param prompt what the candidate is asked
 * @param rubric how answers are graded
 * @param misconceptions wrong beliefs it watches for
 * @param referenceAnswer a model answer that earns full marks
 * @param hints progressively more revealing hints
 * @param followUps follow-up questions, each tied to a criterion (at most one to each)
 * @param sources where its facts can be checked
 * @param samples calibration samples with their bands
 * @since 0.1
 */
public record Challenge(
        String id,
        String conceptId,
        ChallengeLevel level,
        String topicId,
        List<String> secondaryTopicIds,
        Prompt prompt,
        Rubric rubric,
        List<Misconception> misconceptions,
        String referenceAnswer,
        List<String> hints,
        List<FollowUp> followUps,
        List<Source> sources,
        List<CalibrationSample> samples) {

    /**
     * What joins a challenge's id and a criterion's id in the id of the follow-up on that criterion:
     * {@code <challenge-id>#follow-up.<criterion-id>}.
     *
     * @since 0.1
     */
    public static final String FOLLOW_UP_ID_MARK = "#follow-up.";

    /** Validates the components and the references inside the challenge, and copies the lists. */
    public Challenge {
        Require.id(id, "id");
        Require.id(conceptId, "conceptId");
        Objects.requireNonNull(level, "level");
        Require.id(topicId, "topicId");
        secondaryTopicIds = List.copyOf(secondaryTopicIds);
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(rubric, "rubric");
        misconceptions = List.copyOf(misconceptions);
        Objects.requireNonNull(referenceAnswer, "referenceAnswer");
        hints = List.copyOf(hints);
        followUps = List.copyOf(followUps);
        sources = List.copyOf(sources);
        samples = List.copyOf(samples);
        var followedUp = new HashSet<String>();
        for (var f : followUps) {
            if (rubric.criterion(f.criterionId()).isEmpty()) {
                throw new IllegalArgumentException(
                        "follow-up of " + id + " names no criterion '" + f.criterionId() + "'");
            }
            if (!followedUp.add(f.criterionId())) {
                throw new IllegalArgumentException("a second follow-up of " + id + " on criterion '" + f.criterionId()
                        + "': a criterion has at most one follow-up, which its id names");
            }
        }
        var misconceptionIds = new HashSet<String>();
        for (var m : misconceptions) {
            if (!misconceptionIds.add(m.id())) {
                throw new IllegalArgumentException("duplicate misconception id " + m.id() + " in " + id);
            }
        }
        for (var s : samples) {
            s.misconceptionId().ifPresent(m -> {
                if (!misconceptionIds.contains(m)) {
                    throw new IllegalArgumentException(
                            "sample of " + id + " names no misconception '" + m + "'");
                }
            });
        }
    }

    /**
     * A challenge with only a question, a rubric and a reference answer: enough to grade.
     *
     * @param id the id
     * @param conceptId the concept
     * @param level the rung
     * @param topicId the primary topic
     * @param prompt the question
     * @param rubric the rubric
     * @param referenceAnswer the model answer
     * @return the challenge
     */
    public static Challenge of(String id, String conceptId, ChallengeLevel level, String topicId,
            Prompt prompt, Rubric rubric, String referenceAnswer) {
        return new Challenge(id, conceptId, level, topicId, List.of(), prompt, rubric, List.of(),
                referenceAnswer, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The primary topic followed by the secondary topics.
     *
     * @return every topic this challenge touches
     */
    public List<String> allTopicIds() {
        return Stream.concat(Stream.of(topicId), secondaryTopicIds.stream()).toList();
    }

    /**
     * Finds a misconception of this challenge.
     *
     * @param misconceptionId the id
     * @return the misconception, or empty
     */
    public Optional<Misconception> misconception(String misconceptionId) {
        return misconceptions.stream().filter(m -> m.id().equals(misconceptionId)).findFirst();
    }

    /**
     * This challenge narrowed to its follow-up on one criterion, as the coach asks and grades it as a
     * {@code FOLLOW_UP} step: the follow-up's question is the prompt, that criterion alone is the
     * rubric (outside any dimension, with the follow-up's own evidence when it has some), and the misconceptions, reference answer and sources stay;
     * it has no hints (this challenge's were written for its whole question and may point at another of
     * its points), follow-ups or samples of its own. Its id is this challenge's id, {@link
     * #FOLLOW_UP_ID_MARK} and the criterion's id. A host that asks a follow-up itself grades the
     * answer against this challenge.
     *
     * @param criterionId the criterion a follow-up of this challenge is tied to
     * @return the follow-up as a challenge, or empty when no follow-up is tied to that criterion
     * @since 0.1
     */
    public Optional<Challenge> followUpChallenge(String criterionId) {
        var followUp = followUps.stream().filter(f -> f.criterionId().equals(criterionId)).findFirst();
        if (followUp.isEmpty()) {
            return Optional.empty();
        }
        Criterion c = rubric.criterion(criterionId).orElseThrow();
        var f = followUp.get();
        var only = new Criterion(c.id(), c.weight(), c.required(), c.description(), c.topicId(), Optional.empty(),
                f.hasOwnEvidence() ? f.evidence() : c.evidence(), f.hasOwnEvidence() ? f.minEvidence() : c.minEvidence(),
                c.feedback(), c.counterEvidence());
        return Optional.of(new Challenge(id + FOLLOW_UP_ID_MARK + c.id(), conceptId, level, topicId, secondaryTopicIds,
                Prompt.of(f.question()), Rubric.of(List.of(only)), misconceptions, referenceAnswer, List.of(),
                List.of(), sources, List.of()));
    }

    /**
     * The follow-up on one criterion read against the whole criterion rather than the follow-up's own
     * evidence: the same id, question and everything else as {@link #followUpChallenge}, with the
     * criterion's own evidence and minimum. A follow-up's evidence names what its narrower question
     * asks; an answer that meets part of it often says the rest in the words of the criterion. The
     * coach grades a follow-up answer whose one criterion was partly met against this challenge as well,
     * with a deterministic grader, and keeps the better grade.
     *
     * @param criterionId the criterion a follow-up of this challenge is tied to
     * @return the challenge, or empty when no follow-up is tied to that criterion or the follow-up has no
     *     evidence of its own (then {@link #followUpChallenge} already reads the whole criterion)
     * @since 0.1
     */
    public Optional<Challenge> followUpOnWholeCriterion(String criterionId) {
        var followUp = followUps.stream().filter(f -> f.criterionId().equals(criterionId)).findFirst();
        if (followUp.isEmpty() || !followUp.get().hasOwnEvidence()) {
            return Optional.empty();
        }
        Criterion c = rubric.criterion(criterionId).orElseThrow();
        var whole = new Criterion(c.id(), c.weight(), c.required(), c.description(), c.topicId(), Optional.empty(),
                c.evidence(), c.minEvidence(), c.feedback(), c.counterEvidence());
        return Optional.of(new Challenge(id + FOLLOW_UP_ID_MARK + c.id(), conceptId, level, topicId, secondaryTopicIds,
                Prompt.of(followUp.get().question()), Rubric.of(List.of(whole)), misconceptions, referenceAnswer,
                List.of(), List.of(), sources, List.of()));
    }

    /**
     * Whether this is an integrated question whose rubric has dimensions.
     *
     * @return true when the rubric has dimensions
     */
    public boolean isMultiDimensional() {
        return !rubric.dimensions().isEmpty();
    }
}
