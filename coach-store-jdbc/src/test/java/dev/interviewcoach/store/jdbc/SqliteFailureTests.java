package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.LearnerId;
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
    void aReadOnlyFileGivesAStoreExceptionSayingSo() throws IOException {
        Path dir = Files.createDirectory(directory.resolve("read-only"));
        Path file = dir.resolve("coach.db");
        JdbcMemoryStores.sqlite(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(file), "this user may write read-only files (root)");
            assertThatThrownBy(() -> {
                try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
                    store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
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
