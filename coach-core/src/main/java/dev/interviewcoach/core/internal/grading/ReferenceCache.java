package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Challenge;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compiled reference answers by challenge id, reused only for the very same challenge object (a
 * changed challenge with the same id is recompiled). Bounded: past the limit the cache starts afresh.
 */
final class ReferenceCache {
    private static final int LIMIT = 10_000;

    private final ConcurrentHashMap<String, CompiledReference> byId = new ConcurrentHashMap<>();

    CompiledReference get(Challenge challenge, Function<Challenge, CompiledReference> compiler) {
        CompiledReference cached = byId.get(challenge.id());
        if (cached != null && cached.challenge == challenge) {
            return cached;
        }
        if (byId.size() >= LIMIT) {
            byId.clear();
        }
        CompiledReference compiled = compiler.apply(challenge);
        byId.put(challenge.id(), compiled);
        return compiled;
    }
}
