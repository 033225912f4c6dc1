package dev.interviewcoach.core;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.DiagnosisModel;
import dev.interviewcoach.core.internal.learner.LearnerModel;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import dev.interviewcoach.core.internal.progression.Progression;
import dev.interviewcoach.core.internal.progression.Settings;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The embeddable interview coach: wires tracks, a grader and a memory store, and opens sessions.
 *
 * <pre>{@code
 * Coach coach = Coach.builder()
 *         .tracks(TrackLoader.discover())
 *         .grader(Graders.rubric())
 *         .memoryStore(MemoryStores.inMemory())
 *         .build();
 * CoachSession session = coach.session(LearnerId.of("ada"), "backend");
 * Step step = session.next().orElseThrow();
 * Feedback feedback = session.submit(Answer.of("..."));
 * }</pre>
 *
 * <p>A coach is thread-safe and meant to be shared; sessions are cheap.
 *
 * @since 0.1
 */
public final class Coach {
    private final TrackLoader tracks;
    private final Grader grader;
    private final MemoryStore store;
    private final Clock clock;
    private final PassPolicy passPolicy;
    private final Supplier<String> attemptIds;
    private final Diagnosis diagnosis;
    private final LearnerModel learnerModel;
    private final Progression progression;

    private Coach(Builder b) {
        this.tracks = Objects.requireNonNull(b.tracks, "tracks: call Builder.tracks(TrackLoader.discover()) or pass a loader");
        this.grader = Objects.requireNonNull(b.grader, "grader");
        this.store = Objects.requireNonNull(b.store, "memoryStore");
        this.clock = b.clock;
        this.passPolicy = b.passPolicy;
        this.attemptIds = b.attemptIds;
        this.diagnosis = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard());
        var scheduler = new ReviewScheduler(Fsrs.defaults(), b.desiredRetention);
        this.learnerModel = new LearnerModel(scheduler, clock.getZone());
        this.progression = new Progression(diagnosis, scheduler, passPolicy::passes,
                new Settings(b.repeatWindow, b.bossRung, Settings.defaults().reviewsInARow()));
    }

    /**
     * A builder with the defaults: the rubric grader, an in-memory store, the UTC system clock, a pass
     * threshold of 0.6, a desired retention of 0.9 and random UUIDs as attempt ids.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens a session for a learner on a track, loading the learner's state from the store.
     *
     * @param learnerId the learner
     * @param trackId the track, e.g. {@code backend}
     * @return the session
     * @throws CoachException when the track cannot be loaded
     */
    public CoachSession session(LearnerId learnerId, String trackId) {
        Track track = tracks.load(trackId);
        return new CoachSession(this, learnerId, track);
    }

    /**
     * The track loader.
     *
     * @return the loader
     */
    public TrackLoader tracks() {
        return tracks;
    }

    /**
     * The memory store.
     *
     * @return the store
     */
    public MemoryStore memoryStore() {
        return store;
    }

    Grader grader() {
        return grader;
    }

    Clock clock() {
        return clock;
    }

    PassPolicy passPolicy() {
        return passPolicy;
    }

    String newAttemptId() {
        return Objects.requireNonNull(attemptIds.get(), "the attempt id supplier returned null");
    }

    LearnerModel learnerModel() {
        return learnerModel;
    }

    Progression progression() {
        return progression;
    }

    Diagnosis diagnosis() {
        return diagnosis;
    }

    /**
     * Builds a {@link Coach}; wiring is explicit, discovery opt-in.
     *
     * @since 0.1
     */
    public static final class Builder {
        private TrackLoader tracks;
        private Grader grader = Graders.rubric();
        private MemoryStore store = MemoryStores.inMemory();
        private Clock clock = Clock.systemUTC();
        private PassPolicy passPolicy = PassPolicy.threshold(0.6);
        private Supplier<String> attemptIds = () -> UUID.randomUUID().toString();
        private double desiredRetention = ReviewScheduler.DEFAULT_DESIRED_RETENTION;
        private int repeatWindow = Settings.defaults().repeatWindow();
        private dev.interviewcoach.api.ChallengeLevel bossRung = Settings.defaults().bossRung();

        private Builder() {}

        /**
         * How many attempts must pass before a challenge may be asked again (default 1: never twice in a
         * row). Whatever the window, a challenge comes back only once every challenge of its concept ×
         * rung has been asked; until then the coach moves on to another concept, a review or a rung to
         * consolidate.
         *
         * @param attempts the window, at least 1
         * @return this builder
         * @throws IllegalArgumentException when it is below 1
         */
        public Builder repeatWindow(int attempts) {
            this.repeatWindow = new Settings(attempts, bossRung, Settings.defaults().reviewsInARow()).repeatWindow();
            return this;
        }

        /**
         * The rung every concept a boss question covers must hold by confirmed mastery from graded
         * answers (placement alone never counts) before the boss question comes (default DESIGN).
         *
         * @param rung the rung
         * @return this builder
         */
        public Builder bossRung(dev.interviewcoach.api.ChallengeLevel rung) {
            this.bossRung = Objects.requireNonNull(rung, "rung");
            return this;
        }

        /**
         * Where tracks come from.
         *
         * @param loader the loader, e.g. {@code TrackLoader.discover()}
         * @return this builder
         */
        public Builder tracks(TrackLoader loader) {
            this.tracks = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The grader.
         *
         * @param grader the grader
         * @return this builder
         */
        public Builder grader(Grader grader) {
            this.grader = Objects.requireNonNull(grader, "grader");
            return this;
        }

        /**
         * The memory store.
         *
         * @param store the store
         * @return this builder
         */
        public Builder memoryStore(MemoryStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * The clock all time comes from.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The pass policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder passPolicy(PassPolicy policy) {
            this.passPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The recall probability at which a review falls due (default 0.9).
         *
         * <p>Reviews are scheduled with FSRS-6, in whole days of the {@linkplain #clock(Clock) clock}'s
         * time zone: a concept × rung the learner holds comes back as a {@code REVIEW} step once its
         * predicted recall has fallen to this value. Higher values review more often; 0.8 to 0.95 is
         * the useful range. Scores map to review ratings by fixed thresholds: below 0.4 Again, below
         * 0.6 Hard, below 0.9 Good, from 0.9 Easy.
         *
         * @param retention the desired retention, strictly between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException when it is not strictly between 0 and 1
         */
        public Builder desiredRetention(double retention) {
            this.desiredRetention = ReviewScheduler.checkRetention(retention);
            return this;
        }

        /**
         * Where attempt ids come from (random UUIDs by default). Ids only identify attempts; nothing
         * the coach decides depends on them, so with a fixed clock and a fixed supplier a session is
         * reproducible to the byte. The supplier must return unique, non-blank ids and be thread-safe.
         *
         * @param ids the id supplier, e.g. a database sequence or a counter in tests
         * @return this builder
         */
        public Builder attemptIds(Supplier<String> ids) {
            this.attemptIds = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * Builds the coach.
         *
         * @return the coach
         */
        public Coach build() {
            return new Coach(this);
        }
    }
}
