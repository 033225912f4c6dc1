package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Challenge;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a grader compiles from a challenge (a rubric, a reference answer), by challenge id, so it is
 * compiled once and reused. An entry is reused for the same challenge (the same object, or an equal one loaded
 * again); a changed challenge with the same id is recompiled. Bounded: past the limit the cache starts afresh.
 *
 * @param <T> the compiled form
 */
final class ChallengeCache<T> {
    private static final int LIMIT = 10_000;

    private record Entry<T>(Challenge challenge, T compiled) {}

    private final ConcurrentHashMap<String, Entry<T>> byId = new ConcurrentHashMap<>();
    private final Function<Challenge, T> compiler;

    ChallengeCache(Function<Challenge, T> compiler) {
        this.compiler = compiler;
    }

    T get(Challenge challenge) {
        Entry<T> cached = byId.get(challenge.id());
        if (cached != null && (cached.challenge() == challenge || cached.challenge().equals(challenge))) {
            return cached.compiled();
        }
        if (byId.size() >= LIMIT) {
            byId.clear();
        }
        T compiled = compiler.apply(challenge);
        byId.put(challenge.id(), new Entry<>(challenge, compiled));
        return compiled;
    }
}
