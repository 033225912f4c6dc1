package dev.interviewcoach.store.jdbc;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.util.ArrayList;
import java.util.List;

/**
 * A program that updates one learner in a PostgreSQL store many times, each update reading the state,
 * adding its attempt id to it and committing, again on a version conflict.
 */
final class PostgresWriter {
    static final LearnerId LEARNER = LearnerId.of("shared");

    private PostgresWriter() {}

    /**
     * Writes, then prints {@code done}.
     *
     * @param args the JDBC URL, user, password, this writer's name and how many updates
     */
    public static void main(String[] args) {
        try (MemoryStore store = JdbcMemoryStores.postgres(args[0], args[1], args[2])) {
            int updates = Integer.parseInt(args[4]);
            int conflicts = 0;
            for (int i = 0; i < updates; i++) {
                String id = args[3] + "-" + i;
                while (true) {
                    var current = store.load(new StateKey(LEARNER, "backend")).orElseThrow();
                    var ids = new ArrayList<>(current.mastery().isEmpty() ? List.<String>of()
                            : current.mastery().get(0).recentAttemptIds());
                    ids.add(id);
                    var next = new LearnerState(LEARNER, "backend", current.schemaVersion(), current.storeVersion(),
                            current.profile(), List.of(new Mastery("http", ChallengeLevel.DEFINE, 0.5, ids.size(),
                                    MasteryStatus.TENTATIVE, ids)), List.of(), List.of(), List.of(), StoreFixtures.T0);
                    try {
                        store.commit(new StoreCommit(next, List.of(StoreFixtures.attempt(id, LEARNER, "backend", id))));
                        break;
                    } catch (VersionConflictException e) {
                        conflicts++;
                    }
                }
            }
            System.out.println("done " + conflicts);
        }
    }
}
