package dev.interviewcoach.store.jdbc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a SQLite file may be read through a memory map: only on a local disk file system, where a
 * mapped read fails no more often than the disk does. On network and user-space file systems a lost
 * server or a failed request would reach the JVM as a {@code SIGBUS} it cannot survive.
 */
public final class MemoryMap {
    /** File system types, as {@link java.nio.file.FileStore#type()} names them, that are local disks. */
    private static final Set<String> LOCAL = Set.of(
            // Linux
            "ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "f2fs", "jfs", "reiserfs", "bcachefs", "tmpfs",
            // a container's root: overlay layers on a local file system
            "overlay",
            // macOS
            "apfs", "hfs",
            // Windows
            "ntfs", "refs");

    private MemoryMap() {}

    /**
     * The memory map a file gets.
     *
     * @param file the database file; it need not exist, its directory must
     * @param requested the map asked for, in bytes
     * @return {@code requested} on a local disk file system, else 0
     */
    public static long limitFor(Path file, long requested) {
        if (requested == 0) {
            return 0;
        }
        Path existing = Files.exists(file) ? file : file.getParent();
        try {
            return existing != null && isLocal(Files.getFileStore(existing).type()) ? requested : 0;
        } catch (IOException | SecurityException e) {
            // a file system that will not say what it is is not mapped
            return 0;
        }
    }

    /**
     * Whether a file system type is a local disk's.
     *
     * @param type the type, e.g. {@code ext4}, {@code nfs4}, {@code fuse.sshfs}
     * @return true for the local disk file systems the store maps
     */
    public static boolean isLocal(String type) {
        return type != null && LOCAL.contains(type.toLowerCase(Locale.ROOT));
    }
}
