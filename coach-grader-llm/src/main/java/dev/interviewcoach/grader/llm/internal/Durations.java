package dev.interviewcoach.grader.llm.internal;

import java.time.Duration;

/** Durations as the grader's messages write them: whole seconds as {@code 25 s}, anything else in milliseconds. */
final class Durations {
    private Durations() {}

    static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A time left, in whole seconds from one second on. */
    static String left(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
