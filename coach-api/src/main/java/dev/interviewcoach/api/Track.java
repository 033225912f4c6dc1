package dev.interviewcoach.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded track: its concepts, the ladder challenges and the boss challenges.
 *
 * <p>A variant (such as {@code backend-go}) is a track of its own whose {@link #baseId()} names the
 * track it extends; it holds everything of its base plus what it adds.
 *
 * @param id stable id
 * @param title human-readable title
 * @param version content version
 * @param description what the track prepares for
 * @param baseId the track this variant extends, empty for a base track
 * @param concepts the concepts in order
 * @param challenges the ladder challenges
 * @param bossChallenges the integrated questions that unlock when their concepts are stable
 * @param outOfScope what the track deliberately leaves out
 * @since 0.1
 */
public record Track(
        String id,
        String title,
        String version,
        String description,
        Optional<String> baseId,
        List<Concept> concepts,
        List<Challenge> challenges,
        List<Challenge> bossChallenges,
        List<String> outOfScope) {

    /** Validates the components, id uniqueness and references, and copies the lists. */
    public Track {
        Require.id(id, "id");
        Require.nonBlank(title, "title");
        Require.nonBlank(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseId, "baseId");
        concepts = List.copyOf(Require.nonEmpty(concepts, "concepts"));
        challenges = ChallengeList.of(challenges);
        bossChallenges = List.copyOf(bossChallenges);
        outOfScope = List.copyOf(outOfScope);
        var conceptIds = new HashSet<String>();
        var topicIds = new HashSet<String>();
        for (var c : concepts) {
            if (!conceptIds.add(c.id())) {
                throw new IllegalArgumentException("duplicate concept id " + c.id());
            }
            c.topics().forEach(t -> {
                if (!topicIds.add(t.id())) {
                    throw new IllegalArgumentException("duplicate topic id " + t.id());
                }
            });
        }
        var challengeIds = new HashSet<String>();
        for (var ch : (Iterable<Challenge>) Stream.concat(challenges.stream(), bossChallenges.stream())::iterator) {
            if (!challengeIds.add(ch.id())) {
                throw new IllegalArgumentException("duplicate challenge id " + ch.id());
            }
            if (!conceptIds.contains(ch.conceptId())) {
                throw new IllegalArgumentException(ch.id() + " names no concept '" + ch.conceptId() + "'");
            }
            for (var t : ch.allTopicIds()) {
                if (!topicIds.contains(t)) {
                    throw new IllegalArgumentException(ch.id() + " names no topic '" + t + "'");
                }
            }
        }
    }

    /**
     * Finds a concept.
     *
     * @param conceptId the concept id
     * @return the concept, or empty
     */
    public Optional<Concept> concept(String conceptId) {
        return concepts.stream().filter(c -> c.id().equals(conceptId)).findFirst();
    }

    /**
     * Finds a ladder or boss challenge. A follow-up's id finds nothing here: a follow-up is derived from
     * one of these challenges, not one of them; {@link #stepChallenge} finds it too.
     *
     * @param challengeId the challenge id
     * @return the challenge, or empty
     */
    public Optional<Challenge> challenge(String challengeId) {
        return Stream.concat(challenges.stream(), bossChallenges.stream())
                .filter(c -> c.id().equals(challengeId))
                .findFirst();
    }

    /**
     * The challenge a step asks, by the id a step or a stored {@code PendingStep} names: a ladder or boss
     * challenge as {@link #challenge} finds it, or a follow-up, whose id reads {@code
     * <challenge-id>#follow-up.<criterion-id>} and which is {@link Challenge#followUpChallenge} of that
     * challenge on that criterion. A host that only peeks at {@code state().pendingStep()} finds the
     * question to show with it.
     *
     * @param challengeId the id of a challenge or of a follow-up
     * @return the challenge, or empty when the track has no challenge of that id, or the challenge no
     *     follow-up on that criterion
     * @since 0.1
     */
    public Optional<Challenge> stepChallenge(String challengeId) {
        Objects.requireNonNull(challengeId, "challengeId");
        var found = challenge(challengeId);
        int mark = challengeId.indexOf(Challenge.FOLLOW_UP_ID_MARK);
        if (found.isPresent() || mark < 0) {
            return found;
        }
        String criterionId = challengeId.substring(mark + Challenge.FOLLOW_UP_ID_MARK.length());
        return challenge(challengeId.substring(0, mark)).flatMap(c -> c.followUpChallenge(criterionId));
    }

    /**
     * The ladder challenges of one concept at one rung, in content order.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the challenges, possibly empty
     */
    public List<Challenge> challenges(String conceptId, ChallengeLevel level) {
        return ((ChallengeList) challenges).of(conceptId, level);
    }
}
