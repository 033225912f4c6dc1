package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the common shapes of ISO dates ({@code 2026-12-03}) and UTC instants ({@code
 * 2026-12-03T09:00:00.123456789Z}) without a {@code DateTimeFormatter}, which costs several times
 * more; any other shape, and any invalid value, goes to the standard deserializers.
 */
public final class FastTime {
    private FastTime() {}

    /** Dates. */
    public static final class Dates extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        /** The deserializer. */
        public Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate fast = localDate(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }

    /** Instants. */
    public static final class Instants extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        /** The deserializer. */
        public Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant fast = instant(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }

    /**
     * A date of the shape {@code yyyy-MM-dd}.
     *
     * @param s the text
     * @return the date, or null when the text has another shape or is not a valid date
     */
    static LocalDate localDate(String s) {
        // any char that is not ASCII becomes '?' or another non-digit: the shape check refuses it
        return s.length() == 10 ? localDate(s.getBytes(StandardCharsets.ISO_8859_1), 0, 10) : null;
    }

    /**
     * An instant of the shape {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with one to nine fraction digits.
     *
     * @param s the text
     * @return the instant, or null when the text has another shape or is not a valid instant
     */
    static Instant instant(String s) {
        int n = s.length();
        return n >= 20 && n <= 30 ? instant(s.getBytes(StandardCharsets.ISO_8859_1), 0, n) : null;
    }

    /**
     * A date of the shape {@code yyyy-MM-dd} in ASCII bytes {@code [from, to)}.
     *
     * @param s the bytes
     * @param from where the date starts
     * @param to where it ends
     * @return the date, or null when the bytes have another shape or are not a valid date
     */
    static LocalDate localDate(byte[] s, int from, int to) {
        if (to - from != 10 || s[from + 4] != '-' || s[from + 7] != '-') {
            return null;
        }
        int year = digits(s, from, from + 4);
        int month = digits(s, from + 5, from + 7);
        int day = digits(s, from + 8, from + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An instant of the shape {@code yyyy-MM-ddTHH:mm:ss[.f…]Z}, with one to nine fraction digits, in
     * ASCII bytes {@code [from, to)}.
     *
     * @param s the bytes
     * @param from where the instant starts
     * @param to where it ends
     * @return the instant, or null when the bytes have another shape or are not a valid instant
     */
    static Instant instant(byte[] s, int from, int to) {
        int n = to - from;
        if (n < 20 || n > 30 || s[from + 10] != 'T' || s[from + 13] != ':' || s[from + 16] != ':'
                || s[to - 1] != 'Z') {
            return null;
        }
        LocalDate date = localDate(s, from, from + 10);
        int hour = digits(s, from + 11, from + 13);
        int minute = digits(s, from + 14, from + 16);
        int second = digits(s, from + 17, from + 19);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            if (s[from + 19] != '.' || n == 21) {
                return null;
            }
            int fraction = digits(s, from + 20, to - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written by the ASCII digits in {@code [from, to)}, or -1 when one is not a digit. */
    private static int digits(byte[] s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
