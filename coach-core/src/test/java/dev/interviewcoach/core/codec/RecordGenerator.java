package dev.interviewcoach.core.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates any record of the model by reflection over its components, so a component added later is
 * generated (and so round-tripped by the codec tests) without anyone editing a generator.
 *
 * <p>Values are drawn from pools that hit the edges: texts with NUL, unpaired surrogates, U+FFFF and
 * escape look-alikes; instants and dates over their whole range to the nanosecond; doubles including
 * -0.0, subnormals and infinity. A record whose compact constructor rejects the draw is drawn again.
 */
final class RecordGenerator {
    private static final List<String> PIECES = List.of("\u0000", "\ud800", "\udc00", "\uffff", "\uffff0000",
            "\\uffff", "\\u0000", "🔥", "\ud83d\ude00", "\"", "\\", "\n", "\t", " ", "é", "ش", "\u202e", "{}", "<b>");
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._#-";

    private RecordGenerator() {}

    static <T> Gen<T> of(Class<T> type) {
        return in -> type.cast(value(type, in, 0));
    }

    private static long pick(RandomnessSource in, long min, long max) {
        return in.next(Constraint.between(min, max));
    }

    private static Object value(Type type, RandomnessSource in, int depth) {
        if (type instanceof ParameterizedType p) {
            return generic((Class<?>) p.getRawType(), p.getActualTypeArguments(), in, depth);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return text(in);
        }
        if (c == int.class || c == Integer.class) {
            return (int) pick(in, 0, 4) == 0 ? (int) pick(in, Integer.MIN_VALUE, Integer.MAX_VALUE) : (int) pick(in, 0, 20);
        }
        if (c == long.class || c == Long.class) {
            return pick(in, 0, 4) == 0 ? pick(in, Long.MIN_VALUE, Long.MAX_VALUE) : pick(in, 0, 1000);
        }
        if (c == double.class || c == Double.class) {
            return number(in);
        }
        if (c == boolean.class || c == Boolean.class) {
            return pick(in, 0, 1) == 1;
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[(int) pick(in, 0, constants.length - 1)];
        }
        if (c == Instant.class) {
            return Instant.ofEpochSecond(seconds(in, Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    pick(in, 0, 999_999_999));
        }
        if (c == LocalDate.class) {
            return LocalDate.ofEpochDay(pick(in, 0, 3) == 0
                    ? pick(in, LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()) : pick(in, -1000, 100_000));
        }
        if (c == Duration.class) {
            return Duration.ofSeconds(pick(in, 0, 3) == 0 ? pick(in, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2)
                    : pick(in, 0, 7200), pick(in, 0, 999_999_999));
        }
        if (c == OptionalInt.class) {
            return pick(in, 0, 2) == 0 ? OptionalInt.empty() : OptionalInt.of((Integer) value(int.class, in, depth));
        }
        if (c == OptionalLong.class) {
            return pick(in, 0, 2) == 0 ? OptionalLong.empty() : OptionalLong.of((Long) value(long.class, in, depth));
        }
        if (c == OptionalDouble.class) {
            return pick(in, 0, 2) == 0 ? OptionalDouble.empty() : OptionalDouble.of(number(in));
        }
        if (c.isRecord()) {
            return record(c, in, depth);
        }
        throw new IllegalStateException("no generator for " + type + ": teach RecordGenerator this type");
    }

    private static long seconds(RandomnessSource in, long min, long max) {
        return pick(in, 0, 3) == 0 ? pick(in, min, max) : pick(in, -100_000_000L, 4_000_000_000L);
    }

    private static double number(RandomnessSource in) {
        return switch ((int) pick(in, 0, 9)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> 1.0;
            case 3 -> Double.MIN_VALUE;
            case 4 -> 1 + 9 * (pick(in, 0, 1L << 53) / (double) (1L << 53));
            case 5 -> Double.longBitsToDouble(pick(in, 0, Long.MAX_VALUE));
            case 6 -> Double.POSITIVE_INFINITY;
            default -> pick(in, 0, 1L << 53) / (double) (1L << 53);
        };
    }

    private static String text(RandomnessSource in) {
        var sb = new StringBuilder();
        if (pick(in, 0, 1) == 0) {
            int length = (int) pick(in, 1, 12);
            sb.append(ID_CHARS.charAt((int) pick(in, 0, 35)));
            for (int i = 1; i < length; i++) {
                sb.append(ID_CHARS.charAt((int) pick(in, 0, ID_CHARS.length() - 1)));
            }
            return sb.toString();
        }
        int pieces = (int) pick(in, 0, 6);
        for (int i = 0; i < pieces; i++) {
            switch ((int) pick(in, 0, 2)) {
                case 0 -> sb.append(PIECES.get((int) pick(in, 0, PIECES.size() - 1)));
                case 1 -> sb.append((char) pick(in, 0, 0xFFFF));
                default -> sb.append("word").append(pick(in, 0, 99));
            }
        }
        return sb.toString();
    }

    private static Object generic(Class<?> raw, Type[] args, RandomnessSource in, int depth) {
        int size = (int) pick(in, 0, depth > 2 ? 1 : 3);
        if (raw == Optional.class) {
            return pick(in, 0, 2) == 0 ? Optional.empty() : Optional.of(value(args[0], in, depth + 1));
        }
        if (raw == List.class) {
            var list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                list.add(value(args[0], in, depth + 1));
            }
            return list;
        }
        if (raw == Set.class) {
            var set = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                set.add(value(args[0], in, depth + 1));
            }
            return set;
        }
        if (raw == Map.class) {
            var map = new HashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(value(args[0], in, depth + 1), value(args[1], in, depth + 1));
            }
            return map;
        }
        throw new IllegalStateException("no generator for " + raw + ": teach RecordGenerator this type");
    }

    private static Object record(Class<?> type, RandomnessSource in, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < 500; attempt++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(components[i].getGenericType(), in, depth + 1);
            }
            try {
                return canonical.newInstance(values);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException iae)) {
                    throw new IllegalStateException(e.getCause());
                }
                last = iae;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("could not draw a valid " + type.getSimpleName(), last);
    }
}
