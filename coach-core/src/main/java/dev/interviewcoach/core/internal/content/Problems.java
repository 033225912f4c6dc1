package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import java.util.ArrayList;
import java.util.List;

/** Every problem found while reading a track, so that they are reported together. */
final class Problems {
    private final List<ContentProblem> found = new ArrayList<>();

    void add(String resource, Position at, String field, String message) {
        found.add(new ContentProblem(resource, at.line(), at.column(), field, Excerpt.message(message)));
    }

    void add(ContentProblem problem) {
        found.add(problem);
    }

    boolean any(java.util.function.Predicate<ContentProblem> test) {
        return found.stream().anyMatch(test);
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws every problem found so far as one exception, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ContentException(List.copyOf(found));
        }
    }
}
