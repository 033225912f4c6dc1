package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connection pointed at a schema that does not exist gets an error that names it and says what to do. */
class PostgresMissingSchemaTests {
    @BeforeEach
    void server() {
        PostgresServer.requireOrSkip();
    }

    @Test
    void aMissingSchemaIsNamedWithTheAdviceToCreateIt() {
        String url = PostgresServer.urlFor("coach_no_such_schema");
        assertThatThrownBy(() -> JdbcMemoryStores.postgres(url, PostgresServer.USER, PostgresServer.PASSWORD).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("\"coach_no_such_schema\" does not exist")
                .hasMessageContaining("CREATE SCHEMA");
    }
}
