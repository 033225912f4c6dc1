package dev.interviewcoach.store.jdbc;

/**
 * How a SQLite store reads its file.
 *
 * <p>By default the store reads through a memory map of up to {@link #DEFAULT_MEMORY_MAP_BYTES} of
 * the file ({@code PRAGMA mmap_size}): a page the operating system already caches is read in place,
 * without a system call or a copy, so loading a learner costs about the same in a file of a thousand
 * learners as in one of a hundred thousand, whose pages no longer fit the store's own page cache.
 * Writes, commits and their durability are unchanged; the map only serves reads. Beyond the limit the
 * file is read as without a map.
 *
 * <p>The cost of the map: a read error of the disk under a mapped page, or the file truncated by a
 * program that does not go through SQLite, reaches the process as a signal ({@code SIGBUS}) that the
 * JVM cannot turn into an exception, where a read without the map gives a {@link
 * dev.interviewcoach.api.StoreException}. The store therefore maps only files on local disk file
 * systems (ext4, XFS, Btrfs, ZFS, APFS, NTFS, tmpfs and the like) and never on network or user-space
 * file systems (NFS, SMB, FUSE, 9p), where such errors are ordinary. Turn the map off with {@link
 * #withoutMemoryMap()} where even that is not acceptable.
 *
 * @since 0.1
 */
public final class SqliteOptions {
    /** The default limit of the memory map: 64 GiB of the file, about 3.7 million learners. */
    public static final long DEFAULT_MEMORY_MAP_BYTES = 64L << 30;

    private static final SqliteOptions DEFAULTS = new SqliteOptions(DEFAULT_MEMORY_MAP_BYTES);

    private final long memoryMapBytes;

    private SqliteOptions(long memoryMapBytes) {
        this.memoryMapBytes = memoryMapBytes;
    }

    /**
     * The options {@link JdbcMemoryStores#sqlite(java.nio.file.Path)} uses.
     *
     * @return the defaults
     */
    public static SqliteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another limit of the memory map.
     *
     * @param bytes how much of the file, from its start, is read through the map; 0 for no map
     * @return the new options
     * @throws IllegalArgumentException when bytes is negative
     */
    public SqliteOptions withMemoryMap(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a memory map of " + bytes + " bytes");
        }
        return new SqliteOptions(bytes);
    }

    /**
     * These options with every read going through {@code read()} calls and the store's page cache.
     *
     * @return the new options
     */
    public SqliteOptions withoutMemoryMap() {
        return withMemoryMap(0);
    }

    /**
     * How much of the file, from its start, the store may read through a memory map on a local disk.
     *
     * @return bytes, 0 when the map is off
     */
    public long memoryMapBytes() {
        return memoryMapBytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqliteOptions o && o.memoryMapBytes == memoryMapBytes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(memoryMapBytes);
    }

    @Override
    public String toString() {
        return "SqliteOptions[memoryMapBytes=" + memoryMapBytes + "]";
    }
}
