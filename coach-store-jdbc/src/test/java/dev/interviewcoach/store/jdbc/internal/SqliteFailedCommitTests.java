package dev.interviewcoach.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.StoreException;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write whose COMMIT fails (here a deferred constraint, which SQLite checks at COMMIT and which leaves
 * the transaction open, as a full disk or an I/O error can) leaves the handle clean: nothing of it is
 * stored or seen, the next write works, and other handles on the file are not locked out.
 */
class SqliteFailedCommitTests {
    @TempDir
    Path directory;

    @Test
    void aFailedCommitLeavesNoTransactionOpenAndTheHandleWritesAgain() {
        Path file = directory.resolve("commit.db");
        try (var db = new SqliteDatabase(file, 0)) {
            execute(db, "set up", "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id) "
                            + "DEFERRABLE INITIALLY DEFERRED)");
            assertThatThrownBy(() -> execute(db, "add an orphan", "INSERT INTO child (id, parent) VALUES (1, 99)"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cannot add an orphan");

            assertThat(count(db, "child")).as("the failed write's row, seen by the same handle").isZero();
            execute(db, "add a parent", "INSERT INTO parent (id) VALUES (1)");
            assertThat(count(db, "parent")).isEqualTo(1);
            try (var other = new SqliteDatabase(file, 0)) {
                execute(other, "add another parent", "INSERT INTO parent (id) VALUES (2)");
                assertThat(count(other, "child")).isZero();
                assertThat(count(other, "parent")).isEqualTo(2);
            }
        }
    }

    @Test
    void aFullDatabaseFailsTheWriteAndTheHandleWritesAgainOnceThereIsRoom() {
        Path file = directory.resolve("full.db");
        try (var db = new SqliteDatabase(file, 0)) {
            execute(db, "set up", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            int pages = db.read("count pages", s -> {
                try (ResultSet rows = s.prepare("PRAGMA page_count").executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            limitPages(db, pages + 2); // as a disk with a few pages left: SQLite reports SQLITE_FULL
            String page = "x".repeat(3000);
            int stored = 0;
            StoreException full = null;
            for (int i = 1; i <= 50 && full == null; i++) {
                int id = i;
                try {
                    db.write("add a note", s -> {
                        var insert = s.prepare("INSERT INTO notes (id, text) VALUES (?, ?)");
                        insert.setInt(1, id);
                        insert.setString(2, page);
                        insert.execute();
                        return null;
                    });
                    stored++;
                } catch (StoreException e) {
                    full = e;
                }
            }
            assertThat(full).as("the write that found the file full").isNotNull();
            assertThat(full.getMessage()).contains("full");
            assertThat(count(db, "notes")).as("what the same handle sees after the failure").isEqualTo(stored);

            limitPages(db, 1_000_000); // room again
            for (int i = 100; i < 103; i++) {
                int id = i;
                db.write("add a note", s -> {
                    var insert = s.prepare("INSERT INTO notes (id, text) VALUES (?, ?)");
                    insert.setInt(1, id);
                    insert.setString(2, page);
                    insert.execute();
                    return null;
                });
            }
            assertThat(count(db, "notes")).isEqualTo(stored + 3);
            try (var other = new SqliteDatabase(file, 0)) {
                assertThat(count(other, "notes")).as("what another handle reads from the file").isEqualTo(stored + 3);
            }
        }
    }

    private static void limitPages(SqliteDatabase db, int pages) {
        db.read("limit the pages", s -> {
            try (var statement = s.connection().createStatement()) {
                statement.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    /** Runs the statements in one write. */
    private static void execute(SqliteDatabase db, String action, String... sql) {
        db.write(action, s -> {
            for (String statement : sql) {
                s.prepare(statement).execute();
            }
            return null;
        });
    }

    private static int count(SqliteDatabase db, String table) {
        return db.read("count", s -> {
            try (ResultSet rows = s.prepare("SELECT count(*) FROM " + table).executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
