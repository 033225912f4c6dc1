package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interviewcoach.api.LearnerId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite store's file holds every answer its learners gave, so what the store creates only its owner may read. */
class SqlitePrivacyTests {
    @TempDir
    Path dir;

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewFileItsJournalsAndTheFoldersMadeForThemAreTheOwnersAlone() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path db = dir.resolve("a").resolve("b").resolve("coach.db");
        try (var store = JdbcMemoryStores.sqlite(db)) {
            store.load(new dev.interviewcoach.api.StateKey(LearnerId.of("ada"), "backend"));
            assertThat(permissions(dir.resolve("a"))).isEqualTo("rwx------");
            assertThat(permissions(db.getParent())).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(db.getParent())) {
                var made = files.filter(f -> f.getFileName().toString().startsWith("coach.db")).toList();
                assertThat(made).hasSizeGreaterThan(1); // the file and its write-ahead log
                for (Path f : made) {
                    assertThat(permissions(f)).as(f.toString()).isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void anExistingFileAndFolderKeepThePermissionsTheirOwnerGaveThem() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        Path db = Files.createFile(shared.resolve("team.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw----"));
        try (var store = JdbcMemoryStores.sqlite(db)) {
            store.load(new dev.interviewcoach.api.StateKey(LearnerId.of("ada"), "backend"));
        }
        assertThat(permissions(shared)).isEqualTo("rwxr-x---");
        assertThat(permissions(db)).isEqualTo("rw-rw----");
    }
}
