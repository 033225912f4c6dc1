package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StateKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A coach's {@link EarlierMemo}s, one per learner and track, shared by that learner's sessions (a host
 * may open one per request); kept for the {@value #KEPT} learners used most recently.
 */
final class EarlierMemos {
    /** How many learners' (× tracks') memos are kept. */
    static final int KEPT = 1_024;

    private final Map<StateKey, EarlierMemo> memos = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StateKey, EarlierMemo> eldest) {
            return size() > KEPT;
        }
    });

    /** The memo of a learner on a track, made on first use. */
    EarlierMemo of(LearnerId learnerId, String trackId) {
        return memos.computeIfAbsent(new StateKey(learnerId, trackId), k -> new EarlierMemo());
    }
}
