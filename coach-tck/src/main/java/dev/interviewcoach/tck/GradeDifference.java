package dev.interviewcoach.tck;

import dev.interviewcoach.api.Grade;

/** What differs between two grades of one answer, said for a failing determinism test. */
final class GradeDifference {
    private GradeDifference() {}

    /**
     * What differs, and what to do about it: the grader declares {@code DETERMINISTIC} (what {@code
     * Grader.capabilities()} returns unless overridden).
     */
    static String hint(Grade first, Grade again, String graderId) {
        String what;
        if (first.status() != again.status()) {
            what = "status " + first.status() + " then " + again.status();
        } else if (!first.score().equals(again.score())) {
            what = "score " + first.score() + " then " + again.score();
        } else if (!first.criteria().equals(again.criteria())) {
            what = "the criteria's results differ";
        } else if (!first.misconceptions().equals(again.misconceptions())) {
            what = "the misconceptions found differ";
        } else {
            what = "the feedback or another part differs";
        }
        return what + "; " + graderId + " declares DETERMINISTIC (the default of Grader.capabilities()): make equal "
                + "answers get equal grades, or leave DETERMINISTIC out of its capabilities";
    }
}
