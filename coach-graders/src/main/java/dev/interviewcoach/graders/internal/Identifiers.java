package dev.interviewcoach.graders.internal;

import java.util.Arrays;

/**
 * Splits code identifiers into the words they are made of: {@code next_cursor}, {@code createdAt},
 * {@code http.Server}, {@code ReadTimeout}. A capital starts a new word only after a lowercase letter
 * and before another lowercase one, so acronyms such as {@code PostgreSQL} or {@code GraphQL} stay whole.
 */
final class Identifiers {
    private Identifiers() {}

    /** Whether the token has no separators, so any split of it is by capitals alone. */
    static boolean isCamelCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '_' || text.charAt(i) == '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The character ranges of the words in {@code text[start, end)}, as start/end pairs, or null when
     * the token is one word.
     */
    static int[] split(String text, int start, int end) {
        if (isDecimal(text, start, end)) {
            return null; // "86.4k", "12.75ms", "99.95": one number, which Quantities reads
        }
        int[] ranges = new int[8];
        int n = 0;
        int wordStart = start;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            boolean separator = ch == '_' || ch == '.';
            boolean camel = i > wordStart && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(ch)
                    && i + 1 < end && Character.isLowerCase(text.charAt(i + 1));
            if (separator || camel) {
                if (i > wordStart) {
                    if (n + 2 > ranges.length) {
                        ranges = Arrays.copyOf(ranges, ranges.length * 2);
                    }
                    ranges[n++] = wordStart;
                    ranges[n++] = i;
                }
                wordStart = separator ? i + 1 : i;
            }
        }
        if (n == 0) {
            return null;
        }
        if (end > wordStart) {
            if (n + 2 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length + 2);
            }
            ranges[n++] = wordStart;
            ranges[n++] = end;
        }
        // Abbreviations with dots ("e.g", "i.e") are words of their own, not identifiers.
        for (int p = 0; p < n; p += 2) {
            if (ranges[p + 1] - ranges[p] < 2 || !Character.isLetterOrDigit(text.charAt(ranges[p]))) {
                return null;
            }
        }
        return Arrays.copyOf(ranges, n);
    }

    /** Whether the token is a decimal number, with letters after it at most: digits, one point, digits, letters. */
    private static boolean isDecimal(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == start || i + 1 >= end || text.charAt(i) != '.' || !Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        i++;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i == end;
    }
}
