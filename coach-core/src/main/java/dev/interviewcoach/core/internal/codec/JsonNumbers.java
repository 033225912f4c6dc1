package dev.interviewcoach.core.internal.codec;

import static dev.interviewcoach.core.internal.codec.RecordReader.giveUp;

import java.nio.charset.StandardCharsets;

/** Reads a JSON number at a {@link Cursor}, in the strict grammar and without making a string on the common path. */
final class JsonNumbers {
    /** Longer numbers are left to the data binder, which limits them too. */
    private static final int MAX_NUMBER_LENGTH = 400;

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private JsonNumbers() {}

    /**
     * Reads a number written with a fraction or an exponent, as {@link Double#parseDouble} reads it, in
     * one pass: a decimal whose digits, read as one integer, are below 10^15 and whose power of ten is
     * at most 22 either way is computed exactly (both are exact doubles, and one multiplication or
     * division rounds correctly, so the result is the one {@code parseDouble} gives); any other is
     * given to {@code parseDouble}.
     */
    static double readDouble(Cursor in) {
        byte[] t = in.text;
        int n = t.length;
        int start = in.position;
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
        in.position = i;
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
    static long readIntegral(Cursor in) {
        int start = in.position;
        boolean negative = in.next('-');
        int digitsStart = in.position;
        if (in.next('0')) {
            if (in.peek() >= '0' && in.peek() <= '9') {
                throw giveUp();
            }
        } else {
            digits(in);
        }
        char c = in.peek();
        if (c == '.' || c == 'e' || c == 'E') {
            throw giveUp();
        }
        if (in.position - digitsStart > 18) {
            try {
                return Long.parseLong(new String(in.text, start, in.position - start, StandardCharsets.ISO_8859_1));
            } catch (NumberFormatException e) {
                throw giveUp();
            }
        }
        long value = 0;
        for (int i = digitsStart; i < in.position; i++) {
            value = value * 10 + (in.text[i] - '0');
        }
        return negative ? -value : value;
    }

    /** Moves past one or more digits. */
    private static void digits(Cursor in) {
        int i = in.position;
        while (i < in.text.length && in.text[i] >= '0' && in.text[i] <= '9') {
            i++;
        }
        if (i == in.position) {
            throw giveUp();
        }
        in.position = i;
    }
}
