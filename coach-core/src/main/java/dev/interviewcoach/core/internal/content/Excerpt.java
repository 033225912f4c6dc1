package dev.interviewcoach.core.internal.content;

/**
 * Short, printable excerpts of document text for error messages: a message never quotes more than a
 * few dozen characters of a document, whatever the document holds.
 */
final class Excerpt {
    /** The most characters of a document value a message quotes. */
    static final int QUOTE_CHARS = 60;
    /** The longest message a problem carries. */
    static final int MESSAGE_CHARS = 400;

    private Excerpt() {}

    /**
     * A value in single quotes, cut to {@value #QUOTE_CHARS} characters (the last an ellipsis), line breaks
     * and control characters shown as escapes.
     */
    static String quote(String value) {
        return "'" + cut(value, QUOTE_CHARS) + "'";
    }

    /** A name from a document (a key, an anchor), cut like {@link #quote} but without the quotes. */
    static String bare(String value) {
        return cut(value, QUOTE_CHARS);
    }

    /** A message cut to {@value #MESSAGE_CHARS} characters, control characters escaped. */
    static String message(String message) {
        return cut(message == null ? "" : message, MESSAGE_CHARS);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max && text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return text; // short and plain, as nearly every key and id is
        }
        boolean cut = text.codePointCount(0, text.length()) > max;
        int room = cut ? max - 1 : max; // the ellipsis takes the last place
        var out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < room; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        if (cut) {
            out.append('…');
        }
        return out.toString();
    }
}
