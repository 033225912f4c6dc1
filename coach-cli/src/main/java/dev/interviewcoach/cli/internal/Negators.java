package dev.interviewcoach.cli.internal;

import java.util.Locale;
import java.util.Set;

/** The negating word directly before a quoted passage, which the passage takes in so it reads as it was said. */
final class Negators {
    private static final Set<String> WORDS = Set.of("don't", "never", "no", "not", "without");
    /** The words before "not" that make one negator with it ("do not"). */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did");

    private Negators() {}

    /**
     * Where a passage starting at {@code start} begins once it takes in the negator directly before it:
     * the negator's first character ("do" of "do not"), or {@code start} when no negator stands there.
     * Only white space may stand between the two, and no blank line: a negator never reaches across a
     * sentence's end or a paragraph.
     *
     * @param text the answer
     * @param start where the passage starts, at the start of a word
     * @return the start of the passage with its negator
     */
    static int start(String text, int start) {
        int negator = wordBefore(text, start);
        if (negator == start || !isNegator(word(text, negator))) {
            return start;
        }
        if (word(text, negator).equals("not")) {
            int auxiliary = wordBefore(text, negator);
            if (auxiliary != negator && AUXILIARIES.contains(word(text, auxiliary))) {
                return auxiliary;
            }
        }
        return negator;
    }

    private static boolean isNegator(String word) {
        return WORDS.contains(word) || word.length() > 3 && word.endsWith("n't");
    }

    /** The start of the word separated from {@code at} by white space alone, or {@code at} when there is none. */
    private static int wordBefore(String text, int at) {
        int gap = at;
        while (gap > 0 && Character.isWhitespace(text.charAt(gap - 1))) {
            gap--;
        }
        if (gap == at || gap == 0 || text.substring(gap, at).chars().filter(c -> c == '\n').count() > 1) {
            return at;
        }
        int word = gap;
        while (word > 0 && isWordChar(text.charAt(word - 1))) {
            word--;
        }
        return word == gap ? at : word;
    }

    /** The word starting at {@code at}, in lower case, with a typographic apostrophe read as a plain one. */
    private static String word(String text, int at) {
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }
}
