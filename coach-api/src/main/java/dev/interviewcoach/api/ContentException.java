package dev.interviewcoach.api;

import java.util.Objects;

/**
 * Content that cannot be loaded: names the resource, the line and column, and the field.
 *
 * @since 0.1
 */
public class ContentException extends CoachException {
    private static final long serialVersionUID = 1L;

    /** The resource (document name) at fault. */
    private final String resource;
    /** One-based line, or 0 when unknown. */
    private final int line;
    /** One-based column, or 0 when unknown. */
    private final int column;
    /** The path of the field at fault, e.g. {@code challenges[3].rubric.criteria[0].weight}. */
    private final String field;

    /**
     * A content error at a known place.
     *
     * @param resource the document name
     * @param line one-based line, 0 when unknown
     * @param column one-based column, 0 when unknown
     * @param field the field path, empty when unknown
     * @param problem what is wrong
     */
    public ContentException(String resource, int line, int column, String field, String problem) {
        super(format(resource, line, column, field, problem));
        this.resource = Objects.requireNonNull(resource, "resource");
        this.line = line;
        this.column = column;
        this.field = Objects.requireNonNull(field, "field");
    }

    private static String format(String resource, int line, int column, String field, String problem) {
        var where = new StringBuilder(resource);
        if (line > 0) {
            where.append(':').append(line).append(':').append(column);
        }
        if (!field.isEmpty()) {
            where.append(" at ").append(field);
        }
        return where + ": " + problem;
    }

    /**
     * The document name.
     *
     * @return the resource
     */
    public String resource() {
        return resource;
    }

    /**
     * The one-based line, 0 when unknown.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * The one-based column, 0 when unknown.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * The path of the field at fault, empty when unknown.
     *
     * @return the field path
     */
    public String field() {
        return field;
    }
}
