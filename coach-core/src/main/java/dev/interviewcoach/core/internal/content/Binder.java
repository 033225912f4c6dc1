package dev.interviewcoach.core.internal.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a {@link YamlNode} tree to the {@link Docs} records, recording a problem for every key, value
 * and missing field that does not fit, with its place and field path, and going on: one pass finds
 * every such problem in a document.
 *
 * <p>A value that does not fit becomes null, and so does every record it is part of, up to the
 * nearest list element: a broken challenge is a null element of {@code challenges}, so the other
 * challenges are still checked. The root is returned even when incomplete.
 */
final class Binder {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._#-]*");

    private final Where where;

    private Binder(Where where) {
        this.where = where;
    }

    /** A bound value, and whether it is complete. */
    private record Result(Object value, boolean ok) {
        static final Result FAILED = new Result(null, false);
        static final Result ABSENT = new Result(null, true);
    }

    /** What the component's annotations ask of its text values. */
    private record Rules(boolean nonBlank, boolean id, boolean trackId, boolean phrases, boolean positive) {
        static Rules of(RecordComponent c) {
            return new Rules(c.isAnnotationPresent(Docs.NonBlank.class), c.isAnnotationPresent(Docs.Id.class),
                    c.isAnnotationPresent(Docs.TrackId.class), c.isAnnotationPresent(Docs.Phrases.class),
                    c.isAnnotationPresent(Docs.Positive.class));
        }
    }

    /**
     * Binds a document's root.
     *
     * @param root the document's tree
     * @param type the root record type
     * @param where the document, its locations and problems
     * @return the root record, possibly with null components where values did not fit; null when the
     *     root is not a mapping
     */
    static <T extends Record> T bind(YamlNode root, Class<T> type, Where where) {
        return type.cast(new Binder(where).record(root, type, "").value());
    }

    private Result value(YamlNode node, Type type, String path, Rules rules) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw == List.class) {
                return list(node, p.getActualTypeArguments()[0], path, rules);
            }
            if (raw == Map.class) {
                return map(node, p.getActualTypeArguments()[1], path, rules);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isRecord()) {
                return record(node, c, path);
            }
            return scalar(node, c, path, rules);
        }
        throw new IllegalStateException("no binding for " + type);
    }

    /** A record type's components, their rules and its constructor, found once per type. */
    private record Shape(RecordComponent[] components, Map<String, Integer> byName, Rules[] rules, boolean[] required,
            java.lang.reflect.Constructor<?> constructor) {
        private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                var byName = new HashMap<String, Integer>();
                var rules = new Rules[components.length];
                var required = new boolean[components.length];
                for (int i = 0; i < components.length; i++) {
                    byName.put(components[i].getName(), i);
                    rules[i] = Rules.of(components[i]);
                    required[i] = components[i].isAnnotationPresent(Docs.Required.class);
                }
                try {
                    var constructor = type.getDeclaredConstructor(
                            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                    return new Shape(components, Map.copyOf(byName), rules, required, constructor);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("no canonical constructor in " + type.getSimpleName(), e);
                }
            }
        };

        static Shape of(Class<?> type) {
            return SHAPES.get(type);
        }

        String names() {
            return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "));
        }
    }

    private Result record(YamlNode node, Class<?> type, String path) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return mismatch(node, Docs.noun(type), path);
        }
        Shape shape = Shape.of(type);
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        boolean ok = true;
        var parts = new HashMap<Object, Position>();
        var present = new HashSet<String>();
        var suggested = new HashSet<String>();
        for (var entry : mapping.entries()) {
            String field = child(path, entry.key());
            Integer index = shape.byName().get(entry.key());
            if (index == null) {
                String suggestion = Suggestions.closest(entry.key(), shape.byName().keySet()).orElse(null);
                String key = "`" + Excerpt.bare(entry.key()) + "`";
                if (suggestion != null) {
                    suggested.add(suggestion);
                    where.at(entry.keyAt(), field, "unknown field " + key + "; did you mean `" + suggestion + "`?");
                } else {
                    where.at(entry.keyAt(), field, "unknown field " + key + "; " + Docs.noun(type) + " has the fields "
                            + shape.names());
                }
                continue;
            }
            present.add(entry.key());
            parts.put(entry.key(), entry.value().at());
            Result r = value(entry.value(), components[index].getGenericType(), field, shape.rules()[index]);
            if (r.ok() && r.value() == null && shape.required()[index]) {
                where.at(entry.value().at(), field, "`" + entry.key() + "` needs a value");
                r = Result.FAILED;
            }
            args[index] = r.value();
            ok &= r.ok();
        }
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (shape.required()[i] && !present.contains(name)) {
                ok = false;
                if (!suggested.contains(name)) {
                    where.at(mapping.at(), child(path, name), "missing required field `" + name + "`");
                }
            }
        }
        Object record;
        try {
            record = shape.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
        where.locations().put(record, mapping.at(), parts);
        return new Result(record, ok);
    }

    private Result list(YamlNode node, Type itemType, String path, Rules rules) {
        if (isNull(node)) {
            // "challenges:" with nothing after it is a list forgotten, not a list left out
            return mismatch(node, "a list (leave the key out when there is nothing to list)", path);
        }
        boolean ideas = rules.phrases() && itemType instanceof ParameterizedType;
        if (!(node instanceof YamlNode.Sequence sequence)) {
            return ideas && isPhrase(node) ? notIdeas(node, path, path) : mismatch(node, "a list", path);
        }
        var items = new ArrayList<Object>();
        var parts = new HashMap<Object, Position>();
        boolean ok = true;
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String field = path + "[" + i + "]";
            parts.put(i, item.at());
            Result r = isNull(item) ? mismatch(item, expected(itemType, rules), field)
                    : ideas && isPhrase(item) ? notIdeas(item, path, field)
                    : value(item, itemType, field, rules);
            items.add(r.ok() ? r.value() : null);
            ok &= r.ok();
        }
        if (rules.phrases() && items.isEmpty()) {
            return problem(sequence, path, ideas ? "needs at least one paraphrase set" : "a paraphrase set needs at least one phrase");
        }
        where.locations().put(items, sequence.at(), parts);
        return new Result(items, ok);
    }

    /**
     * A phrase where paraphrase sets belong: the common slip of writing {@code - phrase} for {@code - -
     * phrase}, or the phrase straight after the key. Says the shape, since "expected a list" about a list
     * item reads as if the list itself were missing.
     */
    private Result notIdeas(YamlNode node, String listPath, String path) {
        String key = listPath.substring(listPath.lastIndexOf('.') + 1);
        return problem(node, path, "`" + key + "` is a list of ideas, each a list of phrases: write an idea as "
                + "`- - phrase`, with other wordings of it below as `  - phrase`; found " + found(node));
    }

    private Result map(YamlNode node, Type valueType, String path, Rules rules) {
        if (isNull(node)) {
            return Result.ABSENT;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return mismatch(node, "a mapping of names to values", path);
        }
        var values = new LinkedHashMap<String, Object>();
        var parts = new HashMap<Object, Position>();
        boolean ok = true;
        for (var entry : mapping.entries()) {
            String field = child(path, entry.key());
            parts.put(entry.key(), entry.keyAt());
            Result r = isNull(entry.value()) ? mismatch(entry.value(), expected(valueType, rules), field)
                    : value(entry.value(), valueType, field, rules);
            values.put(entry.key(), r.value());
            ok &= r.ok();
        }
        where.locations().put(values, mapping.at(), parts);
        return new Result(values, ok);
    }

    private Result scalar(YamlNode node, Class<?> type, String path, Rules rules) {
        if (isNull(node)) {
            return Result.ABSENT;
        }
        if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Kind.REFUSED) {
            return node instanceof YamlNode.Scalar ? Result.FAILED : mismatch(node, expected(type, rules), path);
        }
        if (type == String.class) {
            return text(s, path, rules);
        }
        if (type == Integer.class && s.kind() == YamlNode.Kind.INTEGER) {
            var n = (BigInteger) s.value();
            if (n.bitLength() >= Integer.SIZE) {
                return problem(s, path, "the number " + Excerpt.bare(s.text()) + " is too large");
            }
            return rules.positive() && n.signum() <= 0 ? notPositive(s, path) : new Result(n.intValue(), true);
        }
        if (type == Double.class && (s.kind() == YamlNode.Kind.INTEGER || s.kind() == YamlNode.Kind.DECIMAL)) {
            double d = ((Number) s.value()).doubleValue();
            if (!Double.isFinite(d)) {
                return problem(s, path, "expected a number, found " + Excerpt.bare(s.text()));
            }
            return rules.positive() && d <= 0 ? notPositive(s, path) : new Result(d, true);
        }
        if (type == Boolean.class && s.kind() == YamlNode.Kind.BOOLEAN) {
            return new Result(s.value(), true);
        }
        if (type.isEnum() && s.kind() == YamlNode.Kind.TEXT) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s.text())) {
                    return new Result(constant, true);
                }
            }
            return problem(s, path, Excerpt.quote(s.text()) + " is not one of " + Arrays.toString(type.getEnumConstants()));
        }
        return mismatch(s, expected(type, rules), path);
    }

    private Result text(YamlNode.Scalar s, String path, Rules rules) {
        String value;
        if (s.kind() == YamlNode.Kind.TEXT) {
            value = s.text();
        } else if (rules.phrases() && (s.kind() == YamlNode.Kind.INTEGER || s.kind() == YamlNode.Kind.DECIMAL)) {
            // a bare number in a phrase is the text as written: 0644, 12:30, 0x1F and 0.10 stay as they are
            value = s.text();
        } else {
            return mismatch(s, expected(String.class, rules), path);
        }
        if ((rules.nonBlank() || rules.phrases()) && value.isBlank()) {
            return problem(s, path, "must not be empty");
        }
        if (rules.id() && !ID.matcher(value).matches()) {
            return problem(s, path, Excerpt.quote(value) + " is not an id: use lowercase letters, digits, '.', '-', '_' or '#'");
        }
        if (rules.trackId() && !ContentRules.TRACK_ID.matcher(value).matches()) {
            return problem(s, path, ContentRules.notATrackId(value));
        }
        return new Result(value, true);
    }

    private Result notPositive(YamlNode.Scalar s, String path) {
        return problem(s, path, "must be more than 0; was " + Excerpt.bare(s.text()));
    }

    private Result mismatch(YamlNode node, String expected, String path) {
        return problem(node, path, "expected " + expected + ", found " + found(node));
    }

    private Result problem(YamlNode node, String path, String message) {
        where.at(node.at(), path, message);
        return Result.FAILED;
    }

    private static String expected(Type type, Rules rules) {
        if (type instanceof ParameterizedType p) {
            return p.getRawType() == List.class ? "a list" : "a mapping of names to values";
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return Docs.noun(c);
        }
        if (c.isEnum()) {
            return "one of " + Arrays.toString(c.getEnumConstants());
        }
        if (c == Integer.class) {
            return "a whole number";
        }
        if (c == Double.class) {
            return "a number";
        }
        if (c == Boolean.class) {
            return "true or false";
        }
        return rules.id() ? "an id" : rules.trackId() ? "a track id" : rules.phrases() ? "a phrase" : "text";
    }

    private static String found(YamlNode node) {
        if (node instanceof YamlNode.Sequence) {
            return "a list";
        }
        if (node instanceof YamlNode.Mapping) {
            return "a mapping (key: value lines)";
        }
        var s = (YamlNode.Scalar) node;
        return switch (s.kind()) {
            case TEXT -> "the text " + Excerpt.quote(s.text());
            case INTEGER, DECIMAL -> "the number " + Excerpt.bare(s.text()) + " (quote it to make it text)";
            case BOOLEAN -> "`" + Excerpt.bare(s.text()) + "`, which YAML reads as " + s.value()
                    + " (quote it to make it text)";
            case NULL -> "nothing";
            case REFUSED -> "a refused value";
        };
    }

    private static boolean isPhrase(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL && s.kind() != YamlNode.Kind.REFUSED;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? Excerpt.bare(key) : path + "." + Excerpt.bare(key);
    }
}
