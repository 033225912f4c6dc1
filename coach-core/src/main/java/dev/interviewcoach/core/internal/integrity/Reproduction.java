package dev.interviewcoach.core.internal.integrity;

import dev.interviewcoach.api.Answer;
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
 * coach shows are numbered once per challenge ({@link WordNumbers}) and a 4-gram is the tuple of its
 * words' numbers ({@link Grams}). The answer's words are numbered among themselves ({@link
 * AnswerWords}) to count its distinct 4-grams; a 4-gram the filter of the shown ones ({@link
 * GramFilter}) rules out is certainly not shown, and only the others are looked up word by word, so
 * a check touches little of the challenge's tables.
 */
public final class Reproduction {
    static final double REPRODUCED_SHARE = 0.5;
    static final int MIN_WORDS = 12;
    static final int N = 4;
    /** The kinds of text the coach shows, as a verdict names them. */
    private static final List<String> KINDS = List.of("the reference answer", "the feedback", "the hints");
    /** The verdict on an answer that reproduces no one kind of text but all of them together. */
    static final String ALL_SHOWN = "what the coach showed";

    private Reproduction() {}

    /**
     * The check a session makes on every answer it grades, and {@code coach content check} on calibration
     * samples, so that both refuse the same answers: whether the answer reproduces what the coach shows
     * for its challenge ({@link #of}), said as a clause for the learner, e.g. "this answer repeats the
     * reference answer the coach has for this question".
     *
     * @param challenge the challenge answered
     * @param answer the answer
     * @return why the answer is a copy, or empty when it is not one
     */
    public static Optional<String> copied(Challenge challenge, Answer answer) {
        return of(challenge, answer.text()).map(Reproduction::clause);
    }

    /** What an answer repeats, as a clause with its subject: one for each verdict of {@link #of}. */
    static String clause(String verdict) {
        return verdict.equals(ALL_SHOWN)
                ? "this answer repeats what the coach shows for this question (its reference answer, feedback and "
                        + "hints, taken together)"
                : "this answer repeats " + verdict + " the coach has for this question";
    }

    /**
     * Whether an answer reproduces what the coach shows for a challenge, and which text.
     *
     * @param challenge the challenge answered
     * @param answer the answer text
     * @return what it reproduces ("the reference answer", "the feedback", "the hints", or "{@value #ALL_SHOWN}"
     *     when only all of them together make up enough of it), or empty
     */
    public static Optional<String> of(Challenge challenge, String answer) {
        var words = AnswerWords.of(answer);
        if (words.count() < MIN_WORDS) {
            return Optional.empty();
        }
        var shown = Shown.of(challenge);
        int[] own = words.numbers();
        // the answer's distinct 4-grams, by its own word numbers: packed into longs when they fit
        boolean packs = words.distinct() <= PackedGrams.MAX_NUMBER;
        var packed = packs ? new PackedGrams(own.length - N + 1) : null;
        var grams = packs ? null : new Grams(own.length - N + 1);
        // per own number: its number among the shown words, -1 when not shown, 0 not looked up yet
        int[] shownNumber = new int[own.length + 1];
        int[] gram = new int[N];
        int[] hits = new int[KINDS.size()];
        int hitAll = 0;
        for (int i = 0; i + N <= own.length; i++) {
            boolean first = packs ? packed.add(PackedGrams.pack(own, i)) : grams.add(own, i, 1);
            if (!first || !shown.filter().mightContain(GramFilter.hash(words.hash(i), words.hash(i + 1),
                    words.hash(i + 2), words.hash(i + 3)))) {
                continue; // seen already, or certainly not shown
            }
            boolean known = true;
            for (int k = 0; k < N && known; k++) {
                int w = i + k;
                if (shownNumber[own[w]] == 0) {
                    int number = words.numberIn(shown.numbers(), w);
                    shownNumber[own[w]] = number == 0 ? -1 : number;
                }
                gram[k] = shownNumber[own[w]];
                known = gram[k] > 0;
            }
            int kinds = known ? shown.grams().marks(gram, 0) : 0;
            if (kinds != 0) {
                hitAll++;
                for (int k = 0; k < hits.length; k++) {
                    if ((kinds & 1 << k) != 0) {
                        hits[k]++;
                    }
                }
            }
        }
        int distinct = packs ? packed.size() : grams.size();
        String best = null;
        double bestShare = 0;
        for (int k = 0; k < hits.length; k++) {
            double share = (double) hits[k] / distinct;
            if (share > bestShare) {
                bestShare = share;
                best = KINDS.get(k);
            }
        }
        if (bestShare >= REPRODUCED_SHARE) {
            return Optional.of(best);
        }
        return (double) hitAll / distinct >= REPRODUCED_SHARE ? Optional.of(ALL_SHOWN) : Optional.empty();
    }

    /**
     * What the coach shows for a challenge: its words numbered from 1, and the 4-grams of all its text,
     * each marked with the kinds of text that hold it (bit k for {@code KINDS.get(k)}), computed once
     * per challenge (content, never answers), in a small bounded cache keyed by id and reused for the
     * same or an equal challenge.
     */
    private record Shown(Challenge challenge, WordNumbers numbers, Grams grams, GramFilter filter) {
        private static final int LIMIT = 2_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, Shown> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Shown of(Challenge challenge) {
            var cached = CACHE.get(challenge.id());
            if (cached != null && (cached.challenge() == challenge || cached.challenge().equals(challenge))) {
                return cached;
            }
            var numbers = new WordNumbers();
            var texts = List.of(List.of(challenge.referenceAnswer()), feedback(challenge), challenge.hints());
            var numbered = new ArrayList<int[]>();
            var hashes = new ArrayList<int[]>();
            var kinds = new ArrayList<Integer>();
            int total = 0;
            for (int k = 0; k < texts.size(); k++) {
                for (String text : texts.get(k)) {
                    var words = words(text);
                    int[] ids = new int[words.size()];
                    int[] wordHashes = new int[words.size()];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = numbers.add(words.get(i));
                        wordHashes[i] = words.get(i).hashCode();
                    }
                    numbered.add(ids);
                    hashes.add(wordHashes);
                    kinds.add(k);
                    total += Math.max(0, ids.length - N + 1);
                }
            }
            var grams = new Grams(total);
            var filter = new GramFilter(total);
            for (int t = 0; t < numbered.size(); t++) {
                int[] ids = numbered.get(t);
                int[] h = hashes.get(t);
                for (int i = 0; i + N <= ids.length; i++) {
                    grams.add(ids, i, 1 << kinds.get(t));
                    filter.add(GramFilter.hash(h[i], h[i + 1], h[i + 2], h[i + 3]));
                }
            }
            var shown = new Shown(challenge, numbers, grams, filter);
            if (CACHE.size() >= LIMIT) {
                CACHE.clear();
            }
            CACHE.put(challenge.id(), shown);
            return shown;
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
        String folded = AnswerWords.ascii(text) ? text.toLowerCase(Locale.ROOT)
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
