package dev.interviewcoach.core.internal.content;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each object read from a document began, and where each of its parts began (a record's
 * components by name, a list's elements by index, a map's values by key), so checks made after
 * reading still name the line and column at fault.
 */
final class Locations {
    private record Located(Position start, Map<Object, Position> parts) {}

    private final Map<Object, Located> byObject = new IdentityHashMap<>();

    void put(Object node, Position start, Map<Object, Position> parts) {
        byObject.putIfAbsent(node, new Located(start, Map.copyOf(parts)));
    }

    Position start(Object node) {
        var located = node == null ? null : byObject.get(node);
        return located == null ? Position.DOCUMENT : located.start();
    }

    Position part(Object node, Object part) {
        var located = node == null ? null : byObject.get(node);
        if (located == null) {
            return Position.DOCUMENT;
        }
        return located.parts().getOrDefault(part, located.start());
    }
}
