package dev.interviewcoach.store.jdbc;

import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.tck.MemoryStoreContract;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store meets the memory store contract, reopen and second handles on one file included. */
class SqliteMemoryStoreTests extends MemoryStoreContract {
    @TempDir
    Path directory;

    private Path file;
    private int created;

    @Override
    protected MemoryStore createStore() {
        file = directory.resolve("store-" + created++ + "/coach.db");
        return JdbcMemoryStores.sqlite(file);
    }

    @Override
    protected Optional<MemoryStore> reopen() {
        return Optional.of(JdbcMemoryStores.sqlite(file));
    }
}
