package dev.interviewcoach.graders.internal;

import java.util.Arrays;

/** Searches in a stem's sorted content positions, as a phrase matches its words in an answer. */
final class Positions {
    /**
     * How far back (in content words) the subject of the sentence before may stand: "Keep the
     * transaction short. No remote calls inside." says "no remote calls inside the transaction".
     */
    static final int CARRY_REACH = 30;

    private Positions() {}

    /** The first position in the sorted list after p, or -1. */
    static int successor(int[] sorted, int p) {
        int i = Arrays.binarySearch(sorted, p + 1);
        int at = i >= 0 ? i : -i - 1;
        return at < sorted.length ? sorted[at] : -1;
    }

    /** Whether the sorted list has an occurrence in the sentence just before p's, within reach. */
    static boolean inSentenceBefore(int[] sorted, int p, int[] sentenceOf) {
        int i = Arrays.binarySearch(sorted, p);
        int at = (i >= 0 ? i : -i - 1) - 1;
        for (; at >= 0 && p - sorted[at] <= CARRY_REACH; at--) {
            int sentence = sentenceOf[sorted[at]];
            if (sentence == sentenceOf[p] - 1) {
                return true;
            }
            if (sentence < sentenceOf[p] - 1) {
                return false;
            }
        }
        return false;
    }

    /** The occurrence closest to p that is in p's sentence and within the window, or -1. */
    static int nearestInSentence(int[] sorted, int p, int[] sentenceOf, int window) {
        int i = Arrays.binarySearch(sorted, p);
        int right = i >= 0 ? i : -i - 1;
        int left = right - 1;
        int best = -1;
        if (right < sorted.length && sorted[right] - p <= window && sentenceOf[sorted[right]] == sentenceOf[p]) {
            best = sorted[right];
        }
        if (left >= 0 && p - sorted[left] <= window && sentenceOf[sorted[left]] == sentenceOf[p]
                && (best < 0 || p - sorted[left] <= best - p)) {
            best = sorted[left];
        }
        return best;
    }
}
