package dev.interviewcoach.graders.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers and quantities the same however they are written: {@code 6,000}, {@code 6000} and
 * {@code 6k} are one number, and a number with its unit is one word ({@code 5 TB}, {@code 5tb} and
 * {@code 5 terabytes} are {@code 5_tb}; {@code 100ms} and {@code 100 milliseconds} are {@code 100_ms}).
 * So "5 TB a day" is not met by "5 GB a day, about 1.8 TB a year", whose 5 and TB are two quantities,
 * and an answer that writes {@code 20k rps} meets a rubric that writes 20,000.
 *
 * <p>A lowercase {@code m} after a number is left as written ({@code 5m}: minutes or millions, no
 * telling); a capital one is millions ({@code 10M users}); only the unit words, the {@code k} of
 * thousands and that {@code M} are read. A number word is a number before a unit or a scale ({@code
 * ten minutes} is {@code 10_min}, {@code two million} 2000000), a word elsewhere ("one of them").
 * Numbers are compared as written (no rounding): 5.8k is 5800, not 6000. Rates ({@code 6k/s}, {@code
 * per day}) are read after this, by {@link Rates}.
 */
final class Quantities {
    private Quantities() {}

    /** Unit spellings, lowercased, to one canonical unit. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("b", "b"), Map.entry("byte", "b"), Map.entry("bytes", "b"),
            Map.entry("kb", "kb"), Map.entry("kilobyte", "kb"), Map.entry("kilobytes", "kb"), Map.entry("kib", "kb"),
            Map.entry("mb", "mb"), Map.entry("megabyte", "mb"), Map.entry("megabytes", "mb"), Map.entry("mib", "mb"),
            Map.entry("gb", "gb"), Map.entry("gigabyte", "gb"), Map.entry("gigabytes", "gb"), Map.entry("gib", "gb"),
            Map.entry("tb", "tb"), Map.entry("terabyte", "tb"), Map.entry("terabytes", "tb"), Map.entry("tib", "tb"),
            Map.entry("pb", "pb"), Map.entry("petabyte", "pb"), Map.entry("petabytes", "pb"), Map.entry("pib", "pb"),
            Map.entry("ms", "ms"), Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"), Map.entry("msec", "ms"),
            Map.entry("s", "s"), Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"),
            Map.entry("seconds", "s"),
            Map.entry("min", "min"), Map.entry("mins", "min"), Map.entry("minute", "min"), Map.entry("minutes", "min"),
            Map.entry("h", "h"), Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"),
            Map.entry("day", "d"), Map.entry("days", "d"),
            Map.entry("gbps", "gbps"), Map.entry("gbit", "gbps"), Map.entry("mbps", "mbps"), Map.entry("mbit", "mbps"));

    /** Number words, read as numbers only before a unit or a scale ("ten minutes", not "one of them"). */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90),
            Map.entry("hundred", 100));

    /** Each canonical unit as the word a rubric says without a number ("for minutes", "in seconds"), stemmed. */
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("b", "byte"), Map.entry("kb", "kb"), Map.entry("mb", "mb"), Map.entry("gb", "gb"),
            Map.entry("tb", "tb"), Map.entry("pb", "pb"), Map.entry("ms", "millisecond"), Map.entry("s", "second"),
            Map.entry("min", "minut"), Map.entry("h", "hour"), Map.entry("d", "day"), Map.entry("gbps", "gbps"),
            Map.entry("mbps", "mbps"));

    /** Number words that multiply the number before them. */
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000));

    /** A number as written: digits with thousands commas or a decimal point, then a k, or a unit joined to it. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(k|[a-z]+)?");

    /**
     * Folds quantities in a token list: a number's canonical digits, and a number followed by a unit
     * (in the same sentence, nothing but spaces between) merged into one content token.
     *
     * @param tokens the tokens, changed in place
     * @param text the text they were read from
     */
    static void fold(TokenList tokens, String text) {
        int out = 0;
        for (int i = 0; i < tokens.size; ) {
            // most tokens are words: only one that starts with a digit, or a number word, is looked at closer
            String surface = tokens.starts[i] < text.length() && Character.isDigit(text.charAt(tokens.starts[i]))
                    ? surface(tokens, text, i) : null;
            Matcher m = surface == null ? null : NUMBER.matcher(surface);
            Integer word = surface != null ? null : numberWord(tokens, text, i);
            if (word == null && (m == null || !m.matches())) {
                tokens.move(i++, out++);
                continue;
            }
            BigDecimal value = word != null ? BigDecimal.valueOf(word) : new BigDecimal(m.group(1).replace(",", ""));
            String suffix = word != null ? null : m.group(2);
            String unit = null;
            if ("k".equals(suffix)) {
                value = value.multiply(BigDecimal.valueOf(1_000));
            } else if ("m".equals(suffix) && text.charAt(tokens.starts[i] + m.start(2)) == 'M') {
                value = value.multiply(BigDecimal.valueOf(1_000_000)); // "10M users"; a small "5m" is left as written
            } else if (suffix != null) {
                // "the 500s", "404s": status codes in the plural, not seconds
                boolean statusCodes = suffix.equals("s") && m.group(1).length() == 3 && m.group(1).charAt(0) >= '1'
                        && m.group(1).charAt(0) <= '5';
                unit = statusCodes ? null : UNITS.get(suffix);
                if (unit == null) {
                    tokens.move(i++, out++); // "5m", "v2", "3rd": not a quantity this reads
                    continue;
                }
            }
            int last = i;
            if (unit == null && i + 1 < tokens.size && adjacent(tokens, text, i)) {
                String next = surface(tokens, text, i + 1);
                BigDecimal scale = next == null ? null : SCALES.get(next);
                if (scale != null) {
                    value = value.multiply(scale);
                    last = i + 1;
                }
            }
            if (unit == null && last + 1 < tokens.size && adjacent(tokens, text, last)) {
                String next = surface(tokens, text, last + 1);
                if (next != null && UNITS.containsKey(next)) {
                    unit = UNITS.get(next);
                    last = last + 1;
                }
            }
            if (word != null && unit == null && last == i) {
                tokens.move(i++, out++); // "one of them", "two replicas": a word, not a quantity
                continue;
            }
            String number = value.stripTrailingZeros().toPlainString();
            int from = out > 0 && tokens.kinds[out - 1] != AnalyzedText.CONTENT && "to".equals(tokens.stems[out - 1])
                    ? out - 2 : out - 1;
            if (unit != null && from >= 0 && rangeBefore(tokens, text, from, i)) {
                tokens.stems[from] = tokens.stems[from] + "_" + unit; // "100-200 ms": 100 ms to 200 ms
            }
            // a quantity is never longer than what it was read from, so the list folds in place
            tokens.merge(i, last, out++, unit == null ? number : number + "_" + unit);
            i = last + 1;
        }
        tokens.size = out;
    }

    /**
     * Whether the kept token {@code before} is a bare number that starts a range ending at token {@code
     * i}: "100-200 ms", "5 to 10 minutes", "100–200ms". The range's unit is then the first number's too.
     */
    private static boolean rangeBefore(TokenList tokens, String text, int before, int i) {
        String stem = tokens.stems[before];
        if (tokens.virtual[before] || tokens.sentences[before] != tokens.sentences[i] || stem.isEmpty()
                || stem.indexOf('_') >= 0 || tokens.ends[before] > tokens.starts[i] || tokens.starts[i] > text.length()) {
            return false;
        }
        for (int c = 0; c < stem.length(); c++) {
            if (!Character.isDigit(stem.charAt(c)) && stem.charAt(c) != '.') {
                return false;
            }
        }
        String between = text.substring(tokens.ends[before], tokens.starts[i]).strip();
        return between.equals("-") || between.equals("\u2013") || between.equals("\u2014") || between.equals("to");
    }

    /**
     * The unit of a quantity as the word a rubric says without a number ("works for minutes" is said by
     * "works for five minutes"), or null for a stem that is no quantity.
     */
    static String unitWord(String stem) {
        int at = stem.indexOf('_');
        if (at <= 0 || !Character.isDigit(stem.charAt(0))) {
            return null;
        }
        return UNIT_WORDS.get(stem.substring(at + 1));
    }


    /** The stems of the number words, so that a token is tested without reading its text. */
    private static final java.util.Set<String> NUMBER_STEMS = NUMBER_WORDS.keySet().stream()
            .map(w -> Stems.forAnswer().stem(w)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The value of a number word at token i ("ten"), or null for any other token. */
    private static Integer numberWord(TokenList tokens, String text, int i) {
        if (!NUMBER_STEMS.contains(tokens.stems[i]) || tokens.virtual[i] || tokens.kinds[i] != AnalyzedText.CONTENT
                || tokens.ends[i] > text.length()) {
            return null;
        }
        return NUMBER_WORDS.get(text.substring(tokens.starts[i], tokens.ends[i]).toLowerCase(Locale.ROOT));
    }

    /** The token's text, lowercased, or null for a token the text does not hold as written. */
    private static String surface(TokenList tokens, String text, int i) {
        if (tokens.virtual[i] || tokens.kinds[i] != AnalyzedText.CONTENT || tokens.ends[i] > text.length()
                || tokens.stems[i].isEmpty() || Character.isDigit(tokens.stems[i].charAt(0))
                        != Character.isDigit(text.charAt(tokens.starts[i]))) {
            return null; // read as something else already (a path's "15" is its id)
        }
        return text.substring(tokens.starts[i], tokens.ends[i]).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether token i and the next stand in one sentence with only spaces between them, or one hyphen
     * ("a 30-second TTL").
     */
    static boolean adjacent(TokenList tokens, String text, int i) {
        if (tokens.sentences[i + 1] != tokens.sentences[i] || tokens.starts[i + 1] < tokens.ends[i]) {
            return false;
        }
        int hyphens = 0;
        for (int c = tokens.ends[i]; c < tokens.starts[i + 1]; c++) {
            char ch = text.charAt(c);
            if (ch == '-') {
                hyphens++;
            } else if (ch != ' ') {
                return false;
            }
        }
        return hyphens <= 1 && tokens.starts[i + 1] - tokens.ends[i] <= 3;
    }
}
