package dev.interviewcoach.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the coach remembers about a learner on one track, saved as one versioned unit.
 *
 * <p>{@code storeVersion} is owned by the {@link dev.interviewcoach.spi.MemoryStore}: it is 0 for a
 * state never saved and increases by one on every successful save; a save that expects a stale
 * version fails, so concurrent sessions never lose an update.
 *
 * @param learnerId the learner
 * @param trackId the track this state is about
 * @param schemaVersion the version of this state's layout, for migrations
 * @param storeVersion the optimistic-concurrency version assigned by the store
 * @param profile what the learner told the coach
 * @param mastery mastery estimates per concept × rung
 * @param misconceptions misconceptions shown
 * @param reviews review memory per concept × rung held
 * @param placements the diagnosis results, empty before diagnosis
 * @param updatedAt when the state last changed
 * @param pendingStep the step shown and not yet answered, if any
 * @param stepsAnswered how many steps the learner has answered on this track (steps are numbered
 *     from it, so numbers continue across sessions)
 * @since 0.1
 */
public record LearnerState(
        LearnerId learnerId,
        String trackId,
        int schemaVersion,
        long storeVersion,
        LearnerProfile profile,
        List<Mastery> mastery,
        List<MisconceptionRecord> misconceptions,
        List<ReviewCard> reviews,
        List<Placement> placements,
        Instant updatedAt,
        Optional<PendingStep> pendingStep,
        long stepsAnswered) {

    /** The layout version this library writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    /** Validates the components and copies the lists. */
    public LearnerState {
        Objects.requireNonNull(learnerId, "learnerId");
        Require.nonBlank(trackId, "trackId");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be positive");
        }
        if (storeVersion < 0) {
            throw new IllegalArgumentException("storeVersion must not be negative");
        }
        Objects.requireNonNull(profile, "profile");
        mastery = List.copyOf(mastery);
        misconceptions = List.copyOf(misconceptions);
        reviews = List.copyOf(reviews);
        placements = List.copyOf(placements);
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(pendingStep, "pendingStep");
        if (stepsAnswered < 0) {
            throw new IllegalArgumentException("stepsAnswered must not be negative");
        }
    }

    /**
     * A state with no pending step and no steps answered yet, as written by earlier versions.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param schemaVersion the layout version
     * @param storeVersion the store version
     * @param profile the profile
     * @param mastery mastery estimates
     * @param misconceptions misconceptions shown
     * @param reviews review memory
     * @param placements diagnosis results
     * @param updatedAt when the state last changed
     */
    public LearnerState(LearnerId learnerId, String trackId, int schemaVersion, long storeVersion,
            LearnerProfile profile, List<Mastery> mastery, List<MisconceptionRecord> misconceptions,
            List<ReviewCard> reviews, List<Placement> placements, Instant updatedAt) {
        this(learnerId, trackId, schemaVersion, storeVersion, profile, mastery, misconceptions, reviews, placements,
                updatedAt, Optional.empty(), 0);
    }

    /**
     * A new learner's state, never saved.
     *
     * @param learnerId the learner
     * @param trackId the track
     * @param now the current instant
     * @return the empty state
     */
    public static LearnerState initial(LearnerId learnerId, String trackId, Instant now) {
        return new LearnerState(learnerId, trackId, CURRENT_SCHEMA_VERSION, 0, LearnerProfile.empty(),
                List.of(), List.of(), List.of(), List.of(), now);
    }

    /**
     * The mastery estimate of one concept × rung.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the estimate, or empty when there is no evidence yet
     */
    public Optional<Mastery> mastery(String conceptId, ChallengeLevel level) {
        // a plain loop: progression asks this many times per step
        for (var m : mastery) {
            if (m.level() == level && m.conceptId().equals(conceptId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The review card of one concept × rung.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the card, or empty
     */
    public Optional<ReviewCard> review(String conceptId, ChallengeLevel level) {
        for (var r : reviews) {
            if (r.level() == level && r.conceptId().equals(conceptId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * A copy with another store version (used by stores on save).
     *
     * @param version the new store version
     * @return the copy
     */
    public LearnerState withStoreVersion(long version) {
        return new LearnerState(learnerId, trackId, schemaVersion, version, profile, mastery, misconceptions,
                reviews, placements, updatedAt, pendingStep, stepsAnswered);
    }

    /**
     * A copy with another profile.
     *
     * @param newProfile the profile
     * @return the copy
     */
    public LearnerState withProfile(LearnerProfile newProfile) {
        return new LearnerState(learnerId, trackId, schemaVersion, storeVersion, newProfile, mastery,
                misconceptions, reviews, placements, updatedAt, pendingStep, stepsAnswered);
    }

    /**
     * A copy with another pending step and count of steps answered; the answer flow keeps these.
     *
     * @param step the pending step, or empty
     * @param answered how many steps were answered
     * @return the copy
     */
    public LearnerState withSteps(Optional<PendingStep> step, long answered) {
        return new LearnerState(learnerId, trackId, schemaVersion, storeVersion, profile, mastery, misconceptions,
                reviews, placements, updatedAt, step, answered);
    }
}
