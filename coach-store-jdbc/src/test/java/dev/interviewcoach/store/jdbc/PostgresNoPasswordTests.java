package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interviewcoach.api.LearnerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A host on a server with trust authentication passes no password: null says so as the empty string does. */
class PostgresNoPasswordTests {
    @BeforeEach
    void server() {
        PostgresServer.requireOrSkip();
        assumeTrue(PostgresServer.PASSWORD.isEmpty(), "the test server asks for a password");
    }

    @Test
    void aNullPasswordOpensTheStoreAsAnEmptyOneDoes() {
        String schema = PostgresServer.createSchema();
        try {
            for (String none : new String[] {null, ""}) {
                try (var store = JdbcMemoryStores.postgres(PostgresServer.urlFor(schema), PostgresServer.USER, none)) {
                    assertThat(store.load(new dev.interviewcoach.api.StateKey(LearnerId.of("ada"), "backend"))).isEmpty();
                }
            }
        } finally {
            PostgresServer.dropSchema(schema);
        }
    }
}
