package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What progression looks up in a track on every step, worked out once per loaded track: challenges by
 * id, concepts by id, the concepts each topic's challenges belong to, each boss question's concepts,
 * and the follow-up challenges derived from the track's challenges (derived once each, so every step
 * that asks a follow-up asks the very same challenge object).
 *
 * <p>Indexes are kept in a small bounded cache keyed by track id and version, and reused for the same
 * track or an equal one (a track loaded again), so coaches sharing a loaded track share its index and
 * its derived follow-ups; a changed track with the same id and version gets an index of its own. An
 * index holds nothing about learners, and its follow-ups are bounded by the track's content.
 */
public final class TrackIndex {
    private static final int LIMIT = 64;
    private static final ConcurrentHashMap<Key, TrackIndex> CACHE = new ConcurrentHashMap<>();

    /** What the cache is keyed by. */
    private record Key(String trackId, String version) {}

    private final Track track;
    private final Map<String, Challenge> byId;
    private final Map<String, Concept> concepts;
    private final Map<String, Set<String>> conceptsByTopic;
    private final List<Boss> bosses;
    private final ConcurrentHashMap<String, Derived> followUps = new ConcurrentHashMap<>();

    /** A follow-up derived as a challenge, and the follow-up it came from. */
    private record Derived(FollowUp source, Challenge challenge) {}

    /** A boss question and the concepts it covers, its own first. */
    record Boss(Challenge challenge, Set<String> concepts) {}

    private TrackIndex(Track track) {
        this.track = Objects.requireNonNull(track, "track");
        var ids = new HashMap<String, Challenge>();
        for (var c : track.challenges()) {
            ids.putIfAbsent(c.id(), c);
        }
        for (var c : track.bossChallenges()) {
            ids.putIfAbsent(c.id(), c);
        }
        this.byId = ids;
        var byConcept = new HashMap<String, Concept>();
        track.concepts().forEach(c -> byConcept.putIfAbsent(c.id(), c));
        this.concepts = byConcept;
        var byTopic = new HashMap<String, Set<String>>();
        for (var c : track.challenges()) {
            for (var topic : c.allTopicIds()) {
                byTopic.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(c.conceptId());
            }
        }
        this.conceptsByTopic = byTopic;
        var boss = new ArrayList<Boss>();
        for (var b : track.bossChallenges()) {
            boss.add(new Boss(b, BossGate.concepts(b)));
        }
        this.bosses = List.copyOf(boss);
    }

    /**
     * The index of a track: the cached one when it was built from the same or an equal track.
     *
     * @param track the track
     * @return the index
     */
    public static TrackIndex of(Track track) {
        var key = new Key(track.id(), track.version());
        var cached = CACHE.get(key);
        if (cached != null && (cached.track == track || cached.track.equals(track))) {
            return cached;
        }
        var index = new TrackIndex(track);
        if (CACHE.size() >= LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, index);
        return index;
    }

    /**
     * The track indexed.
     *
     * @return the track
     */
    public Track track() {
        return track;
    }

    /**
     * A ladder or boss challenge by id (the first of that id, as {@link Track#challenge} finds it).
     *
     * @param challengeId the id
     * @return the challenge, or empty
     */
    public Optional<Challenge> challenge(String challengeId) {
        return Optional.ofNullable(byId.get(challengeId));
    }

    List<Challenge> challenges(String conceptId, ChallengeLevel level) {
        return track.challenges(conceptId, level);
    }

    /**
     * The track's own instance of a concept id (an equal string), so that ids stored with a learner's
     * answers are compared by identity first; the id itself when the track has no such concept.
     *
     * @param conceptId a concept id
     * @return the same id, as the track's concept holds it
     */
    public String conceptId(String conceptId) {
        var concept = concepts.get(conceptId);
        return concept == null ? conceptId : concept.id();
    }

    /** A concept's title, or its id when the track has no such concept. */
    String title(String conceptId) {
        var concept = concepts.get(conceptId);
        return concept == null ? conceptId : concept.title();
    }

    /** The concepts of the ladder challenges on any of the given topics. */
    void conceptsOnTopics(Set<String> topicIds, Set<String> into) {
        for (var topic : topicIds) {
            var found = conceptsByTopic.get(topic);
            if (found != null) {
                into.addAll(found);
            }
        }
    }

    List<Boss> bosses() {
        return bosses;
    }

    /**
     * The follow-up of one of this track's challenges as a challenge of its own, derived once (by its
     * id, checked against the follow-up it came from, since two follow-ups may share a criterion).
     */
    Challenge followUp(Challenge original, FollowUp followUp) {
        if (byId.get(original.id()) != original) {
            return FollowUps.derive(original, followUp); // not this track's own challenge: nothing to share
        }
        String id = original.id() + FollowUps.MARK + followUp.criterionId();
        var known = followUps.get(id);
        if (known != null && (known.source() == followUp || known.source().equals(followUp))) {
            return known.challenge();
        }
        var derived = new Derived(followUp, FollowUps.derive(original, followUp));
        followUps.put(id, derived);
        return derived.challenge();
    }
}
