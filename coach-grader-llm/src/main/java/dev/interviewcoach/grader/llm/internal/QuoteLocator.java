package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quote of the model in the answer and returns the character range it covers, tolerating
 * what a model changes when it copies: case, runs of white space (including no-break spaces and line
 * breaks), invisible direction and zero-width marks, typographic quotes and dashes, quotes around
 * the passage and an ellipsis standing for left-out words. A quote that is not there is not evidence.
 */
final class QuoteLocator {
    /** A quote needs this many letters or digits to count: a word fragment matches anywhere. */
    static final int MIN_LETTERS = 3;

    private final String normalized;
    private final int[] origin;

    QuoteLocator(String original) {
        String answer = sanitize(original);
        var sb = new StringBuilder(answer.length());
        var map = new int[answer.length() + 1];
        boolean space = true;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (blank(c)) {
                if (!space) {
                    map[sb.length()] = i;
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            map[sb.length()] = i;
            sb.append(fold(c));
            space = false;
        }
        this.normalized = sb.toString();
        this.origin = map;
    }

    /**
     * Where the quote stands in the answer, avoiding the given ranges.
     *
     * @param quote the quote
     * @param avoid ranges whose text is not evidence (text addressed to the grader)
     * @return the span from the first to the last character quoted, or empty
     */
    Optional<EvidenceSpan> locate(String quote, List<EvidenceSpan> avoid) {
        String[] parts = normalize(quote).split("\\.\\.\\.|…");
        int from = 0;
        int start = -1;
        int end = -1;
        int letters = 0;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            int at = find(part, from, avoid);
            if (at < 0) {
                return Optional.empty();
            }
            if (start < 0) {
                start = origin[at];
            }
            end = origin[at + part.length() - 1] + 1;
            from = at + part.length();
            letters += (int) part.chars().filter(Character::isLetterOrDigit).count();
        }
        if (start < 0 || letters < MIN_LETTERS) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceSpan(start, end));
    }

    private int find(String part, int from, List<EvidenceSpan> avoid) {
        int at = normalized.indexOf(part, from);
        while (at >= 0) {
            int s = origin[at];
            int e = origin[at + part.length() - 1] + 1;
            if (avoid.stream().noneMatch(r -> s < r.end() && r.start() < e)) {
                return at;
            }
            at = normalized.indexOf(part, at + 1);
        }
        return -1;
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
