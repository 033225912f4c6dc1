package dev.interviewcoach.core.internal.codec;

/**
 * The reversible text rule of the stored form: NUL, unpaired surrogates and the escape character
 * itself (U+FFFF, a noncharacter) become U+FFFF followed by four upper-case hex digits of the char.
 *
 * <p>Why: PostgreSQL rejects NUL in {@code text} and {@code jsonb}, and an unpaired surrogate cannot be
 * encoded as UTF-8 at all; every other character is kept verbatim, so ordinary text stays readable
 * and searchable in the database.
 */
public final class TextEscape {
    /** The escape character. */
    public static final char ESCAPE = '\uFFFF';

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TextEscape() {}

    /**
     * The stored form of a text.
     *
     * @param text any text
     * @return the text with the characters the stored form cannot hold escaped; the same instance when
     *     nothing needs escaping
     */
    public static String encode(String text) {
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        var out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(text, i)) {
                out.append(ESCAPE).append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The original text of a stored form.
     *
     * @param stored a text produced by {@link #encode(String)}
     * @return the original text
     * @throws IllegalArgumentException when an escape is not followed by four hex digits
     */
    public static String decode(String stored) {
        int first = stored.indexOf(ESCAPE);
        if (first < 0) {
            return stored;
        }
        var out = new StringBuilder(stored.length()).append(stored, 0, first);
        for (int i = first; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != ESCAPE) {
                out.append(c);
                continue;
            }
            if (i + 4 >= stored.length()) {
                throw new IllegalArgumentException("a truncated U+FFFF escape at character " + i);
            }
            int value = 0;
            for (int k = 1; k <= 4; k++) {
                int digit = Character.digit(stored.charAt(i + k), 16);
                if (digit < 0) {
                    throw new IllegalArgumentException("a U+FFFF escape without four hex digits at character " + i);
                }
                value = value * 16 + digit;
            }
            out.append((char) value);
            i += 4;
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c == 0 || c == ESCAPE) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
