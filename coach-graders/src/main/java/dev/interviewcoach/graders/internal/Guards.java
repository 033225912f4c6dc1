package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Discounts that stop answers scoring for the wrong reasons: a pile of terms with no sentence
 * around them (keyword soup), the same pile padded with one or two grammar words ("keep alive the
 * timeout shorter the idle"), a dump of nearly every word the rubric's evidence uses, and an answer
 * that mostly repeats the question (echo).
 */
final class Guards {
    /** At or above this share of function words an answer reads as prose and is not discounted. */
    static final double PROSE_RATIO = 0.20;
    /** At or below this share it reads as a bare list of terms and earns nothing. */
    static final double SOUP_RATIO = 0.06;
    /** Share of an answer's content words that must be new (not from the question) to escape the echo discount. */
    static final double NOVEL_ENOUGH = 0.30;
    static final double ECHO_NOVELTY = 0.05;
    /** Answers this short are judged on their evidence alone. */
    static final int SHORT = 6;

    private Guards() {}

    /** From this many grammar words on, an answer is expected to vary them. */
    static final int VARIED_FROM = 8;
    /**
     * Shares of an answer's grammar words that its most frequent one may take before the answer reads
     * as terms padded with it, and at which it earns nothing. In independently written answers the
     * most frequent ("the", "a") takes at most about 0.4 (one poor answer 0.6), but dense technical
     * prose a little over half (a reference answer's first half: "the database rollback cannot undo the
     * charge ... the customer is charged and the order disappears"), which a note added to it then
     * "raised" by diluting; terms with "the" after every few take 0.85 or more. The ramp stops at 0.70
     * so that a dump of a follow-up's evidence padded that way still earns nothing in four cases of five.
     */
    static final double PADDED_FROM = 0.55;
    static final double PADDED_AT = 0.70;
    /**
     * Shares of the rubric's evidence words an answer may use before it reads as a dump of them, and
     * at which it earns nothing. Independently written answers, even long strong ones, use at most
     * about 0.65; a model answer written with the rubric in view, on a rubric of 40-60 evidence words,
     * up to about 0.8; a dump of the rubric's words nearly all.
     */
    static final double DUMP_FROM = 0.80;
    static final double DUMP_AT = 0.95;
    /** Rubrics with fewer evidence words than this are too small for the share to say anything. */
    static final int DUMP_MIN_VOCABULARY = 40;

    /**
     * What each discount leaves of an answer's credit, worked out once: the product is what the answer
     * keeps, and the parts below one are what its feedback names.
     */
    record Discount(double soup, double padding, double dump, double echo) {
        double factor() {
            return soup * padding * dump * echo;
        }

        /**
         * What the discounts took, in words for the learner, or "" when they took nothing: which of them
         * applied and what share of its credit the answer kept.
         */
        String reason() {
            double factor = factor();
            if (factor >= 1) {
                return "";
            }
            var parts = new java.util.ArrayList<String>();
            if (soup < 1) {
                parts.add("it reads as a list of terms rather than sentences that connect them");
            }
            if (padding < 1) {
                parts.add("its grammar is one word repeated between terms");
            }
            if (dump < 1) {
                parts.add("it uses nearly every term the question could call for at once");
            }
            if (echo < 1) {
                parts.add("most of it repeats the question");
            }
            long kept = Math.round(factor * 100);
            return String.join(" and ", parts) + (kept == 0 ? ", so its words earn nothing"
                    : ", so what it says earns " + kept + " % of its credit");
        }
    }

    static Discount discount(AnalyzedText answer, Set<String> questionStems, Set<Long> questionPairs,
            Set<String> evidenceStems, Set<Long> copyGrams) {
        return new Discount(soup(answer), padding(answer), dump(answer, evidenceStems),
                echo(answer, questionStems, questionPairs, copyGrams));
    }

    /**
     * How many neighbouring content words an answer must copy from the question or its scenario for
     * them to count as pasted: a log line or a sentence of the prompt, not a term or a quoted value
     * ("rows=15000", "Seq Scan").
     */
    static final int COPY_RUN = 4;

    /**
     * The runs of {@value #COPY_RUN} neighbouring content stems of a text, each as a 64-bit hash of its
     * stems in order (no string is built per word of a long answer).
     */
    static Set<Long> grams(AnalyzedText text) {
        var grams = new java.util.HashSet<Long>();
        for (int c = 0; c + COPY_RUN <= text.contentCount; c++) {
            grams.add(gram(text, c));
        }
        return Set.copyOf(grams);
    }

    private static long gram(AnalyzedText text, int from) {
        long h = 1;
        for (int i = from; i < from + COPY_RUN; i++) {
            h = h * 1_000_003L + text.stems[text.contentTokens[i]].hashCode();
        }
        return h;
    }

    /** Per content position of the answer, whether it stands in a run copied from the question or its scenario. */
    static boolean[] copied(AnalyzedText answer, Set<Long> copyGrams) {
        boolean[] copied = new boolean[answer.contentCount];
        if (!copyGrams.isEmpty()) {
            for (int c = 0; c + COPY_RUN <= answer.contentCount; c++) {
                if (copyGrams.contains(gram(answer, c))) {
                    java.util.Arrays.fill(copied, c, c + COPY_RUN, true);
                }
            }
        }
        return copied;
    }

    /**
     * The stems the answer uses at least once outside a run copied from the question or its scenario:
     * the words it wrote itself. An answer that pastes the scenario's log and the question back has
     * none of its own, however many of the rubric's words the log holds.
     */
    static Set<String> written(AnalyzedText answer, boolean[] copied) {
        var written = new java.util.HashSet<String>();
        for (int c = 0; c < answer.contentCount; c++) {
            if (!copied[c]) {
                written.add(answer.stems[answer.contentTokens[c]]);
            }
        }
        return written;
    }

    /** Whether the answer's grammar is one word repeated: terms padded to look like prose. */
    static double padding(AnalyzedText answer) {
        if (answer.grammarTokens < VARIED_FROM) {
            return 1.0;
        }
        return 1 - ramp((double) answer.topGrammarToken / answer.grammarTokens, PADDED_FROM, PADDED_AT);
    }

    /** Whether the answer uses nearly every word of the rubric's evidence, as only a dump of them does. */
    static double dump(AnalyzedText answer, Set<String> evidenceStems) {
        if (evidenceStems.size() < DUMP_MIN_VOCABULARY || answer.wordCount < SHORT) {
            return 1.0;
        }
        int used = 0;
        for (String stem : evidenceStems) {
            if (answer.positions.containsKey(stem)) {
                used++;
            }
        }
        double share = (double) used / evidenceStems.size();
        return 1 - ramp(share, DUMP_FROM, DUMP_AT);
    }

    /** Pairs of neighbouring content stems within a sentence, each as a 64-bit hash of the two stems in order. */
    static Set<Long> pairs(AnalyzedText text) {
        var pairs = new java.util.HashSet<Long>();
        for (int c = 1; c < text.contentCount; c++) {
            if (text.contentSentence[c] == text.contentSentence[c - 1]) {
                pairs.add(pair(text, c));
            }
        }
        return Set.copyOf(pairs);
    }

    /** The pair of content stems ending at content position c. */
    private static long pair(AnalyzedText text, int c) {
        return text.stems[text.contentTokens[c - 1]].hashCode() * 1_000_003L + text.stems[text.contentTokens[c]].hashCode();
    }

    /** A list of at least this many words with no sentence around it is keyword soup whatever the question. */
    static final int LONG_SOUP_WORDS = 16;

    /** Whether the answer is a long list of terms without a single grammar word. */
    static boolean isLongSoup(AnalyzedText answer) {
        return answer.wordCount >= LONG_SOUP_WORDS && answer.grammarWordCount == 0;
    }

    /**
     * Notes: an answer of at least this many lines, with this many words a line on average, is laid out
     * as statements (terse bullets: "- upload: API returns presigned PUT, browser uploads direct"), whose
     * grammar is thinner than prose's; it reads as prose from {@link #NOTES_PROSE_RATIO}. A list of terms,
     * on one line or a few words a line, is not notes.
     */
    static final int NOTES_LINES = 3;
    static final int NOTES_WORDS_PER_LINE = 6;
    static final double NOTES_PROSE_RATIO = 0.12;

    static double soup(AnalyzedText answer) {
        if (answer.wordCount < SHORT) {
            return 1.0;
        }
        boolean notes = answer.wordLines >= NOTES_LINES && answer.wordCount >= NOTES_WORDS_PER_LINE * answer.wordLines;
        return ramp(answer.functionWordRatio(), SOUP_RATIO, notes ? NOTES_PROSE_RATIO : PROSE_RATIO);
    }

    /**
     * The echo discount: how much of what the answer wrote is new, by its own distinct words (a word
     * it only copies within a run of the question or its scenario is not its own) or, for a terse
     * answer that pairs the question's words in new ways ("PUT: idempotent"), by its pairs of
     * neighbouring words (a pair copied with such a run is not its own either), whichever is newer. Words read in from an option letter do not count.
     */
    static double echo(AnalyzedText answer, Set<String> questionStems, Set<Long> questionPairs,
            Set<Long> copyGrams) {
        var distinct = answer.ownStems;
        if (distinct.isEmpty()) {
            return 1.0;
        }
        boolean[] copied = copied(answer, copyGrams);
        boolean anyCopied = false;
        for (boolean c : copied) {
            anyCopied |= c;
        }
        // nothing pasted (the usual case): every word and pair is the answer's own, no set of them to build
        var written = anyCopied ? written(answer, copied) : null;
        int novel = 0;
        for (String stem : distinct) {
            if (!questionStems.contains(stem) && (written == null || written.contains(stem))) {
                novel++;
            }
        }
        double wordNovelty = (double) novel / distinct.size();
        // every pair, and the answer's own ones: a pair of words copied together from the scenario is
        // not the answer's own pairing
        var pairs = new java.util.HashSet<Long>(answer.contentCount * 2);
        var ownPairs = anyCopied ? new java.util.HashSet<Long>(answer.contentCount * 2) : pairs;
        for (int c = 1; c < answer.contentCount; c++) {
            if (answer.contentSentence[c] == answer.contentSentence[c - 1]) {
                long pair = pair(answer, c);
                pairs.add(pair);
                if (anyCopied && !(copied[c - 1] && copied[c])) {
                    ownPairs.add(pair);
                }
            }
        }
        int novelPairs = 0;
        for (long pair : pairs) {
            if (!questionPairs.contains(pair) && ownPairs.contains(pair)) {
                novelPairs++;
            }
        }
        double pairNovelty = pairs.size() < 3 ? 0 : (double) novelPairs / pairs.size() / 2;
        return ramp(Math.max(wordNovelty, pairNovelty), ECHO_NOVELTY, NOVEL_ENOUGH);
    }

    private static double ramp(double x, double zeroAt, double oneAt) {
        if (x <= zeroAt) {
            return 0;
        }
        if (x >= oneAt) {
            return 1;
        }
        return (x - zeroAt) / (oneAt - zeroAt);
    }
}
