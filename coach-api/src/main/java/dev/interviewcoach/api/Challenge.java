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
 * @param followUps follow-up questions, each tied to a criterion
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
        for (var f : followUps) {
            if (rubric.criterion(f.criterionId()).isEmpty()) {
                throw new IllegalArgumentException(
                        "follow-up of " + id + " names no criterion '" + f.criterionId() + "'");
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
     * Whether this is an integrated question whose rubric has dimensions.
     *
     * @return true when the rubric has dimensions
     */
    public boolean isMultiDimensional() {
        return !rubric.dimensions().isEmpty();
    }
}
