package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fallback chain: the first grader that scores grades the answer; one that errors or abstains, or
 * returns a grade the coach would not use (not signed by it, or not fitting the question), passes it
 * to the next. The grade is signed by the chain (its id and version); its message names
 * the member that scored and the ones that did not.
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
                String note = "graded by " + g.id() + (skipped.isEmpty() ? "" : " after " + String.join("; ", skipped));
                // signed by the chain, as every grade names the grader that gave it; the message says which
                // member scored, and keeps what that member said (e.g. a flagged instruction, a samples spread)
                return new Grade(grade.status(), grade.score(), grade.criteria(), grade.dimensions(),
                        grade.misconceptions(), grade.feedback(), id(), version(), grade.pressure(),
                        Optional.of(grade.message().map(m -> note + ". " + m).orElse(note)));
            }
            skipped.add(g.id() + " " + grade.status() + grade.message().map(m -> " (" + m + ")").orElse(""));
            last = grade;
        }
        String why = "every grader in the chain declined: " + String.join("; ", skipped);
        return last != null && last.status() == dev.interviewcoach.api.GradeStatus.ABSTAIN
                ? Grade.abstain(id(), version(), why) : Grade.error(id(), version(), why);
    }

    /**
     * Grades with a member, turning an exception, a missing grade or a grade the coach would not use
     * (one not signed by the member or not fitting the question, see {@link GradeFit#checked}) into an
     * error grade of the member: an error is never a zero, and a member's grade is held to the rules of
     * a grader's own.
     */
    static Grade safely(Grader grader, GradingRequest request) {
        try {
            Grade grade = grader.grade(request);
            return grade != null ? GradeFit.checked(grader, grade, request)
                    : Grade.error(grader.id(), grader.version(), "the grader returned no grade");
        } catch (Exception | AssertionError | StackOverflowError | LinkageError e) {
            // what the coach catches from its own grader: a member that fails so is one that failed
            return Grade.error(grader.id(), grader.version(), "the grader threw " + e.getClass().getName());
        }
    }
}
