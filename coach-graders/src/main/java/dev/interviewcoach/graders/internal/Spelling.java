package dev.interviewcoach.graders.internal;

import java.util.List;

/**
 * Finds a misspelling of a word among the words of an answer: same first letter, and at most one edit
 * (insert, delete, substitute or swap two neighbours) for words of four to seven letters, two for
 * longer words. Shorter words must match exactly: one edit turns too many of them into other words.
 */
final class Spelling {
    static final int MIN_LENGTH = 4;
    static final int TWO_EDITS_FROM = 8;

    private Spelling() {}

    /** The index in {@code candidates} of the first closest misspelling of {@code word}, or -1. */
    static int nearest(String word, List<String> candidates) {
        return nearest(word, candidates, Integer.MAX_VALUE);
    }

    /**
     * The index in {@code candidates} of the first closest misspelling of {@code word} within at most
     * {@code maxEdits} edits (and the edits its length allows), or -1.
     */
    static int nearest(String word, List<String> candidates, int maxEdits) {
        int limit = Math.min(maxEdits, allowedEdits(word));
        if (limit == 0) {
            return -1;
        }
        int best = -1;
        int bestDistance = limit + 1;
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            if (c.isEmpty() || c.charAt(0) != word.charAt(0) || Math.abs(c.length() - word.length()) > limit
                    || allowedEdits(c) == 0) {
                continue;
            }
            int d = distance(word, c, bestDistance - 1);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
                if (d == 1) {
                    break;
                }
            }
        }
        return best;
    }

    private static int allowedEdits(String word) {
        if (word.length() < MIN_LENGTH) {
            return 0;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return 0;
            }
        }
        return word.length() >= TWO_EDITS_FROM ? 2 : 1;
    }

    /** Optimal-string-alignment distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], limit + 1);
    }
}
