package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.PendingStep;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.AnswerTooLargeException;
import dev.interviewcoach.core.CoachListener;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.PassPolicy;
import dev.interviewcoach.core.StaleStepException;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.internal.diagnosis.TrackDiagnosis;
import dev.interviewcoach.core.internal.integrity.Reproduction;
import dev.interviewcoach.core.internal.learner.LearnerModel;
import dev.interviewcoach.core.internal.progression.EarlierAttempts;
import dev.interviewcoach.core.internal.progression.FollowUps;
import dev.interviewcoach.core.internal.progression.Progression;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one path an answer takes: check it, grade it against the learner's pending step (outside any
 * lock), discount the evidence for time, words and hints, update the learner model, decide what
 * comes next, store the attempt and the new state in one versioned commit (retried on a conflict),
 * then tell the listeners. One answer costs one state load, one attempt query and one diagnosis
 * replay (while the learner is in diagnosis) when nothing else writes the learner meanwhile, plus one
 * query of a boss question's attempts once the learner may have answered it long ago.
 *
 * <p>Stateless and thread-safe: everything about a learner lives in the store.
 */
public final class AnswerFlow {
    /** How many recent attempts progression and diagnosis see. */
    static final int RECENT_ATTEMPTS = 50;

    /**
     * What the flow is configured with besides its collaborators.
     *
     * @param attemptIds where attempt ids come from
     * @param maxAnswerBytes the largest answer accepted, in UTF-8 bytes
     * @param commitBudget how long to keep retrying a write that loses races
     * @param retrySeed the seed of the retry jitter
     * @param listeners who hears about stored answers
     */
    public record Settings(Supplier<String> attemptIds, int maxAnswerBytes, Duration commitBudget, long retrySeed,
            List<CoachListener> listeners) {
        /** Validates the components and copies the list. */
        public Settings {
            Objects.requireNonNull(attemptIds, "attemptIds");
            if (maxAnswerBytes < 1) {
                throw new IllegalArgumentException("maxAnswerBytes must be positive");
            }
            Objects.requireNonNull(commitBudget, "commitBudget");
            listeners = List.copyOf(listeners);
        }
    }

    private final SafeGrader grader;
    private final LearnerModel learnerModel;
    private final Progression progression;
    private final Learners learners;
    private final BossRequests bosses;
    private final Clock clock;
    private final PassPolicy passPolicy;
    private final Settings settings;
    private final Retry retry;
    private final Events events;

    /**
     * Wires the flow.
     *
     * @param grader the grader, safe-wrapped
     * @param learnerModel the learner model
     * @param progression what comes next
     * @param store the memory store
     * @param clock where time comes from
     * @param passPolicy whether a grade passes
     * @param settings the rest
     */
    public AnswerFlow(SafeGrader grader, LearnerModel learnerModel, Progression progression, MemoryStore store,
            Clock clock, PassPolicy passPolicy, Settings settings) {
        this.grader = grader;
        this.learnerModel = learnerModel;
        this.progression = progression;
        this.clock = clock;
        this.passPolicy = passPolicy;
        this.settings = settings;
        this.retry = new Retry(settings.commitBudget(), settings.retrySeed());
        this.events = new Events(settings.listeners());
        this.learners = new Learners(store, clock, progression, retry, events);
        this.bosses = new BossRequests(learners, clock, progression, retry);
    }

    /**
     * Where the flow reads and writes learners, for the session's reads.
     *
     * @return the learners
     */
    public Learners learners() {
        return learners;
    }

    /**
     * The learner's boss questions, as a host asks about them.
     *
     * @return the boss requests
     */
    public BossRequests bosses() {
        return bosses;
    }

    /**
     * Today, by the coach's clock.
     *
     * @return the date
     */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An answer checked against the pending step, ready to grade. */
    private record Accepted(LearnerId learnerId, TrackView track, LearnerState state, Step step, Answer answer,
            Instant at) {
        GradingRequest request() {
            return GradingRequest.of(step.challenge(), answer);
        }
    }

    /**
     * Grades and stores an answer to a step, blocking until it is stored.
     *
     * @param learnerId the learner
     * @param track the track
     * @param stepId the step answered
     * @param answer the answer
     * @param known the step as the session last showed it, if any
     * @return the feedback
     */
    public Feedback submit(LearnerId learnerId, TrackView track, String stepId, Answer answer, Optional<Step> known) {
        var accepted = accept(learnerId, track, stepId, answer, known);
        var outcome = accepted.answer().skipped() ? null : grader.grade(accepted.request());
        if (outcome != null) {
            var first = outcome;
            outcome = wholeCriterion(accepted, first).map(r -> better(first, grader.grade(r))).orElse(first);
        }
        return store(accepted, outcome);
    }

    /**
     * Grades and stores an answer without blocking the caller: the answer is checked at once (a
     * stale step or an oversized answer fails the future), then graded on the grading executor.
     *
     * @param learnerId the learner
     * @param track the track
     * @param stepId the step answered
     * @param answer the answer
     * @param known the step as the session last showed it, if any
     * @return the feedback, later
     */
    public CompletableFuture<Feedback> submitAsync(LearnerId learnerId, TrackView track, String stepId, Answer answer,
            Optional<Step> known) {
        Accepted accepted;
        try {
            accepted = accept(learnerId, track, stepId, answer, known);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (accepted.answer().skipped()) {
            return CompletableFuture.supplyAsync(() -> store(accepted, null), Runnable::run);
        }
        var grading = grader.gradeAsync(accepted.request());
        var read = grading.thenCompose(first -> wholeCriterion(accepted, first)
                .map(r -> grader.gradeAsync(r).thenApply(second -> better(first, second)))
                .orElseGet(() -> CompletableFuture.completedFuture(first)));
        return SafeGrader.cancelsUpstream(read.thenApply(outcome -> store(accepted, outcome)), grading);
    }

    /**
     * A follow-up answer that partly met its one point by the follow-up's own evidence is read against
     * the whole criterion as well ({@link Challenge#followUpOnWholeCriterion}): the follow-up's evidence
     * names what its narrower question asks, and a right answer often says the rest in the criterion's
     * words. Only with an offline, deterministic grader (a second reading costs it little, and its
     * grade is the same every time), and only when the grader itself scored.
     */
    private Optional<GradingRequest> wholeCriterion(Accepted accepted, SafeGrader.Outcome first) {
        if (!grader.offlineDeterministic() || first.declined().isPresent() || !first.grade().isScored()) {
            return Optional.empty();
        }
        String id = accepted.step().challenge().id();
        if (!FollowUps.partlyMet(id, first.grade())) {
            return Optional.empty();
        }
        String criterion = first.grade().criteria().get(0).criterionId();
        return accepted.track().challenge(FollowUps.baseId(id))
                .flatMap(original -> original.followUpOnWholeCriterion(criterion))
                .map(whole -> GradingRequest.of(whole, accepted.answer()));
    }

    /** The second reading when it scored higher, else the first. */
    private static SafeGrader.Outcome better(SafeGrader.Outcome first, SafeGrader.Outcome second) {
        return second.declined().isEmpty() && second.grade().isScored()
                && second.grade().score().getAsDouble() > first.grade().score().getAsDouble() ? second : first;
    }

    private Accepted accept(LearnerId learnerId, TrackView track, String stepId, Answer answer, Optional<Step> known) {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(answer, "answer");
        checkSize(answer.text());
        if (!answer.skipped() && answer.isBlank()) {
            throw new IllegalArgumentException("the answer to step " + stepId + " is blank; nothing was graded or "
                    + "stored: to skip the question, submit Answer.skip()");
        }
        var state = learners.load(learnerId, track, known.isPresent());
        PendingStep pending = learners.check(state, stepId);
        Step step = learners.resolve(state, track, pending, known).orElseThrow(() -> new StaleStepException("the "
                + "question of step " + stepId + " is no longer in the track; nothing was graded: call next()", stepId));
        int hints = step.challenge().hints().size();
        if (answer.hintsUsed() > hints) {
            throw new IllegalArgumentException("the answer to step " + stepId + " counts " + answer.hintsUsed()
                    + " hints used, but its question has " + hints + "; nothing was graded or stored");
        }
        Instant now = clock.instant();
        Duration taken = answer.timeTaken();
        if (taken.isZero()) {
            taken = Duration.between(step.shownAt(), now);
            taken = taken.isNegative() ? Duration.ZERO : taken;
        }
        return new Accepted(learnerId, track, state, step, answer.withTimeTaken(taken), now);
    }

    private void checkSize(String text) {
        int limit = settings.maxAnswerBytes();
        if ((long) text.length() * 3 <= limit) {
            return;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > limit) {
                throw new AnswerTooLargeException(utf8Length(text), limit);
            }
        }
    }

    private static long utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The state as stored and what the commit decided. */
    private record Saved(LearnerState before, LearnerState state, Attempt attempt, List<MasteryChange> changes,
            Optional<Step> next) {}

    private Feedback store(Accepted accepted, SafeGrader.Outcome outcome) {
        var step = accepted.step();
        Grade graded = outcome == null ? null : outcome.grade();
        var discounted = graded == null ? Discounts.skipped()
                : Discounts.apply(notReproduced(graded, step, accepted.answer()), step.challenge(), accepted.answer(),
                        accepted.state().profile().pressure());
        var attempt = new Attempt(newAttemptId(), accepted.learnerId(), accepted.track().id(), step.challenge().id(),
                accepted.track().index().conceptId(step.challenge().conceptId()), step.challenge().level(), step.reason(),
                accepted.answer(), discounted.grade(), accepted.at());
        // the first try reuses the state the answer was checked against; a retry reads it afresh
        var fresh = new boolean[1];
        var saved = retry.run(accepted.learnerId(), () -> {
            var current = fresh[0] ? learners.load(accepted.learnerId(), accepted.track(), true) : accepted.state();
            fresh[0] = true;
            return commit(accepted, current, attempt);
        });
        var stored = saved.attempt();
        boolean passed = passPolicy.passes(stored.grade());
        if (!events.none()) {
            var declined = outcome == null ? Optional.<Grade>empty() : outcome.declined();
            events.publish(events.of(saved.before(), saved.state(), stored, declined, passed, saved.changes(),
                    saved.next()));
        }
        // a skipped question was not answered: nothing an interviewer would ask next about an answer
        var followUps = accepted.answer().skipped() ? List.<FollowUp>of()
                : FollowUps.toShow(step.challenge(), attempt.grade(), alreadySays(accepted, step.challenge()));
        return new Feedback(stored, passed, followUps, saved.changes(),
                saved.next(), discounted.discount());
    }

    /**
     * Whether the answer already makes a follow-up's point, read by the built-in rubric grader (offline and
     * deterministic, whatever grader graded the answer) against the follow-ups' own evidence, all of a
     * challenge's in one grade, made only when a follow-up is to be shown: such a follow-up is not shown as
     * what an interviewer would ask next.
     */
    private static java.util.function.Predicate<FollowUp> alreadySays(Accepted accepted, Challenge challenge) {
        var said = new java.util.concurrent.atomic.AtomicReference<java.util.Set<FollowUp>>();
        return f -> {
            if (said.get() == null) {
                var points = accepted.track().index().followUpPoints(challenge);
                said.set(FollowUps.alreadyAnswered(challenge,
                        FOLLOW_UP_READER.grade(GradingRequest.of(points, accepted.answer()))));
            }
            return said.get().contains(f);
        };
    }

    private static final Grader FOLLOW_UP_READER = dev.interviewcoach.core.Graders.rubric();

    /** One try at storing an answer: on fresh state and fresh recent attempts. */
    private Saved commit(Accepted accepted, LearnerState current, Attempt attempt) {
        var track = accepted.track();
        var step = accepted.step();
        if (!current.pendingStep().map(p -> p.id().equals(step.id())).orElse(false)) {
            // another session answered (or replaced) this step meanwhile: one answer per step, so this
            // one is not stored; it was graded, though, and the refusal says so
            learners.check(current, step.id(), true);
        }
        var before = learners.recent(accepted.learnerId(), track);
        var earlier = learners.earlier(accepted.learnerId(), track, before);
        var recent = new ArrayList<>(before);
        recent.add(attempt);
        var update = learnerModel.apply(current, step.challenge(), attempt, accepted.at(),
                attempt.grade().isScored() && passPolicy.passes(attempt.grade()),
                failedBefore(step.challenge().id(), before, earlier));
        // the attempt keeps what it moved, so mastery over time can be read back from the history
        var recorded = attempt.withMasteryChanges(update.changes());
        recent.set(recent.size() - 1, recorded);
        var next = update.state();
        var changes = update.changes();
        Optional<TrackDiagnosis> run = Optional.empty();
        if (progression.diagnosing(current)) {
            if (step.reason() == StepReason.DIAGNOSTIC) {
                next = progression.placementAfter(track.index(), next, recent, learnerModel, accepted.at());
                // the answer that completes a diagnosis records what the placement's re-reading moved too,
                // so the attempts in order give each rung's mastery over time
                changes = LearnerModel.combined(changes, LearnerModel.changesBetween(update.state().mastery(),
                        next.mastery()));
                recorded = attempt.withMasteryChanges(changes);
                recent.set(recent.size() - 1, recorded);
            }
            if (progression.diagnosing(next)) {
                run = Optional.of(progression.diagnosis(track.index(), next, recent));
            }
        }
        long answered = current.stepsAnswered() + 1;
        LocalDate today = LocalDate.ofInstant(accepted.at(), clock.getZone());
        Optional<Step> chosen = progression.next(track.index(), next, recent, earlier, today, run)
                .map(c -> Learners.step(c, answered + 1, accepted.at()));
        var stored = learners.commit(new StoreCommit(next.withSteps(chosen.map(Learners::pending), answered),
                List.of(recorded)));
        return new Saved(current, stored, recorded, changes, chosen);
    }

    /**
     * Whether the learner's last graded answer to a challenge, before this one, failed the pass policy:
     * read from the recent attempts, or from all of them when the recent ones do not hold it.
     */
    private boolean failedBefore(String challengeId, List<Attempt> before, EarlierAttempts earlier) {
        for (int i = before.size() - 1; i >= 0; i--) {
            var a = before.get(i);
            if (a.challengeId().equals(challengeId) && a.grade().isScored()) {
                return !passPolicy.passes(a.grade());
            }
        }
        return earlier.lastScored(challengeId).map(a -> !passPolicy.passes(a.grade())).orElse(false);
    }

    /**
     * An answer that pastes back what the coach shows for this challenge (its reference answer,
     * feedback or hints) is not evidence of knowing it: its grade becomes an abstention that says
     * why, so it moves no mastery and does not pass. Graders know no learner, so this is the coach's.
     */
    /** Who signs the abstention of an answer that reproduces what the coach has: the coach, not the grader. */
    static final String REPRODUCTION_CHECK = "coach";
    static final String REPRODUCTION_CHECK_VERSION = "1";

    private static Grade notReproduced(Grade grade, Step step, Answer answer) {
        if (!grade.isScored()) {
            return grade;
        }
        return Reproduction.copied(step.challenge(), answer)
                .map(why -> Grade.abstain(REPRODUCTION_CHECK, REPRODUCTION_CHECK_VERSION, "Not counted: " + why
                        + ", which is no evidence of knowing it; "
                        + "answers in your own words, from what you understood, earn credit. (" + grade.graderId() + " "
                        + grade.graderVersion() + " had scored it " + String.format(java.util.Locale.ROOT, "%.2f",
                                grade.score().orElse(0)) + ".)"))
                .orElse(grade);
    }

    private String newAttemptId() {
        return Objects.requireNonNull(settings.attemptIds().get(), "the attempt id supplier returned null");
    }
}
