package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Ideas the candidate names while saying they do not know them: "maybe separate liveness and
 * readiness? not sure of the exact difference", "I've heard of burn-rate alerts but don't know the
 * math", "409 I think, or 412? Not sure which". Naming an idea and saying one does not know it is half
 * the evidence of knowing it, as an interviewer hears it. The candidate's own doubt is read from "not
 * sure", "no idea", and "don't know" or "don't remember" with the candidate as their subject ("I don't
 * know", "but dont know"), never a sentence about what a system knows ("the client doesn't know whether
 * the charge went through"). It covers its own sentence, and the sentence before when it opens a short
 * one of its own that names nothing new ("Not sure which one.", "not sure of the exact difference"; "Not
 * sure about s-maxage." doubts s-maxage, not the sentence before).
 */
final class Unsure {
    private Unsure() {}

    /** What an idea named in doubt keeps of its credit. */
    static final double KEPT = 0.5;
    /** A sentence of doubt this short, opening with it, speaks of the sentence before. */
    private static final int TAG_TOKENS = 6;
    /** Where in its sentence doubt must open to speak of the sentence before. */
    private static final int TAG_OPENS_BY = 2;
    /** Words that may stand between "not" and "sure", or between "don't" and "know". */
    private static final Set<String> FILLERS = Set.of("100", "really", "quite", "totally", "entirely", "fully", "exactly",
            "too", "so", "actually", "remotely");
    private static final Set<String> DONT = Set.of("don't", "dont", "didn't", "didnt", "can't", "cant", "cannot");
    /** Words after which "don't know" is the candidate's own: the subject, or a clause joined to theirs. */
    private static final Set<String> OWN_SUBJECT = Set.of("i", "honestly", "tbh", "but", "and", "really", "still");

    /** Halves, in place, the credit of each idea found in a sentence of doubt ({@link #covered}). */
    static void halve(AnalyzedText answer, java.util.BitSet covered, IdeaMatches.Found[] found) {
        if (covered.isEmpty()) {
            return;
        }
        for (int i = 0; i < found.length; i++) {
            var f = found[i];
            if (f.span() != null && f.credit() > 0 && covered.get(answer.sentenceAt(f.span().start()))) {
                found[i] = new IdeaMatches.Found(f.credit() * KEPT, f.span());
            }
        }
    }

    /**
     * The sentences doubt covers, in one pass over the answer: each that says the candidate is unsure,
     * and each before a short one that opens by saying so and names nothing new.
     */
    static java.util.BitSet covered(AnalyzedText answer) {
        var covered = new java.util.BitSet();
        int first = 0;
        for (int t = 0; t < answer.size; t++) {
            if (t > 0 && answer.sentences[t] != answer.sentences[t - 1]) {
                first = t;
            }
            int last = doubt(answer, t);
            if (last < 0) {
                continue;
            }
            int sentence = answer.sentences[t];
            covered.set(sentence);
            if (sentence > 0 && t - first <= TAG_OPENS_BY && tokensIn(answer, first, sentence) <= TAG_TOKENS
                    && namesNothingNew(answer, last + 1, sentence)) {
                covered.set(sentence - 1);
            }
        }
        return covered;
    }

    private static int tokensIn(AnalyzedText answer, int first, int sentence) {
        int n = 0;
        for (int t = first; t < answer.size && answer.sentences[t] == sentence; t++) {
            n++;
        }
        return n;
    }

    /** Words a short sentence of doubt may say and still speak of the sentence before: "which one", "the details". */
    private static final Set<String> GENERIC = Set.of("which", "one", "exact", "exactly", "difference", "detail", "details",
            "side", "part", "math", "number", "numbers", "how", "why", "what", "works", "work", "right", "correct", "name",
            "syntax", "thing", "it", "that", "this", "about", "of", "on", "the", "a", "if", "whether", "is", "here");

    /** Whether the rest of a sentence, from token {@code from}, says only generic words. */
    private static boolean namesNothingNew(AnalyzedText answer, int from, int sentence) {
        for (int t = from; t < answer.size && answer.sentences[t] == sentence; t++) {
            if (!GENERIC.contains(word(answer, t))) {
                return false;
            }
        }
        return true;
    }

    /** The last token of a phrase of doubt starting at token {@code t}, or -1. */
    static int doubt(AnalyzedText answer, int t) {
        if (answer.kinds[t] != AnalyzedText.NEGATOR) {
            return -1; // every phrase of doubt opens with a negator: "not sure", "no idea", "don't know"
        }
        String w = word(answer, t);
        if (w.equals("not")) {
            int next = skipFillers(answer, t + 1);
            if (next >= 0 && word(answer, next).equals("sure")) {
                return next;
            }
            // else perhaps "do not know", below
        }
        if (w.equals("no")) {
            return t + 1 < answer.size && same(answer, t, t + 1) && word(answer, t + 1).equals("idea") ? t + 1 : -1;
        }
        boolean negated = DONT.contains(w) || w.equals("not") && t > 0 && same(answer, t - 1, t)
                && (word(answer, t - 1).equals("do") || word(answer, t - 1).equals("did"));
        if (!negated || !ownSubject(answer, t)) {
            return -1;
        }
        int next = skipFillers(answer, t + 1);
        if (next < 0) {
            return -1;
        }
        String verb = word(answer, next);
        return verb.equals("know") || verb.startsWith("remember") || verb.startsWith("recall") ? next : -1;
    }

    /** Whether "don't" at {@code t} has the candidate as its subject: "I don't", "but dont", or a clause of its own. */
    private static boolean ownSubject(AnalyzedText answer, int t) {
        int before = t - 1;
        if (before >= 0 && same(answer, before, t) && (word(answer, before).equals("do") || word(answer, before).equals("did"))) {
            before--;
        }
        if (before < 0 || !same(answer, before, t)) {
            return true; // opens its sentence: "Don't know the exact number."
        }
        return Polarity.clauseBreakBetween(answer.text, answer.ends[before], answer.starts[before + 1])
                || answer.text.substring(answer.ends[before], answer.starts[before + 1]).indexOf('(') >= 0
                || OWN_SUBJECT.contains(word(answer, before));
    }

    private static int skipFillers(AnalyzedText answer, int t) {
        for (int i = t; i < answer.size && i <= t + 1 && same(answer, t - 1, i); i++) {
            if (!FILLERS.contains(word(answer, i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(AnalyzedText answer, int a, int b) {
        return a >= 0 && b < answer.size && answer.sentences[a] == answer.sentences[b];
    }

    private static String word(AnalyzedText answer, int t) {
        return Rejection.surface(answer, t).replace('\u2019', '\'');
    }
}
