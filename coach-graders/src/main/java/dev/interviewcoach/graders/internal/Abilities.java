package dev.interviewcoach.graders.internal;

import java.util.Locale;
import java.util.Set;

/**
 * An "-able" word also says what can be done: "cacheable" says "can be cached", "retryable" "can be
 * retried", "sortable" "can be sorted". The answer's word stands for its verb's stem as well, so a rubric
 * phrase "GET can be cached" is met by "GET is safe, cacheable". Only words of eight letters or more
 * whose verb keeps four letters, and not the words whose "-able" names something else.
 */
final class Abilities {
    /** "-able" words that do not say "can be X-ed" of a verb a rubric means by X. */
    private static final Set<String> OTHER_MEANINGS = Set.of("portable", "variable", "applicable", "comfortable",
            "vulnerable", "considerable", "suitable", "notable", "probable", "valuable", "reasonable", "sustainable");

    private Abilities() {}

    /** The stem of the verb an "-able" word at {@code [start, end)} is built on, or null. */
    static String verbStem(String text, int start, int end) {
        int length = end - start;
        if (length < 8 || !text.regionMatches(true, end - 4, "able", 0, 4)) {
            return null;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (OTHER_MEANINGS.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return Stems.forAnswer().stem(word.substring(0, length - 4));
    }
}
