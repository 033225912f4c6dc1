package dev.interviewcoach.core.internal.integrity;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises an answer that reproduces what the coach itself shows for a challenge: its feedback
 * (criterion feedback, misconception corrections, follow-up questions), its hints or its reference
 * answer. Pasting the feedback back is not evidence of knowing it, so such an answer earns no mastery.
 *
 * <p>An answer reproduces shown text when at least {@value #REPRODUCED_SHARE} of its distinct word
 * 4-grams appear in that text; answers under {@value #MIN_WORDS} words are never judged (a short
 * answer shares phrases with anything). Independent answers, even strong ones, share far fewer
 * 4-grams with a reference answer. Nothing is kept after a check.
 *
 * <p>A check runs on every answer, so it builds no strings per 4-gram: the words of what the coach
 * shows are numbered once per challenge, and a 4-gram is the tuple of its words' numbers; a word of
 * the answer that the coach never shows gets a number of its own, so it matches nothing shown but
 * still tells the answer's 4-grams apart.
 */
public final class Reproduction {
    static final double REPRODUCED_SHARE = 0.5;
    static final int MIN_WORDS = 12;
    static final int N = 4;

    private Reproduction() {}

    /**
     * Whether an answer reproduces what the coach shows for a challenge, and which text.
     *
     * @param challenge the challenge answered
     * @param answer the answer text
     * @return what it reproduces ("the reference answer", "the feedback", "the hints"), or empty
     */
    public static Optional<String> of(Challenge challenge, String answer) {
        var words = words(answer);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        var shown = Shown.of(challenge);
        int[] ids = shown.number(words);
        var grams = new Grams(ids.length - N + 1);
        int[] hits = new int[shown.sources().size()];
        int hitAll = 0;
        for (int i = 0; i + N <= ids.length; i++) {
            if (!grams.add(ids, i) || !shown.known(ids, i)) {
                continue;
            }
            for (int s = 0; s < hits.length; s++) {
                if (shown.sources().get(s).grams().contains(ids, i)) {
                    hits[s]++;
                }
            }
            if (shown.all().contains(ids, i)) {
                hitAll++;
            }
        }
        int distinct = grams.size();
        String best = null;
        double bestShare = 0;
        for (int s = 0; s < hits.length; s++) {
            double share = (double) hits[s] / distinct;
            if (share > bestShare) {
                bestShare = share;
                best = shown.sources().get(s).name();
            }
        }
        if (bestShare >= REPRODUCED_SHARE) {
            return Optional.of(best);
        }
        return (double) hitAll / distinct >= REPRODUCED_SHARE ? Optional.of("what the coach showed") : Optional.empty();
    }

    /** One kind of text the coach shows, as its set of 4-grams. */
    private record Source(String name, Grams grams) {}

    /**
     * What the coach shows for a challenge: its words numbered from 1 and the 4-grams of each kind of
     * text, computed once per challenge (content, never answers), in a small bounded cache keyed by
     * id and reused for the same or an equal challenge.
     */
    private record Shown(Challenge challenge, Map<String, Integer> vocabulary, List<Source> sources, Grams all) {
        private static final int LIMIT = 2_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, Shown> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Shown of(Challenge challenge) {
            var cached = CACHE.get(challenge.id());
            if (cached != null && (cached.challenge() == challenge || cached.challenge().equals(challenge))) {
                return cached;
            }
            var vocabulary = new HashMap<String, Integer>();
            var texts = List.of(List.of(challenge.referenceAnswer()), feedback(challenge), challenge.hints());
            var names = List.of("the reference answer", "the feedback", "the hints");
            var numbered = new ArrayList<List<int[]>>();
            int total = 0;
            for (var kind : texts) {
                var lists = new ArrayList<int[]>();
                for (String text : kind) {
                    var words = words(text);
                    int[] ids = new int[words.size()];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = vocabulary.computeIfAbsent(words.get(i), w -> vocabulary.size() + 1);
                    }
                    lists.add(ids);
                    total += Math.max(0, ids.length - N + 1);
                }
                numbered.add(lists);
            }
            var sources = new ArrayList<Source>();
            var all = new Grams(total);
            for (int k = 0; k < texts.size(); k++) {
                int size = 0;
                for (int[] ids : numbered.get(k)) {
                    size += Math.max(0, ids.length - N + 1);
                }
                var grams = new Grams(size);
                for (int[] ids : numbered.get(k)) {
                    for (int i = 0; i + N <= ids.length; i++) {
                        grams.add(ids, i);
                        all.add(ids, i);
                    }
                }
                sources.add(new Source(names.get(k), grams));
            }
            var shown = new Shown(challenge, vocabulary, List.copyOf(sources), all);
            if (CACHE.size() >= LIMIT) {
                CACHE.clear();
            }
            CACHE.put(challenge.id(), shown);
            return shown;
        }

        /**
         * The answer's words as numbers: a word the coach shows has its number, any other word a
         * number above them, the same for each of its occurrences.
         */
        int[] number(List<String> words) {
            int[] ids = new int[words.size()];
            Map<String, Integer> others = null;
            for (int i = 0; i < ids.length; i++) {
                String word = words.get(i);
                Integer id = vocabulary.get(word);
                if (id == null) {
                    if (others == null) {
                        others = new HashMap<>();
                    }
                    var more = others;
                    id = more.computeIfAbsent(word, w -> vocabulary.size() + more.size() + 1);
                }
                ids[i] = id;
            }
            return ids;
        }

        /** Whether every word of the 4-gram at {@code from} is one the coach shows. */
        boolean known(int[] ids, int from) {
            int size = vocabulary.size();
            for (int k = from; k < from + N; k++) {
                if (ids[k] > size) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A set of 4-grams, each the tuple of its words' numbers, in an open-addressing table. */
    static final class Grams {
        private final int[] tuples;
        private final int[] slots;
        private final int mask;
        private int size;

        Grams(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            this.tuples = new int[Math.max(0, expected) * N];
            this.slots = new int[capacity];
            this.mask = capacity - 1;
        }

        int size() {
            return size;
        }

        /** Adds the 4-gram at {@code ids[from..from + 4)}; false when it was already there. */
        boolean add(int[] ids, int from) {
            int slot = find(ids, from);
            if (slots[slot] != 0) {
                return false;
            }
            System.arraycopy(ids, from, tuples, size * N, N);
            slots[slot] = ++size;
            return true;
        }

        boolean contains(int[] ids, int from) {
            return slots[find(ids, from)] != 0;
        }

        /** The slot holding the 4-gram, or the empty slot where it would go. */
        private int find(int[] ids, int from) {
            int h = ((ids[from] * 31 + ids[from + 1]) * 31 + ids[from + 2]) * 31 + ids[from + 3];
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int at = slots[slot];
                if (at == 0) {
                    return slot;
                }
                int t = (at - 1) * N;
                if (tuples[t] == ids[from] && tuples[t + 1] == ids[from + 1] && tuples[t + 2] == ids[from + 2]
                        && tuples[t + 3] == ids[from + 3]) {
                    return slot;
                }
            }
        }
    }

    private static List<String> feedback(Challenge challenge) {
        var texts = new ArrayList<String>();
        for (Criterion c : challenge.rubric().criteria()) {
            c.feedback().ifPresent(texts::add);
            texts.add(c.description());
        }
        for (Misconception m : challenge.misconceptions()) {
            texts.add(m.correction());
        }
        for (FollowUp f : challenge.followUps()) {
            texts.add(f.question());
        }
        return texts;
    }

    /** Lowercase words of letters and digits; layout, punctuation and accents do not matter. */
    static List<String> words(String text) {
        String folded = ascii(text) ? text.toLowerCase(Locale.ROOT)
                : Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        int start = -1;
        StringBuilder joined = null; // only when marks or format characters sit inside a word
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (start < 0) {
                    start = i;
                } else if (joined != null) {
                    joined.append(ch);
                }
            } else if (Character.getType(ch) != Character.NON_SPACING_MARK && Character.getType(ch) != Character.FORMAT) {
                if (start >= 0) {
                    out.add(joined != null ? joined.toString() : folded.substring(start, i));
                    start = -1;
                    joined = null;
                }
            } else if (start >= 0 && joined == null) {
                joined = new StringBuilder(folded.substring(start, i));
            }
        }
        if (start >= 0) {
            out.add(joined != null ? joined.toString() : folded.substring(start));
        }
        return out;
    }

    /** Whether a text is plain ASCII, which decomposition leaves as it is. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
