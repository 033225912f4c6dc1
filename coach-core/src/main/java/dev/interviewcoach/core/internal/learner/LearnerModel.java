package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import dev.interviewcoach.core.MasteryChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Moves a learner's state with one graded attempt: mastery of the answered concept × rung, and the
 * misconception records. Pure: the same state and attempt give the same result.
 */
public final class LearnerModel {
    /** How many supporting attempt ids a record keeps; the store keeps the full history. */
    public static final int RECENT_LIMIT = 8;
    private static final double PRIOR = 0.2;
    private static final double LEARNING_RATE = 0.35;
    private static final int CONFIRMING_EVIDENCE = 3;

    /** The new state and how mastery moved. */
    public record Update(LearnerState state, List<MasteryChange> changes) {}

    /**
     * Applies one attempt.
     *
     * @param state the state before
     * @param challenge the challenge answered
     * @param attempt the graded attempt
     * @param now the current instant
     * @return the new state and the changes
     */
    public Update apply(LearnerState state, Challenge challenge, Attempt attempt, Instant now) {
        if (!attempt.grade().isScored()) {
            return new Update(state, List.of());
        }
        double score = attempt.grade().score().getAsDouble();
        var mastery = new ArrayList<>(state.mastery());
        var before = state.mastery(challenge.conceptId(), challenge.level());
        double p0 = before.map(Mastery::probability).orElse(PRIOR);
        double p1 = p0 + LEARNING_RATE * (score - p0);
        int evidence = before.map(Mastery::evidenceCount).orElse(0) + 1;
        var recent = bounded(before.map(Mastery::recentAttemptIds).orElse(List.of()), attempt.id());
        var status = evidence < CONFIRMING_EVIDENCE ? MasteryStatus.TENTATIVE
                : p1 >= 0.8 ? MasteryStatus.MASTERED : p1 <= 0.3 ? MasteryStatus.NOT_MASTERED : MasteryStatus.TENTATIVE;
        var updated = new Mastery(challenge.conceptId(), challenge.level(), p1, evidence, status, recent);
        before.ifPresent(mastery::remove);
        mastery.add(updated);
        var change = new MasteryChange(challenge.conceptId(), challenge.level(), p0, p1,
                before.map(Mastery::status).orElse(MasteryStatus.TENTATIVE), status);
        var misconceptions = misconceptions(state.misconceptions(), challenge, attempt);
        var next = new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), state.storeVersion(),
                state.profile(), mastery, misconceptions, state.reviews(), state.placements(), now);
        return new Update(next, List.of(change));
    }

    private static List<MisconceptionRecord> misconceptions(List<MisconceptionRecord> records, Challenge challenge,
            Attempt attempt) {
        var shown = new HashSet<String>();
        attempt.grade().misconceptions().forEach(m -> shown.add(challenge.id() + "#" + m.misconceptionId()));
        var out = new ArrayList<MisconceptionRecord>();
        for (var r : records) {
            if (shown.remove(r.qualifiedId())) {
                var status = r.occurrences() + 1 >= 2 ? MisconceptionStatus.CONFIRMED : MisconceptionStatus.SUSPECTED;
                out.add(new MisconceptionRecord(r.challengeId(), r.misconceptionId(), r.topicId(), status,
                        r.occurrences() + 1, 0, bounded(r.attemptIds(), attempt.id())));
            } else if (challenge.allTopicIds().contains(r.topicId()) && r.status() != MisconceptionStatus.RESOLVED) {
                int clean = r.cleanAnswersSince() + 1;
                out.add(new MisconceptionRecord(r.challengeId(), r.misconceptionId(), r.topicId(),
                        clean >= 2 ? MisconceptionStatus.RESOLVED : r.status(), r.occurrences(), clean, r.attemptIds()));
            } else {
                out.add(r);
            }
        }
        for (var m : attempt.grade().misconceptions()) {
            if (shown.contains(challenge.id() + "#" + m.misconceptionId())) {
                out.add(new MisconceptionRecord(challenge.id(), m.misconceptionId(), challenge.topicId(),
                        MisconceptionStatus.SUSPECTED, 1, 0, List.of(attempt.id())));
            }
        }
        return out;
    }

    static List<String> bounded(List<String> ids, String added) {
        var out = new ArrayList<>(ids);
        out.add(added);
        return out.size() > RECENT_LIMIT ? List.copyOf(out.subList(out.size() - RECENT_LIMIT, out.size())) : out;
    }
}
