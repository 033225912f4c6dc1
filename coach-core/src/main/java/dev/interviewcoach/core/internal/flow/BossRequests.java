package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.internal.progression.Progression;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's boss questions as a host asks about them: where the learner stands with each, by the
 * rule the progression asks them by, and a passed one asked again on request.
 */
public final class BossRequests {
    private final Learners learners;
    private final Clock clock;
    private final Progression progression;
    private final Retry retry;

    BossRequests(Learners learners, Clock clock, Progression progression, Retry retry) {
        this.learners = learners;
        this.clock = clock;
        this.progression = progression;
        this.retry = retry;
    }

    /**
     * Where the learner stands with each boss question of the track, by the rule that asks it.
     *
     * @param learnerId the learner
     * @param track the track
     * @return one status per boss question, in the track's order
     */
    public List<dev.interviewcoach.core.BossStatus> bosses(LearnerId learnerId, TrackView track) {
        var state = learners.load(learnerId, track);
        var recent = learners.recent(learnerId, track);
        return progression.bosses(track.index(), state, recent, learners.earlier(learnerId, track, recent),
                LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /**
     * A passed boss question asked again, as the learner's pending step in place of any other (an answer
     * to the step it replaces is refused as replaced); the pending step itself when it is that boss
     * question already.
     *
     * @param learnerId the learner
     * @param track the track
     * @param challengeId the boss question
     * @return the step, shown now
     * @throws IllegalArgumentException when the track has no such boss question
     * @throws IllegalStateException while the learner is being placed, or when the boss question is not passed
     */
    public Step askBossAgain(LearnerId learnerId, TrackView track, String challengeId) {
        Objects.requireNonNull(challengeId, "challengeId");
        var status = bosses(learnerId, track).stream().filter(b -> b.challengeId().equals(challengeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("track " + track.id() + " has no boss question '"
                        + challengeId + "'"));
        if (status.state() != dev.interviewcoach.core.BossStatus.State.PASSED) {
            throw new IllegalStateException("boss question " + challengeId + " is " + status.state()
                    + ", not passed: next() asks it when it is open");
        }
        var boss = track.challenge(challengeId).orElseThrow();
        String why = "The boss question again, as you asked: you passed it before, and this answer counts as your "
                + "latest on it.";
        return retry.run(learnerId, "the boss question was not asked again, so ask for it again", () -> {
            var state = learners.load(learnerId, track);
            if (progression.diagnosing(state)) {
                throw new IllegalStateException("the learner is being placed on track " + track.id()
                        + ": the boss question can be asked again once the diagnosis is complete");
            }
            var pending = state.pendingStep().filter(p -> p.challengeId().equals(challengeId)
                    && p.reason() == dev.interviewcoach.api.StepReason.BOSS);
            var resumed = pending.flatMap(p -> learners.resolve(state, track, p, Optional.empty()));
            if (resumed.isPresent()) {
                return resumed.get();
            }
            var made = Learners.step(new Progression.Choice(boss, dev.interviewcoach.api.StepReason.BOSS, why),
                    state.stepsAnswered() + 1, clock.instant());
            learners.commit(StoreCommit.of(state.withSteps(Optional.of(Learners.pending(made)), state.stepsAnswered())));
            return made;
        });
    }
}
