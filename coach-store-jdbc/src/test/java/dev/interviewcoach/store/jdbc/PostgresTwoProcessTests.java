package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two separate programs updating the same learner in one PostgreSQL database lose no update. */
class PostgresTwoProcessTests {
    private static final int UPDATES = 40;

    @Test
    void twoProcessesUpdatingOneLearnerLoseNothing() throws Exception {
        PostgresServer.requireOrSkip();
        String schema = PostgresServer.createSchema();
        String url = PostgresServer.urlFor(schema);
        try {
            try (MemoryStore store = JdbcMemoryStores.postgres(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
                store.commit(StoreCommit.of(LearnerState.initial(PostgresWriter.LEARNER, "backend", StoreFixtures.T0)));
            }
            var children = new ArrayList<Process>();
            for (String name : List.of("left", "right")) {
                children.add(Children.start(PostgresWriter.class, url, PostgresServer.USER, PostgresServer.PASSWORD, name,
                        String.valueOf(UPDATES)));
            }
            for (Process child : children) {
                String last = null;
                try (var output = Children.output(child)) {
                    for (String line; (line = output.readLine()) != null; ) {
                        last = line;
                    }
                }
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).isZero();
                assertThat(last).startsWith("done");
            }
            try (MemoryStore store = JdbcMemoryStores.postgres(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
                var state = store.load(new StateKey(PostgresWriter.LEARNER, "backend")).orElseThrow();
                assertThat(state.storeVersion()).isEqualTo(1 + 2 * UPDATES);
                List<String> ids = state.mastery().get(0).recentAttemptIds();
                assertThat(ids).hasSize(2 * UPDATES).doesNotHaveDuplicates();
                assertThat(store.attempts(AttemptQuery.all(PostgresWriter.LEARNER))).extracting(Attempt::id)
                        .containsExactlyElementsOf(ids);
            }
        } finally {
            PostgresServer.dropSchema(schema);
        }
    }
}
