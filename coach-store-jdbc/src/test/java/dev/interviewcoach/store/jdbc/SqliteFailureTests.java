package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite file that cannot be written gives a clear StoreException and loses nothing. */
class SqliteFailureTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    @TempDir
    Path directory;

    @Test
    void aFileLockedByAnotherProgramGivesAStoreExceptionAndNoHalfWrite() throws SQLException {
        Path file = directory.resolve("locked.db");
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            var saved = store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); var s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                assertThatThrownBy(() -> store.commit(new StoreCommit(saved,
                        List.of(StoreFixtures.attempt("a1", ADA, "backend", "x")))))
                        .isInstanceOf(StoreException.class).hasMessageContaining("locked").hasMessageContaining(file.toString());
                s.execute("ROLLBACK");
            }
            assertThat(store.load(new StateKey(ADA, "backend"))).contains(saved);
            assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
            assertThat(store.commit(StoreCommit.of(saved)).storeVersion()).isEqualTo(2);
        }
    }

    @Test
    void aStoreAnotherProgramIsWritingToOpensAtOnceAndReadsItsLearners() throws SQLException {
        Path file = directory.resolve("busy.db");
        LearnerState saved;
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            saved = store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); var s = other.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN IMMEDIATE"); // another program's write under way: it holds the write lock
            s.execute("INSERT INTO coach_learner (learner_id) VALUES ('someone-else')");
            // before, opening took the write lock to check the schema, and failed once the busy timeout ran out
            try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
                assertThat(store.load(new StateKey(ADA, "backend"))).contains(saved);
            }
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aReadOnlyFileGivesAStoreExceptionSayingSoAndKeepsItsLearners() throws Exception {
        Path file = directory.resolve("read-only.db");
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        // permissions do not stop root; the immutable attribute (ext4 and others) does
        boolean immutable = Files.isWritable(file) && run("chattr", "+i", file.toString());
        try {
            Assumptions.assumeFalse(Files.isWritable(file) && !immutable,
                    "neither permissions nor chattr make the file read-only for this user");
            assertThatThrownBy(() -> {
                try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
                    store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend-go")));
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("read-only").hasMessageContaining(file.toString());
        } finally {
            if (immutable) {
                run("chattr", "-i", file.toString());
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            assertThat(store.load(new StateKey(ADA, "backend"))).isPresent();
        }
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFileThatIsNotADatabaseGivesAStoreExceptionAndIsLeftAlone() throws IOException {
        Path file = directory.resolve("notes.db");
        String text = "my notes, not a database ".repeat(100);
        Files.writeString(file, text);
        assertThatThrownBy(() -> JdbcMemoryStores.sqlite(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a SQLite database");
        assertThat(Files.readString(file)).isEqualTo(text);
    }
}
