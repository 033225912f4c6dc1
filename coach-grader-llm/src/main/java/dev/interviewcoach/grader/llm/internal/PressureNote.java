package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.PressureCheck;
import dev.interviewcoach.spi.GradingRequest;

/** Adds a pressure challenge's time limit and word budget to a scored grade: reported, not scored. */
final class PressureNote {
    private PressureNote() {}

    static Grade attach(Grade grade, GradingRequest request) {
        var prompt = request.challenge().prompt();
        if (!grade.isScored() || (prompt.timeLimit().isEmpty() && prompt.wordBudget().isEmpty())) {
            return grade;
        }
        var answer = request.answer();
        var check = new PressureCheck(prompt.timeLimit(), answer.timeTaken(), prompt.wordBudget(), answer.wordCount());
        var note = new StringBuilder();
        prompt.timeLimit().ifPresent(limit -> note.append("Time ").append(answer.timeTaken().toSeconds()).append(" s of ")
                .append(limit.toSeconds()).append(" s").append(check.overTime() ? ": over time." : "."));
        prompt.wordBudget().ifPresent(budget -> note.append(note.length() > 0 ? " " : "").append("Words ").append(check.words())
                .append(" of ").append(budget).append(check.overBudget() ? ": over budget." : "."));
        return grade.withPressure(check, note.toString());
    }
}
