package dev.interviewcoach.store.jdbc;

import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.tck.MemoryStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL store meets the memory store contract; each store gets a schema of its own. */
class PostgresMemoryStoreTests extends MemoryStoreContract {
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
        return Optional.of(JdbcMemoryStores.postgres(url(schema), PostgresServer.USER, PostgresServer.PASSWORD));
    }

    /** The JDBC URL of a store in the schema. */
    String url(String schema) {
        return PostgresServer.urlFor(schema);
    }

    @AfterEach
    void dropSchemas() throws Exception {
        closeStores();
        schemas.forEach(PostgresServer::dropSchema);
    }
}
