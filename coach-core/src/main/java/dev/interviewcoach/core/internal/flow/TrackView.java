package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.progression.TrackIndex;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded track with what progression looks up in it indexed ({@link TrackIndex}), built once per
 * track and coach and shared by every session on it, so every session grades against the very same
 * challenge objects (follow-ups included).
 *
 * <p>Note for the grading code: the built-in graders' cache of compiled rubrics still matches a
 * challenge by object identity. Sharing one track object per coach keeps it hitting here; keying
 * that cache by challenge id and track version (so equal copies hit too) belongs to the graders.
 */
public final class TrackView {
    private final Track track;
    private final TrackIndex index;

    /**
     * Indexes a track.
     *
     * @param track the track
     */
    public TrackView(Track track) {
        this(track, Optional.empty());
    }

    /**
     * Indexes a track and, for a variant, which of its challenges are its own rather than its base's
     * (they come first among the questions of a concept × rung not asked yet).
     *
     * @param track the track
     * @param base the variant's base, empty for a base track
     */
    public TrackView(Track track, Optional<Track> base) {
        this.track = Objects.requireNonNull(track, "track");
        this.index = TrackIndex.of(track, base);
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
     * The track, indexed for progression.
     *
     * @return the index
     */
    public TrackIndex index() {
        return index;
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
        return index.challenge(challengeId);
    }
}
