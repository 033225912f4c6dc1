package dev.interviewcoach.graders.semantic.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a sentence says the opposite of a wording its embedding is close to. Sentence embeddings
 * place "per-row commits are slow" right beside "committing every row is fastest": the words differ in
 * one place, and that place carries the claim. A sentence opposes a wording when it is negated where
 * the wording is not (or the other way round), or says the opposite of one of the wording's words
 * without that word itself. Such a sentence does not claim the misconception the wording states: a
 * false accusation costs a learner more than a missed one. (Criteria are not guarded this way: a
 * paraphrase often negates where the wording does not, "we cannot know" for "the outcome is unknown".)
 */
final class Opposition {
    /** Words that negate what follows; {@code t} is what "don't", "isn't" leave after their apostrophe. */
    static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nothing", "neither", "nor", "without",
            "cannot", "t", "non",
            // verbs that end or shun what follows them: "stop alerting on the average" is no average alert
            "stop", "stops", "stopped", "stopping", "avoid", "avoids", "avoided", "avoiding");

    /** Pairs of opposite words, in their plain form (comparatives and superlatives are read as it). */
    private static final String[][] PAIRS = {
        {"fast", "slow"}, {"quick", "slow"}, {"more", "less"}, {"good", "bad"}, {"high", "low"},
        {"increase", "decrease"}, {"increase", "reduce"}, {"before", "after"}, {"safe", "unsafe"},
        {"safe", "risky"}, {"secure", "insecure"}, {"sufficient", "insufficient"}, {"enough", "insufficient"},
        {"cheap", "expensive"}, {"cheap", "costly"}, {"strong", "weak"}, {"stateless", "stateful"},
        {"synchronous", "asynchronous"}, {"sync", "async"}, {"consistent", "inconsistent"}, {"valid", "invalid"},
        {"correct", "incorrect"}, {"possible", "impossible"}, {"necessary", "unnecessary"},
        {"required", "optional"}, {"allowed", "forbidden"}, {"enable", "disable"}, {"small", "large"},
        {"small", "big"}, {"short", "long"}, {"simple", "complex"}, {"easy", "hard"}, {"same", "different"},
        {"reliable", "unreliable"}, {"true", "false"}, {"succeed", "fail"}, {"success", "failure"},
        {"include", "exclude"}, {"add", "remove"}, {"accept", "reject"},
    };

    /** Irregular comparatives and superlatives, and their plain form. */
    private static final Map<String, String> IRREGULAR = Map.of("better", "good", "best", "good", "worse", "bad",
            "worst", "bad", "most", "more", "least", "less", "fewer", "less", "fewest", "less");

    private static final Map<String, Set<String>> OPPOSITES = new HashMap<>();

    static {
        for (String[] pair : PAIRS) {
            OPPOSITES.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            OPPOSITES.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
    }

    /**
     * The plain form of a word the pairs name: "faster" and "fastest" are "fast", "easier" is "easy",
     * "bigger" is "big", "better" is "good"; other words as they are.
     */
    static String plain(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (String suffix : new String[] {"est", "er"}) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                for (String candidate : new String[] {base, base + "e", base.endsWith("i") ? base.substring(0,
                        base.length() - 1) + "y" : base, base.length() > 2 && base.charAt(base.length() - 1)
                        == base.charAt(base.length() - 2) ? base.substring(0, base.length() - 1) : base}) {
                    if (OPPOSITES.containsKey(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return word;
    }

    private Opposition() {}

    /**
     * Whether the sentence says the opposite of the wording.
     *
     * @param sentence the sentence's words, lowercased
     * @param wording the wording's words, lowercased
     */
    static boolean opposes(List<String> sentence, List<String> wording) {
        if (negations(sentence) % 2 != negations(wording) % 2) {
            return true;
        }
        var said = new HashSet<String>();
        sentence.forEach(w -> said.add(plain(w)));
        for (String word : wording) {
            String w = plain(word);
            var opposites = OPPOSITES.get(w);
            if (opposites == null || said.contains(w)) {
                continue;
            }
            for (String o : opposites) {
                if (said.contains(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make a claim of every case: "never", "always", "impossible", "regardless". */
    private static final Set<String> UNIVERSALS = Set.of("ever", "never", "always", "impossible", "any", "every",
            "all", "regardless", "whatever", "whichever", "guaranteed");

    /**
     * Whether the wording claims something of every case ("patch can't ever be idempotent") and the
     * sentence says no such word ("PATCH is not idempotent by definition; it depends on the patch"): the
     * sentence then does not make the claim, however close their embeddings, which hear "never" and "not
     * in general" alike.
     */
    static boolean universalMissing(List<String> sentence, List<String> wording) {
        boolean universal = false;
        for (String w : wording) {
            universal |= UNIVERSALS.contains(w);
        }
        if (!universal) {
            return false;
        }
        for (String w : sentence) {
            if (UNIVERSALS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static int negations(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (NEGATORS.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
