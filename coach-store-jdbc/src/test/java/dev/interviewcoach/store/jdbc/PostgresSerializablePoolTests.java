package dev.interviewcoach.store.jdbc;

import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.tck.MemoryStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The PostgreSQL store meets the contract, concurrent writers included, on connections whose default
 * isolation is SERIALIZABLE, as a host's pool may be set up: the store writes at READ COMMITTED and runs
 * a transaction the server ends as a serialization failure or deadlock again.
 */
class PostgresSerializablePoolTests extends MemoryStoreContract {
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void server() {
        PostgresServer.requireOrSkip();
    }

    @Override
    protected MemoryStore createStore() {
        schemas.add(PostgresServer.createSchema());
        return reopen().orElseThrow();
    }

    @Override
    protected Optional<MemoryStore> reopen() {
        String schema = schemas.get(schemas.size() - 1);
        return Optional.of(JdbcMemoryStores.postgres(PostgresServer.urlFor(schema)
                + "&options=-c%20default_transaction_isolation%3Dserializable", PostgresServer.USER, PostgresServer.PASSWORD));
    }

    @AfterEach
    void dropSchemas() throws Exception {
        closeStores();
        schemas.forEach(PostgresServer::dropSchema);
    }
}
