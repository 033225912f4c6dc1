package dev.interviewcoach.core.internal.codec;

import static dev.interviewcoach.core.internal.codec.RecordReader.giveUp;

import java.nio.charset.StandardCharsets;

/**
 * A position in compact JSON text encoded as UTF-8, with the few reads {@link RecordReader} needs.
 * Every read either matches the strict JSON grammar and moves past what it read, or throws {@link
 * RecordReader.GiveUp}.
 *
 * <p>It reads bytes, as a database column or a file holds the text: the structure of JSON is ASCII,
 * and a byte of a multi-byte UTF-8 sequence is never an ASCII byte, so a string's bytes between its
 * quotes decode on their own exactly as they do within the whole text.
 */
public final class Cursor {
    /** Longer numbers are left to the data binder, which limits them too. */
    private static final int MAX_NUMBER_LENGTH = 400;

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final byte[] text;
    private int position;

    /**
     * A cursor at the start of UTF-8 text.
     *
     * @param utf8 the JSON text's bytes; not copied, not changed
     */
    public Cursor(byte[] utf8) {
        this.text = utf8;
    }

    /**
     * A cursor at the start of a text, or null for a text that UTF-8 cannot encode as it is (it holds
     * an unpaired surrogate, which the encoder would replace).
     *
     * @param text the JSON text
     * @return the cursor, or null
     */
    public static Cursor of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // the encoder writes '?' for an unpaired surrogate: such a text does not come back from its bytes
        return new String(utf8, StandardCharsets.UTF_8).equals(text) ? new Cursor(utf8) : null;
    }

    /**
     * Whether the whole text was read.
     *
     * @return true at the end
     */
    public boolean atEnd() {
        return position == text.length;
    }

    /** The byte at the cursor as a char (an ASCII character, or above 0x7F), or 0 at the end. */
    char peek() {
        return position < text.length ? (char) (text[position] & 0xFF) : 0;
    }

    /**
     * Moves past an ASCII character when it is the one at the cursor.
     *
     * @param c the character
     * @return whether it was there
     */
    public boolean next(char c) {
        if (position < text.length && text[position] == c) {
            position++;
            return true;
        }
        return false;
    }

    /**
     * Moves past an ASCII character that must be at the cursor.
     *
     * @param c the character
     */
    public void expect(char c) {
        if (!next(c)) {
            throw giveUp();
        }
    }

    /** Moves past a literal ({@code null}, {@code true}, {@code false}) when it is at the cursor. */
    boolean literal(byte[] word) {
        if (position < text.length && text[position] == word[0] && matches(word, position)) {
            position += word.length;
            return true;
        }
        return false;
    }

    /**
     * Moves past a string when it is exactly the given one, written without escapes.
     *
     * @param value the expected string's UTF-8 bytes, free of quotes and backslashes
     * @return whether it was there
     */
    public boolean quoted(byte[] value) {
        int end = position + value.length + 1;
        if (end < text.length && text[end] == '"' && text[position] == '"' && matches(value, position + 1)) {
            position = end + 1;
            return true;
        }
        return false;
    }

    /** Whether the text holds the word at an offset. */
    private boolean matches(byte[] word, int at) {
        byte[] t = text;
        int n = word.length;
        if (at + n > t.length) {
            return false;
        }
        // a plain loop: names are short, shorter than a vectorised comparison pays for
        for (int k = 0; k < n; k++) {
            if (t[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a string, its JSON escapes decoded. */
    String string() {
        expect('"');
        byte[] t = text;
        int start = position;
        boolean ascii = true;
        for (int i = start; i < t.length; i++) {
            byte b = t[i];
            if (b == '"') {
                position = i + 1;
                return ascii ? ascii(start, i) : utf8(start, i);
            }
            if (b == '\\') {
                return escaped(start, i);
            }
            if (b < 0x20) {
                if (b >= 0) {
                    throw giveUp();
                }
                ascii = false;
            }
        }
        throw giveUp();
    }

    /** The text of ASCII bytes {@code [from, to)}. */
    @SuppressWarnings("deprecation")
    private String ascii(int from, int to) {
        // the constructor that takes bytes as the low halves of chars: exact for ASCII, and a third
        // of the cost of decoding through a charset, which matters for the many short ids of a state
        return new String(text, 0, from, to - from);
    }

    /**
     * The text of bytes {@code [from, to)}. A malformed sequence (only a document from elsewhere has
     * one) is left to the data binder, which reads the document as the JDK decodes it.
     */
    private String utf8(int from, int to) {
        String decoded = new String(text, from, to - from, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0) {
            throw giveUp();
        }
        return decoded;
    }

    private String escaped(int start, int firstEscape) {
        var out = new StringBuilder(firstEscape - start + 16).append(utf8(start, firstEscape));
        int i = firstEscape;
        int run = i;
        while (i < text.length) {
            byte b = text[i];
            if (b == '"') {
                out.append(utf8(run, i));
                position = i + 1;
                return out.toString();
            }
            if (b >= 0 && b < 0x20) {
                throw giveUp();
            }
            if (b != '\\') {
                i++;
                continue;
            }
            out.append(utf8(run, i));
            if (i + 1 >= text.length) {
                throw giveUp();
            }
            byte e = text[i + 1];
            i += 2;
            switch (e) {
                case '"', '\\', '/' -> out.append((char) e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > text.length) {
                        throw giveUp();
                    }
                    int value = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(text[i + k], 16);
                        if (digit < 0) {
                            throw giveUp();
                        }
                        value = value * 16 + digit;
                    }
                    out.append((char) value);
                    i += 4;
                }
                default -> throw giveUp();
            }
            run = i;
        }
        throw giveUp();
    }

    /** Whether a number starts at the cursor. */
    boolean peekNumber() {
        char c = peek();
        return c == '-' || c >= '0' && c <= '9';
    }

    /** Reads an integer (no fraction, no exponent) that fits an {@code int}. */
    int intValue() {
        long value = integral(true);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw giveUp();
        }
        return (int) value;
    }

    /** Reads an integer (no fraction, no exponent) that fits a {@code long}. */
    long longValue() {
        return integral(true);
    }

    /** Reads a number written with a fraction or an exponent, as {@link Double#parseDouble} reads it. */
    double doubleValue() {
        int start = position;
        boolean negative = peek() == '-';
        integral(false);
        int integerEnd = position;
        int fractionStart = position;
        boolean real = false;
        if (next('.')) {
            fractionStart = position;
            digits();
            real = true;
        }
        int fractionEnd = position;
        int exponentStart = -1;
        if (next('e') || next('E')) {
            exponentStart = position;
            if (!next('+')) {
                next('-');
            }
            digits();
            real = true;
        }
        if (!real || position - start > MAX_NUMBER_LENGTH) {
            throw giveUp();
        }
        double exact = exactDouble(negative ? start + 1 : start, integerEnd, fractionStart, fractionEnd, exponentStart);
        if (!Double.isNaN(exact)) {
            return negative ? -exact : exact;
        }
        return Double.parseDouble(new String(text, start, position - start, StandardCharsets.ISO_8859_1));
    }

    /**
     * The value of a decimal whose digits, read as one integer, are below 2^53 and whose power of ten
     * is at most 22 either way: both are then exact doubles and one multiplication or division rounds
     * correctly, so the result is the one {@link Double#parseDouble} gives. NaN for any other decimal.
     */
    private double exactDouble(int integerStart, int integerEnd, int fractionStart, int fractionEnd, int exponentStart) {
        long mantissa = 0;
        int significant = 0;
        for (int i = integerStart; i < integerEnd; i++) {
            mantissa = mantissa * 10 + (text[i] - '0');
            significant += mantissa == 0 ? 0 : 1;
        }
        for (int i = fractionStart; i < fractionEnd; i++) {
            mantissa = mantissa * 10 + (text[i] - '0');
            significant += mantissa == 0 ? 0 : 1;
        }
        if (significant > 15) {
            return Double.NaN;
        }
        int power = -(fractionEnd - fractionStart);
        if (exponentStart >= 0) {
            int i = exponentStart;
            boolean negativeExponent = text[i] == '-';
            if (text[i] == '-' || text[i] == '+') {
                i++;
            }
            if (position - i > 3) {
                return Double.NaN;
            }
            int exponent = 0;
            for (; i < position; i++) {
                exponent = exponent * 10 + (text[i] - '0');
            }
            power += negativeExponent ? -exponent : exponent;
        }
        if (power < -22 || power > 22) {
            return Double.NaN;
        }
        return power < 0 ? mantissa / POWERS_OF_TEN[-power] : mantissa * POWERS_OF_TEN[power];
    }

    /**
     * Reads the integer part of a number: an optional minus, then 0 or a digit run without a leading
     * zero.
     *
     * @param whole whether the number must end there (no fraction or exponent follows)
     * @return its value, when whole and it fits a long; 0 otherwise
     */
    private long integral(boolean whole) {
        int start = position;
        boolean negative = next('-');
        int digitsStart = position;
        if (next('0')) {
            if (peek() >= '0' && peek() <= '9') {
                throw giveUp();
            }
        } else {
            digits();
        }
        if (!whole) {
            return 0;
        }
        char c = peek();
        if (c == '.' || c == 'e' || c == 'E') {
            throw giveUp();
        }
        if (position - digitsStart > 18) {
            try {
                return Long.parseLong(new String(text, start, position - start, StandardCharsets.ISO_8859_1));
            } catch (NumberFormatException e) {
                throw giveUp();
            }
        }
        long value = 0;
        for (int i = digitsStart; i < position; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return negative ? -value : value;
    }

    /** Moves past one or more digits. */
    private void digits() {
        int i = position;
        while (i < text.length && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        if (i == position) {
            throw giveUp();
        }
        position = i;
    }
}
