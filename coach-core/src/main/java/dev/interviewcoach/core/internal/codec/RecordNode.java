package dev.interviewcoach.core.internal.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/** Reads a record through its canonical constructor, its components by name in any order. */
final class RecordNode extends ReadNode {
    private final byte[][] names;
    private final Type[] types;
    private final ReadNode[] components;
    // the canonical constructor, its access checked once here rather than on every call
    private final Constructor<?> constructor;

    RecordNode(Class<?> type) {
        RecordComponent[] recordComponents = type.getRecordComponents();
        int n = recordComponents.length;
        names = new byte[n][];
        types = new Type[n];
        components = new ReadNode[n];
        var classes = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            // the name with its quotes and colon, matched in one comparison
            names[i] = ScalarNode.utf8("\"" + recordComponents[i].getName() + "\":");
            types[i] = recordComponents[i].getGenericType();
            classes[i] = recordComponents[i].getType();
        }
        Constructor<?> canonical;
        try {
            canonical = n > 64 ? null : type.getDeclaredConstructor(classes);
            if (canonical != null && !canonical.trySetAccessible()) {
                canonical = null;
            }
        } catch (NoSuchMethodException e) {
            // not a canonical constructor the binder could use either: the binder decides
            canonical = null;
        }
        constructor = canonical;
    }

    void link(Map<Class<?>, RecordNode> records) {
        for (int i = 0; i < components.length; i++) {
            components[i] = constructor == null ? ScalarNode.UNSUPPORTED : ReadNode.of(types[i], records);
        }
    }

    @Override
    Object read(Cursor in) {
        if (constructor == null) {
            throw RecordReader.giveUp();
        }
        in.expect('{');
        Object[] values = new Object[components.length];
        long seen = 0;
        if (!in.next('}')) {
            int next = 0;
            do {
                int i = index(in, next);
                if ((seen & (1L << i)) != 0) {
                    throw RecordReader.giveUp();
                }
                seen |= 1L << i;
                ReadNode component = components[i];
                values[i] = component instanceof ScalarNode scalar ? ScalarNode.scalar(scalar.scalar, in) : component.read(in);
                next = i + 1;
            } while (in.next(','));
            in.expect('}');
        }
        for (int i = 0; i < values.length; i++) {
            if ((seen & (1L << i)) == 0) {
                values[i] = components[i].absent();
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the record refused a value; the binder names the error
            throw RecordReader.giveUp();
        }
    }

    /**
     * The component whose quoted name is at the cursor, looked for first where the codec writes it
     * (after the previous one); the cursor moves past the name and its colon.
     */
    private int index(Cursor in, int expected) {
        if (expected < names.length && in.literal(names[expected])) {
            return expected;
        }
        for (int i = 0; i < names.length; i++) {
            if (in.literal(names[i])) {
                return i;
            }
        }
        // an unknown property (a newer writer's) or a name written with escapes: the binder reads it
        throw RecordReader.giveUp();
    }
}
