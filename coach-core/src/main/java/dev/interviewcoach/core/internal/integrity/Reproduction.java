package dev.interviewcoach.core.internal.integrity;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises an answer that reproduces what the coach itself shows for a challenge: its feedback
 * (criterion feedback, misconception corrections, follow-up questions), its hints or its reference
 * answer. Pasting the feedback back is not evidence of knowing it, so such an answer earns no mastery.
 *
 * <p>An answer reproduces shown text when at least {@value #REPRODUCED_SHARE} of its word 4-grams
 * appear in that text; answers under {@value #MIN_WORDS} words are never judged (a short answer
 * shares phrases with anything). Independent answers, even strong ones, share far fewer 4-grams with
 * a reference answer. Nothing is kept after a check.
 */
public final class Reproduction {
    static final double REPRODUCED_SHARE = 0.5;
    static final int MIN_WORDS = 12;
    private static final int N = 4;

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
        var shingles = shingles(words);
        if (shingles.isEmpty()) {
            return Optional.empty();
        }
        var shown = Shown.of(challenge);
        String best = null;
        double bestShare = 0;
        for (var source : shown.sources()) {
            double share = share(shingles, source.shingles());
            if (share > bestShare) {
                bestShare = share;
                best = source.name();
            }
        }
        if (bestShare >= REPRODUCED_SHARE) {
            return Optional.of(best);
        }
        return share(shingles, shown.all()) >= REPRODUCED_SHARE ? Optional.of("what the coach showed") : Optional.empty();
    }

    /** One kind of text the coach shows, as its 4-gram set. */
    private record Source(String name, Set<String> shingles) {}

    /**
     * What the coach shows for a challenge, as 4-gram sets: computed once per challenge (content, never
     * answers), in a small bounded cache keyed by id and reused for an equal challenge.
     */
    private record Shown(Challenge challenge, List<Source> sources, Set<String> all) {
        private static final int LIMIT = 2_000;
        private static final java.util.concurrent.ConcurrentHashMap<String, Shown> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static Shown of(Challenge challenge) {
            var cached = CACHE.get(challenge.id());
            if (cached != null && (cached.challenge() == challenge || cached.challenge().equals(challenge))) {
                return cached;
            }
            var sources = List.of(
                    source("the reference answer", List.of(challenge.referenceAnswer())),
                    source("the feedback", feedback(challenge)),
                    source("the hints", challenge.hints()));
            var all = new HashSet<String>();
            sources.forEach(src -> all.addAll(src.shingles()));
            var shown = new Shown(challenge, sources, Set.copyOf(all));
            if (CACHE.size() >= LIMIT) {
                CACHE.clear();
            }
            CACHE.put(challenge.id(), shown);
            return shown;
        }

        private static Source source(String name, List<String> texts) {
            var shingles = new HashSet<String>();
            texts.forEach(t -> shingles.addAll(shingles(words(t))));
            return new Source(name, Set.copyOf(shingles));
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

    private static double share(Set<String> shingles, Set<String> shown) {
        int hit = 0;
        for (String s : shingles) {
            if (shown.contains(s)) {
                hit++;
            }
        }
        return (double) hit / shingles.size();
    }

    private static Set<String> shingles(List<String> words) {
        var out = new HashSet<String>();
        for (int i = 0; i + N <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + N)));
        }
        return out;
    }

    /** Lowercase words of letters and digits; layout, punctuation and accents do not matter. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                current.append(ch);
            } else if (Character.getType(ch) != Character.NON_SPACING_MARK && Character.getType(ch) != Character.FORMAT
                    && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
