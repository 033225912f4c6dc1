package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import java.util.List;
import org.assertj.core.api.ListAssert;

/** The store kit's assertions on attempts: brief (never an answer's text) and saying where lists differ. */
final class StoreAssertions {
    private StoreAssertions() {}

    /** An assertion on a list of attempts that prints them briefly, never their answer text. */
    static ListAssert<Attempt> assertThatAttempts(List<Attempt> attempts) {
        return assertThat(attempts).withRepresentation(BriefRepresentation.INSTANCE);
    }

    /**
     * The same attempts in the same order: their ids first, where a difference is reported as the first
     * index that differs and the ids around it (not ten thousand ids twice), then each attempt whole,
     * printed briefly (never its answer text).
     */
    static void assertSameAttempts(String what, List<Attempt> actual, List<Attempt> expected) {
        var got = actual.stream().map(Attempt::id).toList();
        var want = expected.stream().map(Attempt::id).toList();
        if (!got.equals(want)) {
            int first = 0;
            while (first < got.size() && first < want.size() && got.get(first).equals(want.get(first))) {
                first++;
            }
            int from = Math.max(0, first - 2);
            org.assertj.core.api.Assertions.fail("%s: %d attempts where %d were appended; the ids differ first at index %d:"
                    + " expected %s, got %s (ids appended in order, oldest first: not sorted by time, newest first,"
                    + " skipped or repeated at a page boundary, or from another learner or track)", what, got.size(),
                    want.size(), first, want.subList(from, Math.min(want.size(), first + 3)),
                    got.subList(Math.min(from, got.size()), Math.min(got.size(), first + 3)));
        }
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).withRepresentation(BriefRepresentation.INSTANCE)
                    .as("%s: attempt %s kept exactly", what, want.get(i)).isEqualTo(expected.get(i));
        }
    }

    /** A call that must be refused with the given exception; the description says what a store must check. */
    static void assertRefused(String why, org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            Class<? extends Throwable> type) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).as(why).isInstanceOf(type);
    }
}
