package dev.interviewcoach.core.internal.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name an unknown one most likely misspells, by edit distance. */
final class Suggestions {
    private Suggestions() {}

    /**
     * The closest known name: within one edit for names up to five characters, two up to eight,
     * three beyond (an edit: insert, delete or replace a character, or swap two neighbours; case is
     * ignored), or one the unknown name begins (four characters at least: {@code timeLimit} for
     * {@code timeLimitSeconds}).
     *
     * @param unknown the name as written
     * @param known the names that exist
     * @return the suggestion, if any is close enough
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String u = unknown.toLowerCase(Locale.ROOT);
        int allowed = u.length() <= 5 ? 1 : u.length() <= 8 ? 2 : 3;
        return known.stream()
                .filter(k -> distance(u, k.toLowerCase(Locale.ROOT)) <= allowed
                        || (u.length() >= 4 && k.toLowerCase(Locale.ROOT).startsWith(u)))
                .min(Comparator.<String>comparingInt(k -> distance(u, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Optimal string alignment distance: Levenshtein with adjacent transpositions. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 16) {
            return Integer.MAX_VALUE; // far apart; also keeps a hostile key from costing a large table
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
