package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.core.internal.diagnosis.Rediagnosis;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.CoachEvent;
import dev.interviewcoach.core.CoachListener;
import dev.interviewcoach.core.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Derives the events of one stored answer and tells the listeners, each failure contained. */
final class Events {
    /** A logger name hosts can rely on (the class is internal): listeners that failed. */
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.events");

    private final List<CoachListener> listeners;

    Events(List<CoachListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    boolean none() {
        return listeners.isEmpty();
    }

    /**
     * The events of one answer: the coach's grader declined and its fallback graded, graded or grader
     * failed, rungs changed, misconceptions confirmed or resolved, diagnosis completed, and what the
     * next step unlocks (boss) or brings (review due).
     */
    List<CoachEvent> of(LearnerState before, LearnerState after, Attempt attempt, Optional<Grade> declined,
            boolean passed, List<MasteryChange> changes, Optional<Step> next) {
        var learner = after.learnerId();
        var track = after.trackId();
        var out = new ArrayList<CoachEvent>();
        declined.ifPresent(d -> out.add(new CoachEvent.FallbackGraded(learner, track, attempt, d.graderId(), d.status(),
                d.message().orElse(""))));
        if (attempt.grade().status() == GradeStatus.ERROR) {
            out.add(new CoachEvent.GraderFailed(learner, track, attempt, attempt.grade().message().orElse("")));
        } else {
            out.add(new CoachEvent.Graded(learner, track, attempt, passed));
        }
        changes.stream().filter(MasteryChange::statusChanged).forEach(c -> out.add(new CoachEvent.RungChanged(learner,
                track, c.conceptId(), c.level(), c.statusBefore(), c.statusAfter(), attempt.id())));
        var was = new HashMap<String, MisconceptionStatus>();
        before.misconceptions().forEach(m -> was.put(m.qualifiedId(), m.status()));
        for (MisconceptionRecord m : after.misconceptions()) {
            var previous = was.get(m.qualifiedId());
            if (m.status() != previous && m.status() == MisconceptionStatus.CONFIRMED) {
                out.add(new CoachEvent.MisconceptionConfirmed(learner, track, m));
            } else if (m.status() != previous && m.status() == MisconceptionStatus.RESOLVED) {
                out.add(new CoachEvent.MisconceptionResolved(learner, track, m));
            }
        }
        if (Rediagnosis.pending(before) && !Rediagnosis.pending(after)) {
            out.add(new CoachEvent.DiagnosisCompleted(learner, track, after.placements()));
        }
        next.ifPresent(step -> out.addAll(shown(after, step)));
        return out;
    }

    /** The events of a step chosen for the learner: the boss unlocked, or a review due. */
    List<CoachEvent> shown(LearnerState state, Step step) {
        var learner = state.learnerId();
        var track = state.trackId();
        if (step.reason() == StepReason.BOSS) {
            return List.of(new CoachEvent.BossUnlocked(learner, track, step.challenge().id()));
        }
        if (step.reason() == StepReason.REVIEW) {
            return state.review(step.challenge().conceptId(), step.challenge().level())
                    .map(card -> List.<CoachEvent>of(new CoachEvent.ReviewDue(learner, track, card.conceptId(),
                            card.level(), card.due())))
                    .orElse(List.of());
        }
        return List.of();
    }

    /** Tells every listener every event; a listener that throws is logged and skipped. */
    void publish(List<CoachEvent> events) {
        for (var event : events) {
            for (var listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    // a listener's exception may quote the event, and the event holds the answer: logged by
                    // type and stack only, as a grader's is
                    LOG.warn("listener {} failed on {} with {}; the answer is stored", listener,
                            event.getClass().getSimpleName(), e.getClass().getName(), WithheldMessage.of(e));
                }
            }
        }
    }
}
