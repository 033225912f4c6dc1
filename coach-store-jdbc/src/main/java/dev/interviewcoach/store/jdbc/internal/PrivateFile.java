package dev.interviewcoach.store.jdbc.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;

/**
 * Creates a missing database file readable and writable by its owner only, and the missing folders
 * up to it likewise, where the file system has POSIX permissions: the file holds every answer a
 * learner gave. SQLite gives its journal and write-ahead log the database file's permissions. An
 * existing file or folder is left as its owner made it.
 */
final class PrivateFile {
    private PrivateFile() {}

    /**
     * Creates the file and its missing folders owner-only; does nothing for an existing file or where
     * POSIX permissions are not supported (SQLite then creates the file as the system's defaults say).
     *
     * @param file the database file, absolute
     * @throws IOException when a missing folder or the file cannot be created
     */
    static void create(Path file) throws IOException {
        if (Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var missing = new ArrayDeque<Path>();
        for (Path dir = file.getParent(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        for (Path dir : missing) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // another process made it meanwhile: it is that one's to keep
            }
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // another process created it meanwhile
        }
    }
}
