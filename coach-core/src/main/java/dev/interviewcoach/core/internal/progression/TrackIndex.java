package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>For a variant indexed with its base, the index also knows which ladder challenges are the
 * variant's own: those its base does not have as they are (a challenge the variant adds, or its
 * replacement of one it overrides). In each concept × rung these come first in the order progression
 * tries challenges ({@link #challenges(String, ChallengeLevel)}), each layer in content order, so of the
 * questions a learner has not been asked yet there, the company's come before the base's. Only the
 * order within a concept × rung changes: which rung is worked on, and when, is decided as for any track.
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
    /** The base the variant was indexed with, or null. */
    private final Track base;
    /** The ids of the variant's own ladder challenges; empty for a track indexed without a base. */
    private final Set<String> own;
    /** The concept × rung cells whose order differs from the content order: own challenges first. */
    private final Map<String, Map<ChallengeLevel, List<Challenge>>> ownFirst;
    /** The rungs of each concept with an own challenge. */
    private final Map<String, Set<ChallengeLevel>> ownRungs;
    private final Map<String, Challenge> byId;
    private final Map<String, Concept> concepts;
    private final Map<String, Set<String>> conceptsByTopic;
    private final List<Boss> bosses;
    private final ConcurrentHashMap<String, Challenge> followUps = new ConcurrentHashMap<>();

    /** A boss question and the concepts it covers, its own first. */
    record Boss(Challenge challenge, Set<String> concepts) {}

    private TrackIndex(Track track, Track base) {
        this.track = Objects.requireNonNull(track, "track");
        this.base = base;
        this.own = base == null ? Set.of() : own(track, base);
        this.ownFirst = ownFirst(track, own);
        var rungs = new HashMap<String, Set<ChallengeLevel>>();
        for (var c : track.challenges()) {
            if (own.contains(c.id())) {
                rungs.computeIfAbsent(c.conceptId(), k -> EnumSet.noneOf(ChallengeLevel.class)).add(c.level());
            }
        }
        this.ownRungs = rungs;
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

    /** The ladder challenges of a variant that its base does not have as they are. */
    private static Set<String> own(Track variant, Track base) {
        var fromBase = new HashMap<String, Challenge>();
        base.challenges().forEach(c -> fromBase.putIfAbsent(c.id(), c));
        var out = new HashSet<String>();
        for (var c : variant.challenges()) {
            var b = fromBase.get(c.id());
            if (b != c && !c.equals(b)) {
                out.add(c.id());
            }
        }
        return Set.copyOf(out);
    }

    /** The cells holding both own and base challenges where an own one does not already lead. */
    private static Map<String, Map<ChallengeLevel, List<Challenge>>> ownFirst(Track track, Set<String> own) {
        var out = new HashMap<String, Map<ChallengeLevel, List<Challenge>>>();
        if (own.isEmpty()) {
            return out;
        }
        var cells = new HashSet<String>();
        for (var c : track.challenges()) {
            if (!own.contains(c.id()) || !cells.add(c.conceptId() + "/" + c.level())) {
                continue;
            }
            var cell = track.challenges(c.conceptId(), c.level());
            var sorted = new ArrayList<>(cell);
            sorted.sort(Comparator.comparing((Challenge x) -> !own.contains(x.id()))); // stable: content order kept
            if (!sorted.equals(cell)) {
                out.computeIfAbsent(c.conceptId(), k -> new EnumMap<>(ChallengeLevel.class)).put(c.level(), List.copyOf(sorted));
            }
        }
        return out;
    }

    /**
     * The index of a track: the cached one when it was built from the same or an equal track.
     *
     * @param track the track
     * @return the index
     */
    public static TrackIndex of(Track track) {
        return of(track, Optional.empty());
    }

    /**
     * The index of a track and, for a variant, of which challenges are its own (see the class
     * description): the cached one when it was built from the same or an equal track and base.
     *
     * @param track the track
     * @param base the variant's base track; empty for a base track, or to index a variant as a track
     *     of its own (its challenges in content order)
     * @return the index
     */
    public static TrackIndex of(Track track, Optional<Track> base) {
        var b = base.filter(t -> track.baseId().filter(t.id()::equals).isPresent()).orElse(null);
        var key = new Key(track.id(), track.version());
        var cached = CACHE.get(key);
        if (cached != null && same(cached.track, track) && (cached.base == null ? b == null : b != null && same(cached.base, b))) {
            return cached;
        }
        var index = new TrackIndex(track, b);
        if (CACHE.size() >= LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, index);
        return index;
    }

    private static boolean same(Track a, Track b) {
        return a == b || a.equals(b);
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

    /**
     * The ladder challenges of one concept × rung in the order they are tried: the variant's own first,
     * then the base's, each in content order; the content order for a track indexed without a base.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the challenges, possibly empty
     */
    public List<Challenge> challenges(String conceptId, ChallengeLevel level) {
        if (!ownFirst.isEmpty()) {
            var cells = ownFirst.get(conceptId);
            var cell = cells == null ? null : cells.get(level);
            if (cell != null) {
                return cell;
            }
        }
        return track.challenges(conceptId, level);
    }

    /**
     * Whether a ladder challenge is the variant's own rather than its base's (always false for a track
     * indexed without a base).
     *
     * @param challengeId the challenge id
     * @return true for a challenge the variant adds or its replacement of a base challenge
     */
    public boolean own(String challengeId) {
        return own.contains(challengeId);
    }

    /** Whether a concept has an own challenge at a rung. */
    boolean hasOwn(String conceptId, ChallengeLevel level) {
        if (ownRungs.isEmpty()) {
            return false;
        }
        var rungs = ownRungs.get(conceptId);
        return rungs != null && rungs.contains(level);
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

    /** The points of every follow-up of a challenge as one challenge ({@link FollowUps#allPoints}), made once. */
    public Challenge followUpPoints(Challenge original) {
        if (byId.get(original.id()) != original) {
            return FollowUps.allPoints(original);
        }
        return followUps.computeIfAbsent(original.id() + FollowUps.ALL_MARK, id -> FollowUps.allPoints(original));
    }

    /** The follow-up of one of this track's challenges as a challenge of its own, derived once. */
    Challenge followUp(Challenge original, FollowUp followUp) {
        if (byId.get(original.id()) != original) {
            return FollowUps.derive(original, followUp); // not this track's own challenge: nothing to share
        }
        return followUps.computeIfAbsent(original.id() + FollowUps.MARK + followUp.criterionId(),
                id -> FollowUps.derive(original, followUp));
    }
}
