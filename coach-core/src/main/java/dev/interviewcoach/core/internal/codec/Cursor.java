package dev.interviewcoach.core.internal.codec;

import static dev.interviewcoach.core.internal.codec.RecordReader.giveUp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] text;
    private int position;
    // the elements of the lists being read, innermost last
    private Object[] stack = new Object[16];
    private int depth;

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

    /** How many elements wait on the stack. */
    int depth() {
        return depth;
    }

    /** Puts a list element on the stack. */
    void push(Object element) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = element;
    }

    /** The elements pushed since {@code mark}, as an immutable list, taken off the stack. */
    List<Object> popList(int mark) {
        List<Object> list = switch (depth - mark) {
            case 1 -> List.of(stack[mark]);
            case 2 -> List.of(stack[mark], stack[mark + 1]);
            default -> List.of(Arrays.copyOfRange(stack, mark, depth));
        };
        Arrays.fill(stack, mark, depth, null);
        depth = mark;
        return list;
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

    /** Moves past ASCII bytes ({@code null}, {@code "name":}) when they are at the cursor. */
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
        // eight bytes at a time: property names are a good part of every document
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(t, at + k) != (long) LONGS.get(word, k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (t[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a date written as {@code "yyyy-MM-dd"}, or gives null for any other string. */
    LocalDate date() {
        int end = quotedEnd();
        LocalDate date = FastTime.localDate(text, position + 1, end);
        if (date != null) {
            position = end + 1;
        }
        return date;
    }

    /** Reads an instant written as {@code "yyyy-MM-ddTHH:mm:ss[.f…]Z"}, or gives null for any other string. */
    Instant instant() {
        int end = quotedEnd();
        Instant instant = FastTime.instant(text, position + 1, end);
        if (instant != null) {
            position = end + 1;
        }
        return instant;
    }

    /** Where the string at the cursor ends (its closing quote), when it is short and has no escape. */
    private int quotedEnd() {
        if (peek() != '"') {
            throw giveUp();
        }
        for (int i = position + 1; i < text.length && i <= position + 32; i++) {
            byte b = text[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                break;
            }
        }
        throw giveUp();
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
        long value = integral();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw giveUp();
        }
        return (int) value;
    }

    /** Reads an integer (no fraction, no exponent) that fits a {@code long}. */
    long longValue() {
        return integral();
    }

    /**
     * Reads a number written with a fraction or an exponent, as {@link Double#parseDouble} reads it, in
     * one pass: a decimal whose digits, read as one integer, are below 10^15 and whose power of ten is
     * at most 22 either way is computed exactly (both are exact doubles, and one multiplication or
     * division rounds correctly, so the result is the one {@code parseDouble} gives); any other is
     * given to {@code parseDouble}.
     */
    double doubleValue() {
        byte[] t = text;
        int n = t.length;
        int start = position;
        int i = start;
        boolean negative = i < n && t[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        if (i < n && t[i] == '0') {
            i++;
            if (i < n && t[i] >= '0' && t[i] <= '9') {
                throw giveUp();
            }
        } else {
            int digitsStart = i;
            for (; i < n && t[i] >= '0' && t[i] <= '9'; i++) {
                mantissa = mantissa * 10 + (t[i] - '0');
                significant++;
            }
            if (i == digitsStart) {
                throw giveUp();
            }
        }
        boolean real = false;
        int power = 0;
        if (i < n && t[i] == '.') {
            int digitsStart = ++i;
            for (; i < n && t[i] >= '0' && t[i] <= '9'; i++) {
                mantissa = mantissa * 10 + (t[i] - '0');
                // leading zeros of a fraction (0.001) are not significant
                significant += mantissa == 0 ? 0 : 1;
                power--;
            }
            if (i == digitsStart) {
                throw giveUp();
            }
            real = true;
        }
        if (i < n && (t[i] == 'e' || t[i] == 'E')) {
            i++;
            boolean negativeExponent = i < n && t[i] == '-';
            if (i < n && (t[i] == '-' || t[i] == '+')) {
                i++;
            }
            int digitsStart = i;
            int exponent = 0;
            for (; i < n && t[i] >= '0' && t[i] <= '9'; i++) {
                exponent = Math.min(exponent * 10 + (t[i] - '0'), 100_000);
            }
            if (i == digitsStart) {
                throw giveUp();
            }
            power += negativeExponent ? -exponent : exponent;
            real = true;
        }
        if (!real || i - start > MAX_NUMBER_LENGTH) {
            throw giveUp();
        }
        position = i;
        if (significant <= 15 && power >= -22 && power <= 22) {
            double exact = power < 0 ? mantissa / POWERS_OF_TEN[-power] : mantissa * POWERS_OF_TEN[power];
            return negative ? -exact : exact;
        }
        return Double.parseDouble(new String(t, start, i - start, StandardCharsets.ISO_8859_1));
    }

    /**
     * Reads an integer: an optional minus, then 0 or a digit run without a leading zero, and no
     * fraction or exponent after it.
     *
     * @return its value, when it fits a long
     */
    private long integral() {
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
