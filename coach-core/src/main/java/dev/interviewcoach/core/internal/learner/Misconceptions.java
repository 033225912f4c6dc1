package dev.interviewcoach.core.internal.learner;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.MisconceptionRecord;
import dev.interviewcoach.api.MisconceptionStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The lifecycle of misconceptions: a detected one is recorded {@link MisconceptionStatus#SUSPECTED}
 * with the attempt that showed it; it is {@link MisconceptionStatus#CONFIRMED} when it recurs (shown
 * at least twice); it is {@link MisconceptionStatus#RESOLVED} after {@value #CLEAN_ANSWERS_TO_RESOLVE}
 * later passing answers on its topic that are free of it (whole questions answered: a follow-up or a
 * skipped question does not count, and neither does a failed answer, which can be free of the belief
 * only because it says little, as "I don't know" is). Showing it again, even once resolved, confirms it
 * and starts the count of clean answers afresh. A misconception shown in a follow-up is the original
 * challenge's: the record names the challenge that defines it, so showing it in the question and again
 * in its follow-up confirms it. Another challenge that lists a misconception under the same id asks
 * after the same belief: showing it there is the record's recurrence (not a record of its own), and an
 * answer there free of it counts as clean whatever its topic.
 */
final class Misconceptions {
    /** Passing answers on its topic free of a misconception that resolve it. */
    static final int CLEAN_ANSWERS_TO_RESOLVE = MasteryThresholds.CLEAN_ANSWERS_TO_RESOLVE;
    private static final int RECURS_AT = 2;

    private final int recentLimit;

    Misconceptions(int recentLimit) {
        this.recentLimit = recentLimit;
    }

    /**
     * The records after an answer.
     *
     * @param passed whether the coach's pass policy passed the answer: only a passing answer free of a
     *     misconception counts towards clearing it
     */
    List<MisconceptionRecord> apply(List<MisconceptionRecord> records, Challenge challenge, Attempt attempt,
            boolean passed) {
        String definer = definingChallenge(challenge.id());
        var shown = new LinkedHashSet<String>();
        attempt.grade().misconceptions().forEach(m -> shown.add(m.misconceptionId()));
        var out = new ArrayList<MisconceptionRecord>(records.size() + shown.size());
        var recurred = new java.util.HashSet<String>();
        for (var r : records) {
            // the same belief, listed under the same id by another challenge, is answered here too
            boolean lists = definingChallenge(r.challengeId()).equals(definer)
                    || challenge.misconceptions().stream().anyMatch(m -> m.id().equals(r.misconceptionId()));
            if (lists && shown.contains(r.misconceptionId())) {
                recurred.add(r.misconceptionId());
                int occurrences = r.occurrences() + 1;
                out.add(new MisconceptionRecord(definingChallenge(r.challengeId()), r.misconceptionId(), r.topicId(),
                        occurrences >= RECURS_AT ? MisconceptionStatus.CONFIRMED : MisconceptionStatus.SUSPECTED,
                        occurrences, 0, Recent.append(r.attemptIds(), attempt.id(), recentLimit)));
            } else if (r.status() != MisconceptionStatus.RESOLVED && passed && clears(attempt)
                    && (lists || challenge.allTopicIds().contains(r.topicId()))) {
                int clean = r.cleanAnswersSince() + 1;
                var status = clean >= CLEAN_ANSWERS_TO_RESOLVE ? MisconceptionStatus.RESOLVED : r.status();
                out.add(new MisconceptionRecord(r.challengeId(), r.misconceptionId(), r.topicId(), status,
                        r.occurrences(), clean, r.attemptIds()));
            } else {
                out.add(r);
            }
        }
        for (var id : shown) {
            if (!recurred.contains(id)) {
                out.add(new MisconceptionRecord(definer, id, challenge.topicId(), MisconceptionStatus.SUSPECTED,
                        1, 0, List.of(attempt.id())));
            }
        }
        return out;
    }

    /**
     * Whether an answer free of a misconception counts towards clearing it: a whole question answered, not
     * a follow-up (it asks one point, often not the one the belief is about) and not a skipped question
     * (which says nothing at all).
     */
    private static boolean clears(Attempt attempt) {
        return attempt.reason() != dev.interviewcoach.api.StepReason.FOLLOW_UP && !attempt.answer().skipped();
    }

    /** The challenge a misconception shown in this one belongs to: a follow-up's original, else itself. */
    static String definingChallenge(String challengeId) {
        int at = challengeId.indexOf(Challenge.FOLLOW_UP_ID_MARK);
        return at < 0 ? challengeId : challengeId.substring(0, at);
    }
}
