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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // the text and the position of the next byte, read and moved by JsonStrings and JsonNumbers too
    final byte[] text;
    int position;
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

    /** Whether a number starts at the cursor. */
    boolean peekNumber() {
        char c = peek();
        return c == '-' || c >= '0' && c <= '9';
    }

    /** Reads an integer (no fraction, no exponent) that fits an {@code int}. */
    int intValue() {
        long value = JsonNumbers.readIntegral(this);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw giveUp();
        }
        return (int) value;
    }

    /** Reads an integer (no fraction, no exponent) that fits a {@code long}. */
    long longValue() {
        return JsonNumbers.readIntegral(this);
    }

    /** Reads a string, its JSON escapes decoded. */
    String string() {
        expect('"');
        return JsonStrings.read(this);
    }

    /**
     * Reads a number written with a fraction or an exponent, as {@link Double#parseDouble} reads it
     * ({@link JsonNumbers#readDouble}).
     */
    double doubleValue() {
        return JsonNumbers.readDouble(this);
    }
}
