package dev.interviewcoach.api;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a track's content: the document, the line and column, the field and what is wrong.
 *
 * <p>Problems sort by document, then line, then column, then field. {@link #toString()} is the form
 * an author reads, e.g. {@code backend/http/define.yaml:41:11 at challenges[2].rung: 'EXPLAIN' is not
 * one of [DEFINE, TRADEOFFS, DEBUG, DESIGN, PRESSURE]}.
 *
 * @param resource the document, named by track and path, e.g. {@code backend/http/define.yaml}
 * @param line one-based line, 0 when the problem is with the document as a whole (it cannot be opened)
 * @param column one-based column (in characters), 0 when the line is 0
 * @param field the path of the field at fault, e.g. {@code challenges[3].rubric.criteria[1].weight};
 *     empty for the document as a whole
 * @param message what is wrong, in plain words
 * @since 0.1
 */
public record ContentProblem(String resource, int line, int column, String field, String message)
        implements Comparable<ContentProblem>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::resource)
            .thenComparingInt(ContentProblem::line)
            .thenComparingInt(ContentProblem::column)
            .thenComparing(ContentProblem::field)
            .thenComparing(ContentProblem::message);

    /** Validates the components. */
    public ContentProblem {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative, were " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(ContentProblem other) {
        return ORDER.compare(this, other);
    }

    /**
     * The problem as an author reads it: {@code resource:line:column at field: message} (the line and
     * column left out when 0, the field when empty).
     *
     * @return the problem in one line
     */
    @Override
    public String toString() {
        var where = new StringBuilder(resource);
        if (line > 0) {
            where.append(':').append(line).append(':').append(column);
        }
        if (!field.isEmpty()) {
            where.append(" at ").append(field);
        }
        return where.append(": ").append(message).toString();
    }
}
