package dev.interviewcoach.core.internal.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one value of one type at the cursor: a node of a {@link RecordReader}'s tree. */
abstract class ReadNode {
    abstract Object read(Cursor in);

    /** The value of a missing property. */
    Object absent() {
        throw RecordReader.giveUp();
    }

    /**
     * The node that reads values of a type: records already met are shared, so a record may reach
     * itself; a type this reader does not read gets a node that always gives up.
     */
    static ReadNode of(Type type, Map<Class<?>, RecordNode> records) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return new ContainerNodes.OptionalNode(of(args[0], records));
            }
            if (raw == List.class) {
                return new ContainerNodes.ListNode(of(args[0], records));
            }
            if (raw == Map.class && args[0] == String.class) {
                return new ContainerNodes.MapNode(of(args[1], records));
            }
            return ScalarNode.UNSUPPORTED;
        }
        if (!(type instanceof Class<?> c)) {
            return ScalarNode.UNSUPPORTED;
        }
        ReadNode scalar = ScalarNode.SCALARS.get(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            return new ContainerNodes.EnumNode(c);
        }
        if (c.isRecord()) {
            RecordNode known = records.get(c);
            if (known != null) {
                return known;
            }
            var record = new RecordNode(c);
            records.put(c, record);
            record.link(records);
            return record;
        }
        return ScalarNode.UNSUPPORTED;
    }
}
