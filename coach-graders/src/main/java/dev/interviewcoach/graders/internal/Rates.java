package dev.interviewcoach.graders.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rate the same however it is written: {@code 6k/s}, {@code 6,000 per second} and {@code 6000 a
 * second} all say "6000 per second", and {@code 5 TB/day} says what {@code 5 TB per day} says. The
 * per-unit becomes one content token ({@code per_s}, {@code per_d}, …) beside the number, so "6k reads/s"
 * meets "6,000 reads per second" and "requests per second" is still the vocabulary's term.
 *
 * <p>Which forms are read, and where:
 * <ul>
 *   <li>{@code per} before a time word, anywhere ("writes per second", "per day");</li>
 *   <li>a time word joined by a slash to the word or number before it ({@code 6k/s}, {@code reads/sec},
 *       {@code 5 TB/day}); a bare letter ({@code s}, {@code h}, {@code d}, {@code y}) only this way;</li>
 *   <li>{@code a}, {@code an}, {@code each} or {@code every} before a time word, right after a number or
 *       a number and one word ("700 a second", "10M uploads a day"); elsewhere "a second" is an ordinal
 *       ("a second instance") and "each day" says nothing about a rate.</li>
 * </ul>
 * A rate unit that already says "per second" ({@code Gbps}, {@code Gbit}) swallows a {@code /s} after it.
 */
final class Rates {
    private Rates() {}

    /** Time words as written, lowercased, to their canonical unit. */
    private static final Map<String, String> TIME_WORDS = Map.ofEntries(
            Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
            Map.entry("min", "min"), Map.entry("mins", "min"), Map.entry("minute", "min"), Map.entry("minutes", "min"),
            Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"),
            Map.entry("day", "d"), Map.entry("days", "d"),
            Map.entry("wk", "wk"), Map.entry("week", "wk"), Map.entry("weeks", "wk"),
            Map.entry("mo", "mo"), Map.entry("month", "mo"), Map.entry("months", "mo"),
            Map.entry("yr", "y"), Map.entry("yrs", "y"), Map.entry("year", "y"), Map.entry("years", "y"));

    /** Single letters read as a time unit only after a slash ("6k/s"), where nothing else is meant. */
    private static final Map<String, String> SLASH_LETTERS = Map.of("s", "s", "h", "h", "d", "d", "y", "y");

    /** Words that make a time word after a number a rate ("700 a second"). */
    private static final Set<String> EACH = Set.of("a", "an", "each", "every");

    /** Units that are rates per second already. */
    private static final Set<String> PER_SECOND_UNITS = Set.of("gbps", "mbps");

    /**
     * Folds rates in a token list, after numbers and quantities are folded.
     *
     * @param tokens the tokens, changed in place
     * @param text the text they were read from
     */
    static void fold(TokenList tokens, String text) {
        int out = 0;
        for (int i = 0; i < tokens.size; ) {
            String unit;
            if (i + 1 < tokens.size && (unit = perUnit(tokens, text, i, out)) != null) {
                tokens.merge(i, i + 1, out++, "per_" + unit);
                i += 2;
            } else if ((unit = slashUnit(tokens, text, i, out)) != null) {
                if (unit.equals("s") && out > 0 && perSecondUnit(tokens.stems[out - 1])) {
                    i++; // "23 Gbit/s": the unit says it already
                    continue;
                }
                tokens.merge(i, i, out++, "per_" + unit);
                i++;
            } else {
                tokens.move(i++, out++);
            }
        }
        tokens.size = out;
    }

    /*
     * The list folds in place: tokens before position `out` are the ones kept so far, and the token
     * before i as the text has it is the one at out - 1.
     */

    /** The unit when tokens i and i + 1 say "per second", or "a second" after a number; else null. */
    private static String perUnit(TokenList tokens, String text, int i, int out) {
        // most tokens are neither: their stem (a function word's is the word) rules them out without a substring
        if (!tokens.stems[i].equals("per") && !EACH.contains(tokens.stems[i])) {
            return null;
        }
        String word = surface(tokens, text, i);
        if (word == null || !Quantities.adjacent(tokens, text, i)) {
            return null;
        }
        String next = surface(tokens, text, i + 1);
        String unit = next == null ? null : TIME_WORDS.get(next);
        if (unit == null) {
            return null;
        }
        if (word.equals("per")) {
            return unit;
        }
        return EACH.contains(word) && afterNumber(tokens, i, out) ? unit : null;
    }

    /** Whether token i follows a number or quantity, directly or with one content word between. */
    private static boolean afterNumber(TokenList tokens, int i, int out) {
        for (int back = 1; back <= 2 && out - back >= 0; back++) {
            int j = out - back;
            if (tokens.sentences[j] != tokens.sentences[i]) {
                return false;
            }
            if (isNumber(tokens.stems[j])) {
                return true;
            }
            if (tokens.kinds[j] != AnalyzedText.CONTENT) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNumber(String stem) {
        return !stem.isEmpty() && Character.isDigit(stem.charAt(0));
    }

    /** The unit of a time word joined by a slash to the token before it ("6k/s", "reads/sec"), or null. */
    private static String slashUnit(TokenList tokens, String text, int i, int out) {
        int before = out - 1;
        if (before < 0 || tokens.virtual[i] || tokens.starts[i] < 1 || tokens.starts[i] > text.length()
                || text.charAt(tokens.starts[i] - 1) != '/' || tokens.ends[before] != tokens.starts[i] - 1
                || tokens.sentences[before] != tokens.sentences[i]) {
            return null;
        }
        // "/orders/s": a path's segment, not a rate
        if (tokens.starts[before] > 0 && text.charAt(tokens.starts[before] - 1) == '/') {
            return null;
        }
        String word = surface(tokens, text, i);
        if (word == null || tokens.ends[i] < text.length() && text.charAt(tokens.ends[i]) == '/') {
            return null;
        }
        String unit = TIME_WORDS.get(word);
        return unit != null ? unit : SLASH_LETTERS.get(word);
    }

    private static boolean perSecondUnit(String stem) {
        int at = stem.indexOf('_');
        return at > 0 && isNumber(stem) && PER_SECOND_UNITS.contains(stem.substring(at + 1));
    }

    /** The token's text, lowercased, or null for a token read in from elsewhere or already folded. */
    private static String surface(TokenList tokens, String text, int i) {
        if (tokens.virtual[i] || tokens.ends[i] > text.length() || tokens.ends[i] - tokens.starts[i] > 8) {
            return null;
        }
        String word = text.substring(tokens.starts[i], tokens.ends[i]).toLowerCase(Locale.ROOT);
        return tokens.stems[i].indexOf('_') >= 0 ? null : word;
    }
}
