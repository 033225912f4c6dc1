package dev.interviewcoach.core.internal.integrity;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>A check runs on every answer, so it builds no string per word or 4-gram: the words of what the
 * coach shows are numbered once per challenge ({@link WordNumbers}), the answer's words are looked up
 * where they stand, and a 4-gram is the tuple of its words' numbers ({@link Grams}); a word of the
 * answer that the coach never shows gets a number of its own, so it matches nothing shown but still
 * tells the answer's 4-grams apart.
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
        var shown = Shown.of(challenge);
        int[] ids = shown.numbers().number(answer);
        if (ids.length < MIN_WORDS) {
            return Optional.empty();
        }
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
    private record Shown(Challenge challenge, WordNumbers numbers, List<Source> sources, Grams all) {
        private static final int LIMIT = 2_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, Shown> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Shown of(Challenge challenge) {
            var cached = CACHE.get(challenge.id());
            if (cached != null && (cached.challenge() == challenge || cached.challenge().equals(challenge))) {
                return cached;
            }
            var vocabulary = new WordNumbers();
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
                        ids[i] = vocabulary.add(words.get(i));
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

        /** Whether every word of the 4-gram at {@code from} is one the coach shows. */
        boolean known(int[] ids, int from) {
            int size = numbers.size();
            for (int k = from; k < from + N; k++) {
                if (ids[k] > size) {
                    return false;
                }
            }
            return true;
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
        String folded = WordNumbers.ascii(text) ? text.toLowerCase(Locale.ROOT)
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
}
