package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learners' database holds every answer, so what the coach creates for it only its owner may read. */
class PrivateDataTests {
    @TempDir
    Path home;

    @Test
    void aNewDatabaseAndTheFolderMadeForItAreTheOwnersAlone() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        var cli = new CliRun(home);
        cli.run("An answer.\n\n\n");
        assertThat(cli.db()).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.db().getParent())))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(cli.db().getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("coach.db")).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void anExistingDatabaseKeepsThePermissionsItsOwnerGaveIt() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path db = home.resolve("shared.db");
        Files.createFile(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-r--"));
        var cli = new CliRun(home);
        cli.run("An answer.\n\n\n", "--db", db.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-rw-r--");
    }
}
