package dev.interviewcoach.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server tests run against: {@code COACH_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code COACH_PG_USER} (default {@code postgres}) and {@code
 * COACH_PG_PASSWORD} (default empty). Under {@code CI=true} a server that does not answer fails the
 * tests; elsewhere they are skipped with a message saying how to run them.
 */
final class PostgresServer {
    static final String URL = env("COACH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("COACH_PG_USER", "postgres");
    static final String PASSWORD = env("COACH_PG_PASSWORD", "");

    private PostgresServer() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Fails under CI, or skips elsewhere, when no server answers. */
    static void requireOrSkip() {
        try {
            connect().close();
        } catch (SQLException e) {
            String why = "PostgreSQL does not answer at " + URL + " as " + USER + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI=true requires it (.ci/run starts it)");
            }
            Assumptions.abort(why + "; start it or set COACH_PG_URL, COACH_PG_USER, COACH_PG_PASSWORD to run these tests");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** Creates a schema of its own for one test. */
    static String createSchema() {
        String schema = "coach_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The JDBC URL whose connections work in the schema. */
    static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection c = connect(); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
