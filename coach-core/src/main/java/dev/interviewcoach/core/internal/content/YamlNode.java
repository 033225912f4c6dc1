package dev.interviewcoach.core.internal.content;

import java.util.List;

/** A YAML value as written, with the place it starts; the reader's tree before it is bound to {@link Docs}. */
sealed interface YamlNode {
    /** Where the value starts. */
    Position at();

    /** What a scalar was read as. */
    enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, NULL,
        /** A value already refused (an alias, an oversized value): binding it fails without a second problem. */
        REFUSED
    }

    /**
     * A scalar.
     *
     * @param text the text as written (for {@link Kind#TEXT} the value itself)
     * @param value a {@link Number} for {@link Kind#INTEGER} and {@link Kind#DECIMAL}, a {@link Boolean}
     *     for {@link Kind#BOOLEAN}, else null
     */
    record Scalar(Position at, Kind kind, String text, Object value) implements YamlNode {}

    /** A list. */
    record Sequence(Position at, List<YamlNode> items) implements YamlNode {}

    /** A mapping, its keys in document order. */
    record Mapping(Position at, List<Entry> entries) implements YamlNode {
        /** One key and its value. */
        record Entry(String key, Position keyAt, YamlNode value) {}
    }
}
