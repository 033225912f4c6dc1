package dev.interviewcoach.core.internal.codec;

import static dev.interviewcoach.core.internal.codec.RecordReader.giveUp;

import java.nio.charset.StandardCharsets;

/** Reads a JSON string at a {@link Cursor}: strict JSON, escapes decoded, UTF-8 checked. */
final class JsonStrings {
    private JsonStrings() {}

    /** Reads the string whose opening quote the cursor has just passed, its JSON escapes decoded. */
    static String read(Cursor in) {
        byte[] t = in.text;
        int start = in.position;
        boolean ascii = true;
        for (int i = start; i < t.length; i++) {
            byte b = t[i];
            if (b == '"') {
                in.position = i + 1;
                return ascii ? ascii(t, start, i) : utf8(t, start, i);
            }
            if (b == '\\') {
                return escaped(in, start, i);
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
    private static String ascii(byte[] text, int from, int to) {
        // the constructor that takes bytes as the low halves of chars: exact for ASCII, and a third
        // of the cost of decoding through a charset, which matters for the many short ids of a state
        return new String(text, 0, from, to - from);
    }

    /**
     * The text of bytes {@code [from, to)}. A malformed sequence (only a document from elsewhere has
     * one) is left to the data binder, which reads the document as the JDK decodes it.
     */
    private static String utf8(byte[] text, int from, int to) {
        String decoded = new String(text, from, to - from, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0) {
            throw giveUp();
        }
        return decoded;
    }

    private static String escaped(Cursor in, int start, int firstEscape) {
        byte[] text = in.text;
        var out = new StringBuilder(firstEscape - start + 16).append(utf8(text, start, firstEscape));
        int i = firstEscape;
        int run = i;
        while (i < text.length) {
            byte b = text[i];
            if (b == '"') {
                out.append(utf8(text, run, i));
                in.position = i + 1;
                return out.toString();
            }
            if (b >= 0 && b < 0x20) {
                throw giveUp();
            }
            if (b != '\\') {
                i++;
                continue;
            }
            out.append(utf8(text, run, i));
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
}
