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
import dev.interviewcoach.core.internal.flow.AnswerFlow;
import dev.interviewcoach.core.internal.flow.GradingThreads;
import dev.interviewcoach.core.internal.flow.SafeGrader;
import dev.interviewcoach.core.internal.flow.TrackView;
import dev.interviewcoach.core.internal.progression.Settings;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Feedback feedback = session.submit(step.id(), Answer.of("..."));
 * }</pre>
 *
 * <p>A coach is thread-safe and meant to be shared; sessions are cheap. The coach wires one answer
 * flow from its collaborators (the grader behind one crash net, the learner model, progression, the
 * store, the clock and the pass policy); sessions delegate to it.
 *
 * @since 0.1
 */
public final class Coach {
    /** The default answer size limit: 64 KB of UTF-8, far more than any typed answer. */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 64 * 1024;

    /**
     * The default grader timeout, 30 s: how long the coach waits for one grade unless {@link
     * Builder#graderTimeout(Duration)} sets another. The grader contract kit bounds each grade by it.
     */
    public static final Duration DEFAULT_GRADER_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Coach.class);

    private final TrackLoader tracks;
    private final AnswerFlow flow;
    private final ReviewScheduler scheduler;
    private final int diagnosisBudget;
    private final Map<String, TrackView> views = new ConcurrentHashMap<>();

    private Coach(Builder b) {
        if (b.tracks == null) {
            throw new CoachException("no tracks: call Coach.builder().tracks(TrackLoader.discover()) with a content "
                    + "module such as dev.interviewcoach:coach-content-backend on the class path, or pass "
                    + "TrackLoader.of(provider)");
        }
        this.tracks = b.tracks;
        var diagnosis = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard());
        this.diagnosisBudget = diagnosis.policy().budget();
        this.scheduler = new ReviewScheduler(Fsrs.defaults(), b.desiredRetention);
        var learnerModel = new LearnerModel(scheduler, b.clock.getZone());
        var progression = new Progression(diagnosis, scheduler, b.passPolicy::passes,
                new Settings(b.repeatWindow, b.bossRung, Settings.defaults().reviewsInARow()));
        var executor = b.executor != null ? b.executor : GradingThreads.shared();
        var primary = new SafeGrader(b.grader, b.graderTimeout, executor);
        var grader = b.fallbackGrader == null ? primary
                : primary.orElse(new SafeGrader(b.fallbackGrader, b.graderTimeout, executor));
        this.flow = new AnswerFlow(grader, learnerModel, progression, store(b.store), b.clock, b.passPolicy,
                new AnswerFlow.Settings(b.attemptIds, b.maxAnswerBytes, b.commitTimeBudget, b.retrySeed, b.listeners));
    }

    /** The store given, or the in-memory one with a warning: a host that forgot the store loses its learners on restart. */
    private static MemoryStore store(MemoryStore given) {
        if (given != null) {
            return given;
        }
        LOG.warn("no memory store given to Coach.builder(): learners are kept in memory and lost when the program "
                + "ends. To keep them, pass .memoryStore(store), e.g. JdbcMemoryStores.sqlite(file) from "
                + "dev.interviewcoach:coach-store-jdbc; to keep them in memory on purpose, pass "
                + ".memoryStore(MemoryStores.inMemory())");
        return MemoryStores.inMemory();
    }

    /**
     * A builder with the defaults: the rubric grader, an in-memory store (with a warning when it is not
     * chosen, see {@link Builder#memoryStore}), the UTC system clock, a pass threshold of 0.6, a desired
     * retention of 0.9, random UUIDs as attempt ids, a grader timeout of 30 s, answers up to 64 KB and
     * 5 s of retries for a learner other sessions keep changing.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens a session for a learner on a track. Each track is loaded once per coach: sessions opened
     * at the same time share one load and the same challenges.
     *
     * @param learnerId the learner
     * @param trackId the track, e.g. {@code backend}
     * @return the session
     * @throws CoachException when the track cannot be loaded
     */
    public CoachSession session(LearnerId learnerId, String trackId) {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(trackId, "trackId");
        TrackView view = views.get(trackId);
        if (view == null) {
            view = views.computeIfAbsent(trackId, id -> view(tracks.load(id)));
        }
        return new CoachSession(flow, scheduler, diagnosisBudget, learnerId, view);
    }

    /**
     * A track indexed with its base, for a variant, so that the variant's own challenges are known (its
     * base was loaded with it, and is cached); without it when the base no longer loads.
     */
    private TrackView view(Track track) {
        Optional<Track> base = Optional.empty();
        if (track.baseId().isPresent()) {
            try {
                base = Optional.of(tracks.load(track.baseId().get()));
            } catch (CoachException e) { // a ContentException too
                LOG.debug("the base of track '{}' does not load; its challenges are tried in content order", track.id(), e);
            }
        }
        return new TrackView(track, base);
    }

    /**
     * Builds a {@link Coach}; wiring is explicit, discovery opt-in.
     *
     * @since 0.1
     */
    public static final class Builder {
        private TrackLoader tracks;
        private Grader grader = Graders.rubric();
        private MemoryStore store;
        private Clock clock = Clock.systemUTC();
        private PassPolicy passPolicy = PassPolicy.defaults();
        private Supplier<String> attemptIds = () -> UUID.randomUUID().toString();
        private double desiredRetention = ReviewScheduler.DEFAULT_DESIRED_RETENTION;
        private Duration graderTimeout = DEFAULT_GRADER_TIMEOUT;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;
        private Duration commitTimeBudget = Duration.ofSeconds(5);
        private long retrySeed = System.nanoTime();
        private Executor executor;
        private Grader fallbackGrader;
        private final List<CoachListener> listeners = new ArrayList<>();
        private int repeatWindow = Settings.defaults().repeatWindow();
        private dev.interviewcoach.api.ChallengeLevel bossRung = Settings.defaults().bossRung();

        private Builder() {}

        /**
         * How long a grade may take (default 30 s). A grader that has not answered by then gives an
         * {@code ERROR} grade saying it timed out; the answer is stored without a score, as for any
         * failed grader, unless a {@linkplain #fallbackGrader(Grader) fallback grader} takes over.
         * The timeout applies to every grade made through {@link
         * CoachSession#submitAsync}; a blocking {@link CoachSession#submit} runs a grader that declares
         * {@link dev.interviewcoach.spi.GraderCapability#IN_PROCESS} (the built-in ones) on the calling
         * thread, where it cannot be cut short, and applies the timeout to every other grader, whatever
         * else it declares. At the timeout the coach stops
         * waiting; it does not stop the grader, whose thread runs on until the grader returns (a grader
         * calling a service should time out its own requests sooner).
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder graderTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the grader timeout must be positive, was " + timeout);
            }
            this.graderTimeout = timeout;
            return this;
        }

        /**
         * A grader that takes over when the grader fails, abstains or times out (e.g. the offline
         * rubric grader behind a remote one); the grade's message says what happened first. It gets
         * the same timeout.
         *
         * @param fallback the fallback grader
         * @return this builder
         */
        public Builder fallbackGrader(Grader fallback) {
            this.fallbackGrader = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /**
         * The largest answer accepted, in UTF-8 bytes (default {@value Coach#DEFAULT_MAX_ANSWER_BYTES},
         * 64 KB). A longer answer is rejected whole with an {@link AnswerTooLargeException}, never
         * truncated, and nothing is graded or stored.
         *
         * @param bytes the limit, positive
         * @return this builder
         */
        public Builder maxAnswerBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the answer size limit must be positive, was " + bytes);
            }
            this.maxAnswerBytes = bytes;
            return this;
        }

        /**
         * How long to keep retrying a save that other sessions of the same learner keep beating
         * (default 5 s). Retries wait a random, growing time; when the budget is spent the submit
         * fails with a {@link LearnerBusyException}, nothing is stored and submitting again works.
         *
         * @param budget the budget, not negative
         * @return this builder
         */
        public Builder commitTimeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative()) {
                throw new IllegalArgumentException("the commit time budget must not be negative, was " + budget);
            }
            this.commitTimeBudget = budget;
            return this;
        }

        /**
         * The seed of the random waits between retries (default: from the system's nano time).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder retrySeed(long seed) {
            this.retrySeed = seed;
            return this;
        }

        /**
         * Where graders run (default: a shared pool of daemon threads that grows as needed, each
         * dropped after a minute idle, so the JVM never waits for it and nothing needs closing).
         * {@link CoachSession#submitAsync} grades here, and so does {@link CoachSession#submit} for a
         * grader that needs the network or is not deterministic. The default has no bound: a grader
         * that hangs past the timeout keeps its thread. The coach stores an answer and calls listeners
         * here too; when every thread of a bounded executor is held by graders that timed out, a timeout
         * not started here within another timeout (or work the executor refuses) is finished on one of
         * two daemon threads of the coach's own, so a learner waits at most twice the timeout. A host that wants a bound, its own thread
         * names, or threads it can stop (say, when a web application is redeployed) passes its own
         * executor here and shuts it down itself; the coach never shuts down an executor it was given.
         *
         * @param gradingExecutor the executor
         * @return this builder
         */
        public Builder gradingExecutor(Executor gradingExecutor) {
            this.executor = Objects.requireNonNull(gradingExecutor, "gradingExecutor");
            return this;
        }

        /**
         * Adds a listener for learner events (see {@link CoachListener}).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(CoachListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
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
         * The memory store. The coach never closes it: whoever opened it closes it, after the last
         * session that uses it (a coach has no close of its own and may be dropped at any time).
         *
         * <p>Without one the coach keeps learners in {@link MemoryStores#inMemory()}, which forgets them
         * when the program ends, and {@link #build()} logs a warning saying so (logger {@code
         * dev.interviewcoach.core.Coach}). To keep learners, pass a store such as {@code
         * JdbcMemoryStores.sqlite(file)} from {@code dev.interviewcoach:coach-store-jdbc}; to keep them in
         * memory on purpose (tests, demos), pass {@code MemoryStores.inMemory()}, which logs nothing.
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
         * Builds the coach.
         *
         * @return the coach
         */
        public Coach build() {
            return new Coach(this);
        }
    }
}
