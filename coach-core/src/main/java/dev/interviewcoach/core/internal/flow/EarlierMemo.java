package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.core.internal.progression.EarlierAttempts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a coach's sessions of one learner on one track have read from the store about the learner's
 * questions from before their recent attempts: when each was last asked, and its last graded answer.
 * Progression asks this for every question it considers, on every step; a learner who has been round
 * a rung asks about the same questions step after step, and each answer is a query of the store (a
 * database round trip for the JDBC stores).
 *
 * <p>An answer stays true while nobody is asked that question again, so the memo follows the
 * learner's attempts: each time the recent attempts are read, the attempts that came since the last
 * reading drop what the memo knew about their questions; when the newest attempt of the last reading is
 * no longer among the recent ones (more attempts came, through other coaches, than the recent attempts
 * hold; a reading older than the last; or the learner was deleted and started again), the memo forgets
 * everything. A lookup that races a reading of newer attempts is not kept. It holds challenge ids and
 * instants, never answer text.
 */
final class EarlierMemo {
    private final Map<String, Optional<Instant>> asked = new ConcurrentHashMap<>();
    private final Map<String, Optional<Attempt>> scored = new ConcurrentHashMap<>();
    /** The newest attempt of the last reading, or null before the first. */
    private Attempt newest;
    /** Counts the readings that brought new attempts; a lookup made before one is not kept. */
    private long generation;

    /** An empty memo. */
    EarlierMemo() {}

    /**
     * The store's lookup, answered from this memo where it can be, after catching up with the
     * learner's recent attempts.
     *
     * @param store the store's lookup
     * @param recent the recent attempts just read, oldest first
     * @return the lookup to give progression
     */
    EarlierAttempts over(EarlierAttempts store, List<Attempt> recent) {
        long seen = catchUp(recent);
        return new EarlierAttempts() {
            @Override
            public Optional<Attempt> lastScored(String challengeId) {
                var known = scored.get(challengeId);
                return known != null ? known : keep(scored, challengeId, store.lastScored(challengeId), seen);
            }

            @Override
            public Optional<Instant> lastAsked(String challengeId) {
                var known = asked.get(challengeId);
                return known != null ? known : keep(asked, challengeId, store.lastAsked(challengeId), seen);
            }
        };
    }

    /** Forgets what the attempts since the last reading change; returns the generation now. */
    private synchronized long catchUp(List<Attempt> recent) {
        Attempt last = recent.isEmpty() ? null : recent.get(recent.size() - 1);
        if (last == newest || last != null && last.equals(newest)) {
            return generation;
        }
        int from = -1;
        for (int i = recent.size() - 1; i >= 0 && newest != null; i--) {
            if (recent.get(i).equals(newest)) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            asked.clear();
            scored.clear();
        } else {
            for (int i = from + 1; i < recent.size(); i++) {
                String id = recent.get(i).challengeId();
                asked.remove(id);
                scored.remove(id);
            }
        }
        newest = last;
        return ++generation;
    }

    private synchronized <T> T keep(Map<String, T> memo, String challengeId, T found, long seen) {
        if (generation == seen) {
            memo.put(challengeId, found);
        }
        return found;
    }
}
