package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.PendingStep;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.core.DiagnosisProgress;
import dev.interviewcoach.core.LearnerDeletedException;
import dev.interviewcoach.core.StaleStepException;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.internal.progression.Progression;
import dev.interviewcoach.core.internal.progression.EarlierAttempts;
import dev.interviewcoach.core.internal.progression.FollowUps;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A learner's state on a track as the answer flow keeps it: the pending step (chosen once, stored,
 * resumed by every session), the profile, and the reads a host makes. No method waits for a grade.
 */
public final class Learners {
    private static final Pattern STEP_ID = Pattern.compile("s(\\d{1,18})-(.+)");

    private final MemoryStore store;
    private final Clock clock;
    private final Progression progression;
    private final Retry retry;
    private final Events events;

    private final EarlierMemos memos = new EarlierMemos();

    Learners(MemoryStore store, Clock clock, Progression progression, Retry retry, Events events) {
        this.store = store;
        this.clock = clock;
        this.progression = progression;
        this.retry = retry;
        this.events = events;
    }

    /**
     * The learner's state as stored, or the initial state of a learner never saved.
     *
     * @param learnerId the learner
     * @param track the track
     * @return the state
     */
    public LearnerState load(LearnerId learnerId, TrackView track) {
        return store.load(new StateKey(learnerId, track.id()))
                .orElseGet(() -> LearnerState.initial(learnerId, track.id(), clock.instant()));
    }

    /**
     * The learner's state as stored, for a session that has shown them a step: when the store no longer
     * holds them, they were deleted meanwhile, and the session must not store them again.
     *
     * @param learnerId the learner
     * @param track the track
     * @param known whether the calling session has shown the learner a step
     * @return the state
     * @throws LearnerDeletedException when {@code known} and the store holds no state
     */
    LearnerState load(LearnerId learnerId, TrackView track, boolean known) {
        if (!known) {
            return load(learnerId, track);
        }
        return store.load(new StateKey(learnerId, track.id())).orElseThrow(() -> new LearnerDeletedException("learner "
                + learnerId.value() + " was deleted from the store while this session was open; nothing was stored. "
                + "Open a new session to start them afresh"));
    }

    List<Attempt> recent(LearnerId learnerId, TrackView track) {
        return store.attempts(AttemptQuery.recent(learnerId, track.id(), AnswerFlow.RECENT_ATTEMPTS));
    }

    /**
     * Where progression finds a challenge's last graded answer, and when it was last asked, from before
     * the recent attempts: the store's attempts at that challenge (its index, not the whole history), or
     * nothing when the recent attempts were the whole history.
     *
     * @param learnerId the learner
     * @param track the track
     * @param recent the recent attempts the store returned, oldest first
     * @return the lookup, answered from what this coach has already read where it can be
     *     ({@link EarlierMemos})
     */
    EarlierAttempts earlier(LearnerId learnerId, TrackView track, List<Attempt> recent) {
        if (recent.size() < AnswerFlow.RECENT_ATTEMPTS) {
            return EarlierAttempts.none();
        }
        return memos.of(learnerId, track.id()).over(new EarlierAttempts() {
            @Override
            public Optional<Attempt> lastScored(String challengeId) {
                var last = store.attempts(ChallengeAttemptQuery.recent(learnerId, track.id(), challengeId, EARLIER_LOOKUP));
                var scored = Learners.lastScored(last);
                if (scored.isEmpty() && last.size() == EARLIER_LOOKUP) {
                    scored = Learners.lastScored(store.attempts(ChallengeAttemptQuery.all(learnerId, track.id(), challengeId)));
                }
                return scored;
            }

            @Override
            public Optional<Instant> lastAsked(String challengeId) {
                var last = store.attempts(ChallengeAttemptQuery.recent(learnerId, track.id(), challengeId, 1));
                return last.isEmpty() ? Optional.empty() : Optional.of(last.get(last.size() - 1).at());
            }
        }, recent);
    }

    /** How many of a challenge's latest attempts are read first when looking for its last graded one. */
    private static final int EARLIER_LOOKUP = 4;

    private static Optional<Attempt> lastScored(List<Attempt> attempts) {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).grade().isScored()) {
                return Optional.of(attempts.get(i));
            }
        }
        return Optional.empty();
    }

    LearnerState commit(StoreCommit commit) {
        return store.commit(commit);
    }

    /**
     * The learner's pending step, without choosing one when there is none.
     *
     * @param learnerId the learner
     * @param track the track
     * @param known the step as the session last showed it, if any
     * @return the pending step, or empty
     */
    public Optional<Step> pending(LearnerId learnerId, TrackView track, Optional<Step> known) {
        var state = load(learnerId, track, known.isPresent());
        return state.pendingStep().flatMap(p -> resolve(state, track, p, known))
                .map(step -> shownNow(learnerId, track, state, step));
    }

    /**
     * The learner's pending step, kept until answered; when there is none, progression chooses one and
     * it is stored. The time an answer takes counts from the first call that returns the step: a step
     * chosen when the answer before it was stored is stamped now (the learner may have read the
     * feedback for minutes before asking for it), and so is one shown on an earlier day.
     *
     * @param learnerId the learner
     * @param track the track
     * @param known the step as the session last showed it, if any
     * @return the step, or empty when the track has nothing left to ask
     */
    public Optional<Step> next(LearnerId learnerId, TrackView track, Optional<Step> known) {
        var first = load(learnerId, track, known.isPresent());
        var resumed = first.pendingStep().flatMap(p -> resolve(first, track, p, known));
        if (resumed.isPresent()) {
            return Optional.of(shownNow(learnerId, track, first, resumed.get()));
        }
        var tries = new int[1];
        var chosen = new boolean[1];
        Optional<Shown> step = retry.run(learnerId, "no new step was chosen, so ask for the next step again", () -> {
            var state = tries[0]++ == 0 ? first : load(learnerId, track, known.isPresent());
            if (state != first) {
                // lost a race: another session may have chosen the step meanwhile
                var again = state.pendingStep().flatMap(p -> resolve(state, track, p, known));
                if (again.isPresent()) {
                    return again.map(s -> new Shown(state, s));
                }
            }
            Instant now = clock.instant();
            var recent = recent(learnerId, track);
            var choice = progression.next(track.index(), state, recent, earlier(learnerId, track, recent),
                    LocalDate.ofInstant(now, clock.getZone()), Optional.empty());
            if (choice.isEmpty()) {
                return Optional.<Shown>empty();
            }
            var made = step(choice.get(), state.stepsAnswered() + 1, now);
            var stored = store.commit(StoreCommit.of(state.withSteps(Optional.of(pending(made)), state.stepsAnswered())));
            chosen[0] = true;
            return Optional.of(new Shown(stored, made));
        });
        if (!chosen[0] || step.isEmpty()) {
            return step.map(Shown::step);
        }
        if (!events.none()) {
            events.publish(events.shown(step.get().state(), step.get().step()));
        }
        return step.map(Shown::step);
    }

    /** A step and the state it was stored with (or found in). */
    private record Shown(LearnerState state, Step step) {}

    /**
     * A resumed step as it is shown now. One not shown yet — chosen when the answer before it was
     * stored, so stamped with that answer's time, which is also when the state last changed — or first
     * shown on an earlier day is stored again with the time now, under the same id (an answer to it is
     * still accepted), so the time an answer takes counts neither the feedback read before it nor
     * another day.
     */
    private Step shownNow(LearnerId learnerId, TrackView track, LearnerState first, Step step) {
        Instant now = clock.instant();
        if (!toStamp(step.shownAt(), first, now)) {
            return step;
        }
        var tries = new int[1];
        return retry.run(learnerId, "the step is as it was, so ask for it again", () -> {
            var state = tries[0]++ == 0 ? first : load(learnerId, track);
            var pending = state.pendingStep();
            if (pending.isEmpty() || !pending.get().id().equals(step.id())) {
                // answered or replaced meanwhile by another session: show what it left
                return pending.flatMap(p -> resolve(state, track, p, Optional.empty())).orElse(step);
            }
            if (!toStamp(pending.get().shownAt(), state, now)) {
                // another session has shown it meanwhile: its time stands
                return new Step(step.id(), step.challenge(), step.reason(), step.why(), step.number(),
                        pending.get().shownAt());
            }
            var again = new Step(step.id(), step.challenge(), step.reason(), step.why(), step.number(), now);
            store.commit(StoreCommit.of(state.withSteps(Optional.of(pending(again)), state.stepsAnswered())));
            return again;
        });
    }

    /**
     * Whether a pending step stamped {@code shownAt} is yet to be shown, or was shown on an earlier day.
     * Not shown yet: chosen with the answer before it (so stamped with that answer's time, when the
     * state last changed); a learner's first step is never that, whatever the clock's resolution.
     */
    private boolean toStamp(Instant shownAt, LearnerState state, Instant now) {
        boolean notShownYet = state.stepsAnswered() > 0 && !shownAt.isAfter(state.updatedAt()) && now.isAfter(shownAt);
        return notShownYet || LocalDate.ofInstant(shownAt, clock.getZone())
                .isBefore(LocalDate.ofInstant(now, clock.getZone()));
    }

    /**
     * Restarts the learner's placement diagnosis, retrying on concurrent changes: the pending step is
     * dropped, so the next step is diagnostic again. Earlier attempts stay as history.
     *
     * @param learnerId the learner
     * @param track the track
     * @param known whether the calling session has shown the learner a step
     * @return the stored state, diagnosing
     */
    public LearnerState rediagnose(LearnerId learnerId, TrackView track, boolean known) {
        return retry.run(learnerId, "the diagnosis was not restarted, so restart it again", () -> {
            var state = load(learnerId, track, known);
            var reset = progression.rediagnose(track.track(), state, recent(learnerId, track));
            // step numbers go on: an answer to a step from before the restart stays stale
            return store.commit(StoreCommit.of(reset.withSteps(Optional.empty(), state.stepsAnswered())));
        });
    }

    /**
     * Changes the learner's profile, retrying on concurrent changes; the pending step stays.
     *
     * @param learnerId the learner
     * @param track the track
     * @param change how to change the profile
     * @param known whether the calling session has shown the learner a step
     * @return the stored profile
     */
    public LearnerProfile updateProfile(LearnerId learnerId, TrackView track, UnaryOperator<LearnerProfile> change,
            boolean known) {
        Objects.requireNonNull(change, "change");
        return retry.run(learnerId, "the profile is as it was, so change it again", () -> {
            var state = load(learnerId, track, known);
            var profile = Objects.requireNonNull(change.apply(state.profile()), "the profile change returned null");
            ProfileChanges.check(state.profile(), profile, track.track(), LocalDate.now(clock));
            return store.commit(StoreCommit.of(state.withProfile(profile))).profile();
        });
    }

    /**
     * How far the learner's diagnosis has come: while it runs, the diagnostic questions answered so
     * far; once placed, the diagnostic answers the placements rest on.
     *
     * @param learnerId the learner
     * @param track the track
     * @param budget the most diagnostic questions asked
     * @return the progress
     */
    public DiagnosisProgress progress(LearnerId learnerId, TrackView track, int budget) {
        var state = load(learnerId, track);
        if (!progression.diagnosing(state)) {
            var ids = new HashSet<String>();
            state.placements().forEach(p -> ids.addAll(p.attemptIds()));
            return new DiagnosisProgress(ids.size(), 0, budget, true);
        }
        var run = progression.diagnosis(track.index(), state, recent(learnerId, track));
        int left = run.estimatedLeft();
        return new DiagnosisProgress(run.asked(), left, budget, left == 0);
    }

    /** The pending step an answer names, or a clear rejection (before grading). */
    PendingStep check(LearnerState state, String stepId) {
        return check(state, stepId, false);
    }

    /**
     * The pending step an answer names, or a clear rejection that says whether the answer was graded:
     * it was when the step was taken by another session while the answer was being graded.
     */
    PendingStep check(LearnerState state, String stepId, boolean graded) {
        var pending = state.pendingStep();
        if (pending.isPresent() && pending.get().id().equals(stepId)) {
            return pending.get();
        }
        String current = pending.map(PendingStep::id).orElse(null);
        String now = pending.map(p -> "; the current step is " + p.number() + " (id " + p.id() + ")")
                .orElse("; there is no current step: call next()");
        String outcome = graded ? "this answer was graded but not stored" : "nothing was graded";
        var m = STEP_ID.matcher(stepId);
        if (m.matches() && pending.isPresent() && Long.parseLong(m.group(1)) < pending.get().number()) {
            // a step id does not name its learner: an earlier number is this learner's answered step, or
            // another learner's step sent to this session
            throw new StaleStepException("step " + stepId + " was already answered, perhaps in another session "
                    + "(or it is another learner's step); " + outcome + now, current, graded);
        }
        if (m.matches() && pending.isPresent() && Long.parseLong(m.group(1)) == pending.get().number()) {
            throw new StaleStepException("step " + stepId + " was replaced by another question (or it is another "
                    + "learner's step); " + outcome + now, current, graded);
        }
        if (m.matches() && pending.isEmpty() && Long.parseLong(m.group(1)) <= state.stepsAnswered()) {
            throw new StaleStepException("step " + stepId + " was already answered (or it is another learner's "
                    + "step); " + outcome + now, current, graded);
        }
        if (m.matches() && pending.isEmpty() && Long.parseLong(m.group(1)) == state.stepsAnswered() + 1) {
            // the next number with nothing pending: the step was withdrawn before it was answered
            throw new StaleStepException("step " + stepId + " is no longer open: it was withdrawn before it was "
                    + "answered (a restarted diagnosis does that), or it is another learner's step; " + outcome + now,
                    current, graded);
        }
        throw new StaleStepException("unknown step '" + stepId + "' for learner " + state.learnerId() + " on track "
                + state.trackId() + "; " + outcome + now, current, graded);
    }

    /**
     * The step a pending step stands for: the session's own copy when it has one, else the track's
     * challenge by id, else a follow-up rebuilt from its id and the challenge it follows, else (any
     * other challenge progression derived) progression's choice again when it is the same challenge.
     */
    Optional<Step> resolve(LearnerState state, TrackView track, PendingStep pending, Optional<Step> known) {
        if (known.isPresent() && known.get().id().equals(pending.id())) {
            return known;
        }
        var challenge = track.challenge(pending.challengeId())
                .or(() -> FollowUps.rebuild(pending.challengeId(), track::challenge))
                .or(() -> chooseAgain(state, track).map(Progression.Choice::challenge)
                        .filter(c -> c.id().equals(pending.challengeId())));
        return challenge.map(c -> new Step(pending.id(), c, pending.reason(), pending.why(), pending.number(),
                pending.shownAt()));
    }

    /** Progression's choice for a stored state, as it would be made now. */
    private Optional<Progression.Choice> chooseAgain(LearnerState state, TrackView track) {
        var recent = recent(state.learnerId(), track);
        return progression.next(track.index(), state, recent, earlier(state.learnerId(), track, recent),
                LocalDate.ofInstant(clock.instant(), clock.getZone()), Optional.empty());
    }

    /** Counts the steps this JVM makes, so two made in the same millisecond differ too. */
    private static final java.util.concurrent.atomic.AtomicLong MADE = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new step. Its id holds its number, the instant it was made, a count of the steps made here and
     * the challenge: unique for the learner even across a deletion (with a clock that stands still
     * too), so an answer a device still holds for a deleted learner's step is refused when a learner of
     * the same id starts again, not graded against their first question.
     */
    static Step step(Progression.Choice choice, long number, Instant shownAt) {
        // a follow-up's '#' becomes '~' (no content id holds one), so the id goes into a URL as it is
        String id = "s" + number + "-" + Long.toUnsignedString(shownAt.toEpochMilli(), 36) + "."
                + Long.toString(MADE.incrementAndGet(), 36) + "-" + choice.challenge().id().replace('#', '~');
        return new Step(id, choice.challenge(), choice.reason(), choice.why(), number, shownAt);
    }

    static PendingStep pending(Step step) {
        return new PendingStep(step.id(), step.challenge().id(), step.reason(), step.why(), step.number(), step.shownAt());
    }
}
