package dev.interviewcoach.graders.internal;

import java.util.regex.Pattern;

/**
 * The parameter segments of a URL path, read as the word "id": a template ({@code /orders/{id}},
 * {@code /products/{sku}}, {@code /jobs/:jobId}) and a concrete value ({@code /orders/15},
 * {@code /orders/550e8400-e29b-41d4-a716-446655440000}) are the same thing in an answer, so a rubric
 * that writes {@code /orders/{id}/items} is met by {@code GET /orders/15/items} and the other way round.
 *
 * <p>A segment is a parameter only after a segment that names a collection, itself after a slash
 * ({@code /orders/15}): {@code HTTP/1.1}, {@code 12/05/2026} and {@code /v1/orders} hold none. A segment of
 * several tokens (a UUID) is read as one word.
 */
final class PathParameters {
    /** The token is not in a parameter segment. */
    static final int NONE = 0;
    /** The token is the first of a parameter segment: read it as "id". */
    static final int FIRST = 1;
    /** The token is a later part of a parameter segment already read. */
    static final int REST = 2;

    private static final Pattern VALUE = Pattern.compile(
            "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?=[a-fA-F]*\\d)[0-9a-fA-F]{8,}");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_-]*\\}|:[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z][A-Za-z_-]*");

    private PathParameters() {}

    /**
     * Whether the token {@code text[start, end)} stands in a parameter segment of a path.
     *
     * @return {@link #NONE}, {@link #FIRST} or {@link #REST}
     */
    static int at(String text, int start, int end) {
        if (start == 0) {
            return NONE;
        }
        int segmentStart = start;
        while (segmentStart > 0 && segmentChar(text.charAt(segmentStart - 1))) {
            segmentStart--;
        }
        if (segmentStart == 0 || text.charAt(segmentStart - 1) != '/') {
            return NONE;
        }
        int segmentEnd = end;
        while (segmentEnd < text.length() && segmentChar(text.charAt(segmentEnd))) {
            segmentEnd++;
        }
        while (segmentEnd > start && (text.charAt(segmentEnd - 1) == '.' || text.charAt(segmentEnd - 1) == ':')) {
            segmentEnd--; // the end of a sentence or a label, not of the segment
        }
        String segment = text.substring(segmentStart, segmentEnd);
        if (!VALUE.matcher(segment).matches() && !TEMPLATE.matcher(segment).matches()) {
            return NONE;
        }
        int collectionEnd = segmentStart - 1;
        int collectionStart = collectionEnd;
        while (collectionStart > 0 && segmentChar(text.charAt(collectionStart - 1))) {
            collectionStart--;
        }
        if (collectionStart == 0 || text.charAt(collectionStart - 1) != '/'
                || !COLLECTION.matcher(text.substring(collectionStart, collectionEnd)).matches()) {
            return NONE;
        }
        int first = segmentStart;
        while (first < segmentEnd && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        return start == first ? FIRST : REST;
    }

    private static boolean segmentChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '{' || ch == '}' || ch == ':'
                || ch == '.';
    }
}
