package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a quote of the model in the answer and returns the character range it covers, tolerating
 * what a model changes when it copies: case, runs of white space (including no-break spaces and line
 * breaks), invisible direction and zero-width marks, typographic quotes and dashes, quotes around
 * the passage and an ellipsis standing for left-out words. A quote that is not there is not evidence,
 * and neither is one that says nothing: a quote must start and end at the edges of words (never "ays"
 * out of "always"), and hold a word of substance (not "our", "the" or "and the"). An elided quote's
 * parts must stand in order within one sentence, each part meeting the same rules, so that "A...API"
 * cannot stretch over the whole answer.
 */
final class QuoteLocator {
    /** A quote needs this many letters or digits to count: a word fragment matches anywhere. */
    static final int MIN_LETTERS = 3;
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that carry no idea of their own: a quote of these alone shows nothing. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "of", "in", "on", "at", "to",
            "for", "by", "with", "from", "into", "onto", "over", "under", "up", "down", "out", "off", "about", "via", "per",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "it", "its", "this", "that", "these",
            "those", "there", "here", "we", "our", "ours", "us", "you", "your", "yours", "i", "me", "my", "mine", "he", "him",
            "his", "she", "her", "hers", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "not", "no", "all", "any", "some", "each", "every", "both", "either", "neither", "also",
            "just", "only", "very", "too", "more", "most", "such", "own", "same", "other", "one", "ones", "while", "because",
            "though", "although", "whether", "like", "isn", "aren", "wasn", "weren", "don", "doesn", "didn", "hasn", "haven",
            "won", "wouldn", "couldn", "shouldn", "ll", "ve", "re", "s", "t", "d", "m", "etc", "eg", "ie");

    private final String normalized;
    private final int[] origin;
    private final int[] sentence;

    QuoteLocator(String original) {
        String answer = sanitize(original);
        var sb = new StringBuilder(answer.length());
        var map = new int[answer.length() + 1];
        var sentences = new int[answer.length() + 1];
        int number = 0;
        boolean ending = false;
        boolean space = true;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (blank(c)) {
                // a sentence ends at a line break, or at . ! ? before white space
                if (ending || c == '\n' || c == '\r') {
                    number++;
                    ending = false;
                }
                if (!space) {
                    map[sb.length()] = i;
                    sentences[sb.length()] = number;
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            map[sb.length()] = i;
            sentences[sb.length()] = number;
            sb.append(fold(c));
            space = false;
            ending = c == '.' || c == '!' || c == '?';
        }
        this.normalized = sb.toString();
        this.origin = map;
        this.sentence = sentences;
    }

    /**
     * Where the quote stands in the answer, avoiding the given ranges.
     *
     * @param quote the quote
     * @param avoid ranges whose text is not evidence (text addressed to the grader)
     * @return the span from the first to the last character quoted, or empty
     */
    Optional<EvidenceSpan> locate(String quote, List<EvidenceSpan> avoid) {
        var parts = new ArrayList<String>();
        for (String raw : ELLIPSIS.split(normalize(quote))) {
            String part = raw.strip();
            if (!part.isEmpty()) {
                if (!substantial(part)) {
                    return Optional.empty();
                }
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String first = parts.get(0);
        for (int at = find(first, 0, avoid); at >= 0; at = find(first, at + 1, avoid)) {
            int end = rest(parts, at, avoid);
            if (end >= 0) {
                return Optional.of(new EvidenceSpan(origin[at], origin[end - 1] + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the parts after the first end, in order after the first part found at {@code at} and within
     * its sentence (the end is exclusive, in the normalized text); -1 when they do not stand there.
     */
    private int rest(List<String> parts, int at, List<EvidenceSpan> avoid) {
        int end = at + parts.get(0).length();
        for (String part : parts.subList(1, parts.size())) {
            int next = find(part, end, avoid);
            if (next < 0) {
                return -1;
            }
            end = next + part.length();
        }
        return parts.size() == 1 || sentence[at] == sentence[end - 1] ? end : -1;
    }

    /** The first place from {@code from} where the part stands at the edges of words, outside the avoided ranges. */
    private int find(String part, int from, List<EvidenceSpan> avoid) {
        int at = normalized.indexOf(part, from);
        while (at >= 0) {
            int s = origin[at];
            int e = origin[at + part.length() - 1] + 1;
            if (wordEdges(part, at) && avoid.stream().noneMatch(r -> s < r.end() && r.start() < e)) {
                return at;
            }
            at = normalized.indexOf(part, at + 1);
        }
        return -1;
    }

    /** Whether a part found at {@code at} neither starts nor ends inside a word of the answer. */
    private boolean wordEdges(String part, int at) {
        int end = at + part.length();
        boolean startsClean = !word(part.charAt(0)) || at == 0 || !word(normalized.charAt(at - 1));
        boolean endsClean = !word(part.charAt(part.length() - 1)) || end == normalized.length() || !word(normalized.charAt(end));
        return startsClean && endsClean;
    }

    /** Whether a quoted passage says something: enough letters, and a word that is not a function word. */
    private static boolean substantial(String part) {
        if (part.chars().filter(Character::isLetterOrDigit).count() < MIN_LETTERS) {
            return false;
        }
        for (String w : NON_WORD.split(part)) {
            if (w.length() >= 2 && !FUNCTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String normalize(String quote) {
        var sb = new StringBuilder(quote.length());
        boolean space = true;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (blank(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            sb.append(fold(c));
            space = false;
        }
        String s = sb.toString().strip();
        // Quotation marks the model put around the passage are not part of it.
        while (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * The text with lone surrogates and control characters (other than line breaks and tabs) replaced
     * by U+FFFD, one for one, so that offsets stay the same and the text encodes as UTF-8.
     *
     * @param text the text
     * @return the sanitized text
     */
    static String sanitize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                chars[i] = '\ufffd';
            }
        }
        return new String(chars);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean invisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f' || c == '\ufeff'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201b', '\u2032', '`' -> '\'';
            case '\u201c', '\u201d', '\u201f', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
