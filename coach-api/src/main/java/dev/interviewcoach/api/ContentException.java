package dev.interviewcoach.api;

import java.util.List;
import java.util.Objects;

/**
 * Content that cannot be loaded: every {@link ContentProblem} found, each naming the document, the
 * line and column, and the field.
 *
 * <p>{@link #resource()}, {@link #line()}, {@link #column()} and {@link #field()} describe the first
 * problem; {@link #problems()} holds them all, sorted by document, line and column. The message lists
 * every problem, one per line.
 *
 * @since 0.1
 */
public class ContentException extends CoachException {
    private static final long serialVersionUID = 1L;

    /** Every problem, sorted; never empty. */
    @SuppressWarnings("serial") // an unmodifiable list of serializable records
    private final List<ContentProblem> problems;

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
        this(List.of(new ContentProblem(resource, line, column, field, problem)));
    }

    /**
     * Content errors found together, e.g. every problem of one track.
     *
     * @param problems the problems, at least one; they are sorted
     * @throws IllegalArgumentException when there is no problem
     */
    public ContentException(List<ContentProblem> problems) {
        super(format(sorted(problems)));
        this.problems = sorted(problems);
    }

    private static List<ContentProblem> sorted(List<ContentProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one problem");
        }
        return problems.stream().sorted().toList();
    }

    private static String format(List<ContentProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        var message = new StringBuilder().append(problems.size()).append(" problems in the content:");
        problems.forEach(p -> message.append("\n  ").append(p));
        return message.toString();
    }

    /**
     * Every problem, sorted by document, line and column.
     *
     * @return the problems, never empty
     */
    public List<ContentProblem> problems() {
        return problems;
    }

    /**
     * The document of the first problem.
     *
     * @return the resource
     */
    public String resource() {
        return problems.get(0).resource();
    }

    /**
     * The one-based line of the first problem, 0 when it is with the document as a whole.
     *
     * @return the line
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * The one-based column of the first problem, 0 when its line is 0.
     *
     * @return the column
     */
    public int column() {
        return problems.get(0).column();
    }

    /**
     * The path of the field of the first problem, empty when it is with the document as a whole.
     *
     * @return the field path
     */
    public String field() {
        return problems.get(0).field();
    }
}
