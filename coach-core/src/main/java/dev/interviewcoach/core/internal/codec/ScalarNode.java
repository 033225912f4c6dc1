package dev.interviewcoach.core.internal.codec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads a scalar (a string, number, boolean, date, instant, duration or optional number) at the cursor. */
final class ScalarNode extends ReadNode {
    /** The scalar types, each read from the one shape the codec writes it in. */
    enum Scalar {
        UNSUPPORTED, STRING, INT, LONG, DOUBLE, BOOLEAN, INSTANT, DATE, DURATION, OPTIONAL_INT, OPTIONAL_LONG,
        OPTIONAL_DOUBLE;

        final ScalarNode node = new ScalarNode(this);
    }

    static final byte[] NULL = utf8("null");
    private static final byte[] TRUE = utf8("true");
    private static final byte[] FALSE = utf8("false");

    /** The node of a type this reader does not read: it always gives up. */
    static final ReadNode UNSUPPORTED = Scalar.UNSUPPORTED.node;
    /** The node of each scalar class. */
    static final Map<Class<?>, ReadNode> SCALARS = Map.ofEntries(Map.entry(String.class, Scalar.STRING.node),
            Map.entry(int.class, Scalar.INT.node), Map.entry(long.class, Scalar.LONG.node),
            Map.entry(double.class, Scalar.DOUBLE.node), Map.entry(boolean.class, Scalar.BOOLEAN.node),
            Map.entry(Instant.class, Scalar.INSTANT.node), Map.entry(LocalDate.class, Scalar.DATE.node),
            Map.entry(Duration.class, Scalar.DURATION.node), Map.entry(OptionalInt.class, Scalar.OPTIONAL_INT.node),
            Map.entry(OptionalLong.class, Scalar.OPTIONAL_LONG.node),
            Map.entry(OptionalDouble.class, Scalar.OPTIONAL_DOUBLE.node));

    final Scalar scalar;

    private ScalarNode(Scalar scalar) {
        this.scalar = scalar;
    }

    @Override
    Object read(Cursor in) {
        return scalar(scalar, in);
    }

    @Override
    Object absent() {
        return switch (scalar) {
            case OPTIONAL_INT -> OptionalInt.empty();
            case OPTIONAL_LONG -> OptionalLong.empty();
            case OPTIONAL_DOUBLE -> OptionalDouble.empty();
            default -> throw RecordReader.giveUp();
        };
    }

    /**
     * Reads a scalar: a static method with one switch, so the record loop calls it directly for its
     * scalar components rather than through a call site shared by every type.
     */
    static Object scalar(Scalar scalar, Cursor in) {
        Object value = switch (scalar) {
            case STRING -> in.peek() == '"' ? decode(in.string()) : null;
            case INT -> in.peekNumber() ? (Object) in.intValue() : null;
            case LONG -> in.peekNumber() ? (Object) in.longValue() : null;
            case DOUBLE -> in.peekNumber() ? (Object) in.doubleValue() : null;
            case BOOLEAN -> in.literal(TRUE) ? Boolean.TRUE : in.literal(FALSE) ? Boolean.FALSE : null;
            case INSTANT -> in.instant();
            case DATE -> in.date();
            case DURATION -> in.peek() == '"' ? duration(in.string()) : null;
            case OPTIONAL_INT -> in.literal(NULL) ? OptionalInt.empty()
                    : in.peekNumber() ? OptionalInt.of(in.intValue()) : null;
            case OPTIONAL_LONG -> in.literal(NULL) ? OptionalLong.empty()
                    : in.peekNumber() ? OptionalLong.of(in.longValue()) : null;
            case OPTIONAL_DOUBLE -> in.literal(NULL) ? OptionalDouble.empty()
                    : in.peekNumber() ? OptionalDouble.of(in.doubleValue()) : null;
            case UNSUPPORTED -> null;
        };
        if (value == null) {
            throw RecordReader.giveUp();
        }
        return value;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A stored string with the codec's text rule reversed; gives up on a string that breaks it. */
    static String decode(String stored) {
        try {
            return TextEscape.decode(stored);
        } catch (IllegalArgumentException e) {
            throw RecordReader.giveUp();
        }
    }
}
