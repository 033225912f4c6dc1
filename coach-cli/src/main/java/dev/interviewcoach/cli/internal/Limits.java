package dev.interviewcoach.cli.internal;

import dev.interviewcoach.core.Coach;

/** The limits this program sets on the coach. */
final class Limits {
    private Limits() {}

    /** The largest answer accepted, in UTF-8 bytes: the coach's default, 64 KB. */
    static int maxAnswerBytes() {
        return Coach.DEFAULT_MAX_ANSWER_BYTES;
    }
}
