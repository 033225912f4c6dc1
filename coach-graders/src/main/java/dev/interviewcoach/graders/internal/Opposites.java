package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words of backend talk that say the opposite of each other, as stems: where a claim says one, an
 * answer that says the other in the same place does not make the claim.
 */
final class Opposites {
    private static final String[][] PAIRS = {
        {"one", "many"}, {"before", "after"}, {"first", "last"}, {"inside", "outside"}, {"read", "write"},
        {"client", "server"}, {"shared", "exclusive"}, {"optimistic", "pessimistic"}, {"more", "less"},
        {"more", "fewer"}, {"fast", "slow"}, {"faster", "slower"}, {"sync", "async"},
        {"synchronous", "asynchronous"}, {"stateless", "stateful"}, {"same", "different"},
        {"increase", "decrease"}, {"higher", "lower"}, {"always", "never"}, {"parent", "child"},
        {"start", "end"}, {"open", "close"}, {"commit", "rollback"}, {"up", "down"},
    };

    private static final Map<String, Set<String>> BY_STEM = build();

    private Opposites() {}

    private static Map<String, Set<String>> build() {
        var map = new HashMap<String, Set<String>>();
        for (var pair : PAIRS) {
            String a = stem(pair[0]);
            String b = stem(pair[1]);
            map.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }

    private static String stem(String word) {
        var analyzed = TextAnalyzer.content(word);
        return analyzed.size == 0 ? word : analyzed.stems[0];
    }

    /** The stems that say the opposite of this stem; empty when none is known. */
    static Set<String> of(String stem) {
        return BY_STEM.getOrDefault(stem, Set.of());
    }
}
