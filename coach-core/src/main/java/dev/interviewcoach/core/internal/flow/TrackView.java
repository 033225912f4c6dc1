package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded track with its challenges indexed by id, built once per track and coach and shared by
 * every session on it, so every session grades against the very same challenge objects.
 *
 * <p>Note for the grading code: the built-in graders' cache of compiled rubrics still matches a
 * challenge by object identity. Sharing one track object per coach keeps it hitting here; keying
 * that cache by challenge id and track version (so equal copies hit too) belongs to the graders.
 */
public final class TrackView {
    private final Track track;
    private final Map<String, Challenge> byId;

    /**
     * Indexes a track.
     *
     * @param track the track
     */
    public TrackView(Track track) {
        this.track = Objects.requireNonNull(track, "track");
        var index = new HashMap<String, Challenge>();
        Stream.concat(track.challenges().stream(), track.bossChallenges().stream()).forEach(c -> index.put(c.id(), c));
        this.byId = Map.copyOf(index);
    }

    /**
     * The track.
     *
     * @return the track
     */
    public Track track() {
        return track;
    }

    /**
     * The track's id.
     *
     * @return the id
     */
    public String id() {
        return track.id();
    }

    /**
     * A ladder or boss challenge by id.
     *
     * @param challengeId the id
     * @return the challenge, or empty
     */
    public Optional<Challenge> challenge(String challengeId) {
        return Optional.ofNullable(byId.get(challengeId));
    }
}
