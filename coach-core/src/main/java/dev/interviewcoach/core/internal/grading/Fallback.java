package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A fallback chain: the first grader that scores grades the answer; one that errors or abstains
 * passes it to the next. The grade names the grader that scored and, in its message, the ones
 * that did not.
 */
public final class Fallback extends GroupedGrader {
    private final List<Grader> chain;

    /**
     * A chain of graders, tried in order.
     *
     * @param chain the graders; at least one
     */
    public Fallback(List<Grader> chain) {
        super("fallback", chain);
        this.chain = List.copyOf(chain);
    }

    @Override
    public Grade grade(GradingRequest request) {
        var skipped = new ArrayList<String>();
        Grade last = null;
        for (Grader g : chain) {
            Grade grade = safely(g, request);
            if (grade.isScored()) {
                if (skipped.isEmpty()) {
                    return grade;
                }
                String note = "graded by " + grade.graderId() + " after " + String.join("; ", skipped);
                // keep what the scoring grader said (e.g. a flagged instruction, a samples spread)
                return grade.withMessage(grade.message().map(m -> note + ". " + m).orElse(note));
            }
            skipped.add(g.id() + " " + grade.status() + grade.message().map(m -> " (" + m + ")").orElse(""));
            last = grade;
        }
        String why = "every grader in the chain declined: " + String.join("; ", skipped);
        return last != null && last.status() == dev.interviewcoach.api.GradeStatus.ABSTAIN
                ? Grade.abstain(id(), version(), why) : Grade.error(id(), version(), why);
    }

    /** Grades, turning an exception or a missing grade into an error grade: an error is never a zero. */
    static Grade safely(Grader grader, GradingRequest request) {
        try {
            Grade grade = grader.grade(request);
            return grade != null ? grade : Grade.error(grader.id(), grader.version(), "the grader returned no grade");
        } catch (RuntimeException | StackOverflowError e) {
            return Grade.error(grader.id(), grader.version(), "the grader threw " + e.getClass().getName());
        }
    }
}
