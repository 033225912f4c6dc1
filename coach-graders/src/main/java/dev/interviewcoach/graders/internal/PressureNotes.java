package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.PressureCheck;
import dev.interviewcoach.spi.GradingRequest;

/**
 * Adds a challenge's time limit and word budget to a grade: the check itself and a line of feedback.
 * Keeping to them is reported, not scored, so the same content gets the same score in every mode.
 */
public final class PressureNotes {
    private PressureNotes() {}

    /**
     * Attaches the pressure check when the challenge sets a time limit or word budget.
     *
     * @param grade the grade
     * @param request the request graded
     * @return the grade, with the check where one applies
     */
    public static Grade attach(Grade grade, GradingRequest request) {
        var prompt = request.challenge().prompt();
        if (!grade.isScored() || (prompt.timeLimit().isEmpty() && prompt.wordBudget().isEmpty())) {
            return grade;
        }
        var answer = request.answer();
        var check = new PressureCheck(prompt.timeLimit(), answer.timeTaken(), prompt.wordBudget(), answer.wordCount());
        var note = new StringBuilder();
        prompt.timeLimit().ifPresent(limit -> note.append(answer.timeTaken().isZero()
                ? "Time limit " + limit.toSeconds() + " s (time not recorded)."
                : "Time " + answer.timeTaken().toSeconds() + " s of " + limit.toSeconds() + " s"
                        + (check.overTime() ? ": over time; in an interview, lead with the answer." : ".")));
        prompt.wordBudget().ifPresent(budget -> {
            if (note.length() > 0) {
                note.append(' ');
            }
            note.append("Words ").append(check.words()).append(" of ").append(budget)
                    .append(check.overBudget() ? ": over budget; cut to the points that carry marks." : ".");
        });
        return grade.withPressure(check, note.toString());
    }
}
