package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.store.jdbc.internal.MemoryMap;
import dev.interviewcoach.store.jdbc.internal.SqliteDatabase;
import dev.interviewcoach.tck.StoreFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store reads its file through a memory map on local disks only, as large as asked, never
 * on network or user-space file systems, and not at all when turned off; a file larger than its map
 * is read whole.
 */
class SqliteMemoryMapTests {
    @TempDir
    Path directory;

    @Test
    void aFileOnALocalDiskIsReadThroughAMemoryMapOfTheSizeAskedFor() throws IOException {
        assumeLocalDisk();
        try (var database = new SqliteDatabase(directory.resolve("mapped.db"), 1L << 30)) {
            assertThat(database.memoryMap()).isEqualTo(1L << 30);
            assertThat(mmapSize(database)).isEqualTo(1L << 30);
        }
    }

    @Test
    void theStoresDefaultsMapSixtyFourGibibytes() {
        assertThat(SqliteOptions.defaults().memoryMapBytes()).isEqualTo(64L << 30);
        assertThat(SqliteOptions.defaults().withoutMemoryMap().memoryMapBytes()).isZero();
        assertThatThrownBy(() -> SqliteOptions.defaults().withMemoryMap(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreWithTheMapTurnedOffReadsWithoutOne() {
        try (var database = new SqliteDatabase(directory.resolve("unmapped.db"),
                SqliteOptions.defaults().withoutMemoryMap().memoryMapBytes())) {
            assertThat(database.memoryMap()).isZero();
            assertThat(mmapSize(database)).isZero();
        }
    }

    @Test
    void onlyLocalDiskFileSystemsAreMapped() {
        for (String local : List.of("ext4", "xfs", "btrfs", "zfs", "tmpfs", "overlay", "apfs", "NTFS", "ReFS")) {
            assertThat(MemoryMap.isLocal(local)).as(local).isTrue();
        }
        for (String remote : List.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "fuseblk", "9p",
                "virtiofs", "ceph", "afs", "")) {
            assertThat(MemoryMap.isLocal(remote)).as(remote).isFalse();
        }
        assertThat(MemoryMap.isLocal(null)).isFalse();
    }

    @Test
    void aFileLargerThanItsMapIsReadWhole() throws IOException {
        assumeLocalDisk();
        Path file = directory.resolve("larger.db");
        var saved = new ArrayList<LearnerState>();
        // 64 KiB of map, a file of several hundred KiB: most pages lie past the map
        try (MemoryStore store = JdbcMemoryStores.sqlite(file, SqliteOptions.defaults().withMemoryMap(64 << 10))) {
            for (int i = 0; i < 200; i++) {
                saved.add(store.commit(StoreCommit.of(StoreFixtures.richState(LearnerId.of("learner-" + i), "backend"))));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(4L * (64 << 10));
        try (MemoryStore store = JdbcMemoryStores.sqlite(file, SqliteOptions.defaults().withMemoryMap(64 << 10))) {
            for (LearnerState state : saved) {
                assertThat(store.load(new StateKey(state.learnerId(), "backend"))).contains(state);
            }
        }
    }

    private void assumeLocalDisk() throws IOException {
        String type = Files.getFileStore(directory).type();
        Assumptions.assumeTrue(MemoryMap.isLocal(type), "the temporary directory is on " + type);
    }

    private static long mmapSize(SqliteDatabase database) {
        return database.read("read the map size", s -> {
            try (var statement = s.connection().createStatement(); var rs = statement.executeQuery("PRAGMA mmap_size")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
