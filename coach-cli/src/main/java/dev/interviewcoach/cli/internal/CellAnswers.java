package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graded answers of each concept × rung of the readiness map: those asked at that very concept and
 * rung, by kind. A follow-up is asked at its original's concept and rung, and a review at the rung it
 * reviews, so both count there (and are said to). A boss question's answers count in no cell: it covers
 * several concepts at once. A rung's mastery estimate moves with more than these (a passing answer also
 * moves the rungs below it), which is why the estimate's evidence count is not the cell's answers.
 */
final class CellAnswers {
    private final Map<String, int[]> counts = new HashMap<>();

    private CellAnswers() {}

    /**
     * Counts the answers per cell.
     *
     * @param attempts the learner's attempts on the track
     * @return the counts
     */
    static CellAnswers of(List<Attempt> attempts) {
        var out = new CellAnswers();
        for (var a : attempts) {
            if (!a.grade().isScored() || a.reason() == StepReason.BOSS) {
                continue; // not graded (no evidence), or the boss question, which no single cell holds
            }
            out.counts.computeIfAbsent(a.conceptId() + "/" + a.level(), k -> new int[Kind.values().length])
                    [Kind.of(a.reason()).ordinal()]++;
        }
        return out;
    }

    /** The kinds of answers a cell counts, in the order they are named. */
    private enum Kind {
        QUESTION("question", "questions"), FOLLOW_UP("follow-up", "follow-ups"), REVIEW("review", "reviews"),
        DIAGNOSIS("in the diagnosis", "in the diagnosis");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        static Kind of(StepReason reason) {
            return switch (reason) {
                case FOLLOW_UP -> FOLLOW_UP;
                case REVIEW -> REVIEW;
                case DIAGNOSTIC -> DIAGNOSIS;
                default -> QUESTION;
            };
        }
    }

    /**
     * How many graded answers were given at a concept and rung.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the count, follow-ups, reviews and diagnostic answers there included
     */
    int total(String conceptId, ChallengeLevel level) {
        int total = 0;
        for (int n : counts.getOrDefault(conceptId + "/" + level, new int[Kind.values().length])) {
            total += n;
        }
        return total;
    }

    /**
     * The answers at a concept and rung in words: "1 answer here", or "3 answers here: 1 question,
     * 1 follow-up, 1 review"; "no answers here" when there are none.
     *
     * @param conceptId the concept
     * @param level the rung
     * @return the words
     */
    String describe(String conceptId, ChallengeLevel level) {
        int total = total(conceptId, level);
        if (total == 0) {
            return "no answers here";
        }
        var byKind = counts.get(conceptId + "/" + level);
        var parts = new ArrayList<String>();
        for (var kind : Kind.values()) {
            int n = byKind[kind.ordinal()];
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? kind.one : kind.many));
            }
        }
        String head = total + (total == 1 ? " answer here" : " answers here");
        return parts.size() == 1 && byKind[Kind.QUESTION.ordinal()] > 0 ? head : head + ": " + String.join(", ", parts);
    }
}
