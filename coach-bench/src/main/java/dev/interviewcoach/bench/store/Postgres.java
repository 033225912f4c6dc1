package dev.interviewcoach.bench.store;

import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/** The benchmark's PostgreSQL server and its reusable data set schemas. */
final class Postgres {
    static final String URL = env("COACH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("COACH_PG_USER", "postgres");
    static final String PASSWORD = env("COACH_PG_PASSWORD", "");

    private Postgres() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A connection, or null when no server answers. */
    static Connection connect() {
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            return null;
        }
    }

    static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Connection raw(String schema) throws SQLException {
        return DriverManager.getConnection(urlFor(schema), USER, PASSWORD);
    }

    /** The schema holding the data set, written on first use. */
    static String dataset(Connection admin, int learners, int perLearner) throws SQLException {
        String schema = "coach_bench_" + learners + "x" + perLearner;
        try (Connection c = raw(schema)) {
            if (schemaExists(admin, schema) && StoreDataset.built(c)) {
                return schema;
            }
        }
        try (var s = admin.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        JdbcMemoryStores.postgres(urlFor(schema), USER, PASSWORD).close();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(urlFor(schema) + "&reWriteBatchedInserts=true", USER, PASSWORD)) {
            StoreDataset.fill(c, learners, perLearner);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        System.out.printf(Locale.ROOT, "built postgresql schema %s in %.0f s%n", schema, (System.nanoTime() - start) / 1e9);
        return schema;
    }

    private static boolean schemaExists(Connection admin, String schema) throws SQLException {
        try (var s = admin.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            s.setString(1, schema);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
