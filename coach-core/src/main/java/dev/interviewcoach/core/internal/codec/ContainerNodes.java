package dev.interviewcoach.core.internal.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nodes of a {@link RecordReader} that read enums, optionals, lists and maps with string keys. */
final class ContainerNodes {
    private ContainerNodes() {}

    static final class EnumNode extends ReadNode {
        private final Enum<?>[] constants;
        private final byte[][] names;

        EnumNode(Class<?> type) {
            constants = (Enum<?>[]) type.getEnumConstants();
            names = new byte[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ScalarNode.utf8(constants[i].name());
            }
        }

        @Override
        Object read(Cursor in) {
            if (in.peek() == '"') {
                for (int i = 0; i < names.length; i++) {
                    if (in.quoted(names[i])) {
                        return constants[i];
                    }
                }
            }
            throw RecordReader.giveUp();
        }
    }

    static final class OptionalNode extends ReadNode {
        private final ReadNode value;

        OptionalNode(ReadNode value) {
            this.value = value;
        }

        @Override
        Object read(Cursor in) {
            return in.literal(ScalarNode.NULL) ? Optional.empty() : Optional.of(value.read(in));
        }

        @Override
        Object absent() {
            return Optional.empty();
        }
    }

    static final class ListNode extends ReadNode {
        private final ReadNode element;

        ListNode(ReadNode element) {
            this.element = element;
        }

        @Override
        Object read(Cursor in) {
            if (in.literal(ScalarNode.NULL)) {
                return List.of();
            }
            in.expect('[');
            if (in.next(']')) {
                return List.of();
            }
            // the elements wait on the cursor's stack and go into an immutable list in one copy, which
            // the record's own List.copyOf then keeps as it is
            int mark = in.depth();
            do {
                in.push(element.read(in));
            } while (in.next(','));
            in.expect(']');
            return in.popList(mark);
        }

        @Override
        Object absent() {
            return List.of();
        }
    }

    static final class MapNode extends ReadNode {
        private final ReadNode value;

        MapNode(ReadNode value) {
            this.value = value;
        }

        @Override
        Object read(Cursor in) {
            if (in.literal(ScalarNode.NULL)) {
                return Map.of();
            }
            in.expect('{');
            var map = new LinkedHashMap<String, Object>();
            if (in.next('}')) {
                return map;
            }
            do {
                String key = ScalarNode.decode(in.string());
                in.expect(':');
                // a repeated key replaces the earlier value, as in the data binder
                map.put(key, value.read(in));
            } while (in.next(','));
            in.expect('}');
            return map;
        }

        @Override
        Object absent() {
            return Map.of();
        }
    }
}
