package dev.interviewcoach.tck;

import dev.interviewcoach.api.Grade;

/** What differs between two grades of one answer, said for a failing determinism or concurrency test. */
final class GradeDifference {
    private GradeDifference() {}

    /**
     * What differs, and what to do about it: the grader declares {@code DETERMINISTIC} (what {@code
     * Grader.capabilities()} returns unless overridden).
     */
    static String hint(Grade first, Grade again, String graderId) {
        return what(first, again) + "; " + graderId + " declares DETERMINISTIC (the default of Grader.capabilities()): "
                + "make equal answers get equal grades, or leave DETERMINISTIC out of its capabilities";
    }

    /**
     * What differs between a grade made alone and one a fresh instance made among others on several
     * threads at once, and what it likely means: the grader shares state between grades unsafely.
     */
    static String concurrencyHint(Grade sequential, Grade concurrent, String graderId) {
        return "concurrent grading changed the grade: is the grader thread-safe? " + what(sequential, concurrent)
                + " when a fresh instance of " + graderId + " graded from several threads at once. The coach grades "
                + "every learner's answers with one instance at once; state shared between grades (a cache filled "
                + "lazily without synchronisation, a field holding the answer under way) lets one grade read another's "
                + "half-done work. Keep what one grade needs in local variables, and fill shared caches atomically "
                + "(e.g. ConcurrentHashMap.computeIfAbsent with a value complete before it is stored)";
    }

    private static String what(Grade first, Grade again) {
        if (first.status() != again.status()) {
            return "status " + first.status() + " then " + again.status();
        } else if (!first.score().equals(again.score())) {
            return "score " + first.score() + " then " + again.score();
        } else if (!first.criteria().equals(again.criteria())) {
            return "the criteria's results differ";
        } else if (!first.dimensions().equals(again.dimensions())) {
            return "the dimensions' results differ";
        } else if (!first.misconceptions().equals(again.misconceptions())) {
            return "the misconceptions found differ";
        }
        return "the feedback or another part differs";
    }
}
