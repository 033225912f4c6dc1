package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deleted learner's answers are not left readable in the SQLite file or its write-ahead log, while the store stays open. */
class SqliteDeleteTraceTests {
    private static final String SECRET = "zebra-quartz-private-answer";

    @TempDir
    Path dir;

    private boolean holds(Path file) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SECRET);
    }

    @Test
    void afterADeleteNeitherTheFileNorItsWriteAheadLogHoldsTheLearnersAnswers() throws Exception {
        Path db = dir.resolve("coach.db");
        Path wal = dir.resolve("coach.db-wal");
        var ada = LearnerId.of("ada");
        var bob = LearnerId.of("bob");
        try (var store = JdbcMemoryStores.sqlite(db)) {
            var attempts = new ArrayList<dev.interviewcoach.api.Attempt>();
            for (int i = 0; i < 20; i++) {
                attempts.add(StoreFixtures.attempt("a" + i, ada, "backend", SECRET + " number " + i));
            }
            store.commit(new StoreCommit(StoreFixtures.richState(ada, "backend"), attempts));
            store.commit(new StoreCommit(StoreFixtures.richState(bob, "backend"),
                    List.of(StoreFixtures.attempt("b1", bob, "backend", "an answer of someone else"))));
            assertThat(holds(db) || holds(wal)).as("the answers were written").isTrue();

            assertThat(store.delete(ada)).isTrue();

            assertThat(holds(wal)).as("the write-ahead log holds the deleted answers").isFalse();
            assertThat(holds(db)).as("the database file holds the deleted answers").isFalse();
            assertThat(store.attempts(dev.interviewcoach.spi.AttemptQuery.all(bob))).hasSize(1);
        }
    }
}
