package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Challenge;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled rubrics by challenge id, so a rubric is compiled once per challenge and reused. An entry
 * is reused only for the very same challenge object; a changed challenge with the same id is
 * recompiled. Bounded: past the limit the cache starts afresh.
 */
final class RubricCache {
    private static final int LIMIT = 10_000;
    private final ConcurrentHashMap<String, CompiledRubric> byId = new ConcurrentHashMap<>();

    CompiledRubric get(Challenge challenge) {
        CompiledRubric cached = byId.get(challenge.id());
        if (cached != null && cached.challenge == challenge) {
            return cached;
        }
        if (byId.size() >= LIMIT) {
            byId.clear();
        }
        CompiledRubric compiled = CompiledRubric.compile(challenge);
        byId.put(challenge.id(), compiled);
        return compiled;
    }
}
