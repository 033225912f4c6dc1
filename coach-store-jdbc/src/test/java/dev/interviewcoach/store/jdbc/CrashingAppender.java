package dev.interviewcoach.store.jdbc;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.nio.file.Path;
import java.util.List;

/**
 * A program that appends attempts to a SQLite store one commit at a time and prints each attempt's
 * id once its commit returned, until it is killed.
 */
final class CrashingAppender {
    static final LearnerId LEARNER = LearnerId.of("ada");

    private CrashingAppender() {}

    /**
     * Appends until killed.
     *
     * @param args the database file and this run's name
     */
    public static void main(String[] args) {
        try (MemoryStore store = JdbcMemoryStores.sqlite(Path.of(args[0]))) {
            var key = new StateKey(LEARNER, "backend");
            LearnerState state = store.load(key).orElse(LearnerState.initial(LEARNER, "backend", StoreFixtures.T0));
            for (int i = 0; i < 1_000_000; i++) {
                String id = args[1] + "-" + i;
                state = store.commit(new StoreCommit(state, List.of(attemptFor(id))));
                System.out.println(id);
                System.out.flush();
            }
        }
    }

    /** The attempt a run appends under an id; a large answer so a kill often lands mid-write. */
    static dev.interviewcoach.api.Attempt attemptFor(String id) {
        return StoreFixtures.fullAttempt(id, LEARNER, "backend", ("answer of " + id + " \u0000 ").repeat(2_000),
                StoreFixtures.EXACT_INSTANTS.get(0));
    }
}
