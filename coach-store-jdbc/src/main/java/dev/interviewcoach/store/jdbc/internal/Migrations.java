package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's schema as ordered migrations, applied on start.
 *
 * <p>The applied versions are rows of {@code coach_schema_version}. A database at a version newer
 * than this library knows is refused rather than written with an older layout. Migrations are never
 * edited once released; a change of layout is a new migration at the end of {@link #ALL}.
 */
public final class Migrations {
    /** Every migration, oldest first. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "learners, their states per track and their attempts", d -> List.of(
                    "CREATE TABLE coach_learner (learner_id TEXT NOT NULL PRIMARY KEY)",
                    "CREATE TABLE coach_learner_state ("
                            + "learner_id TEXT NOT NULL REFERENCES coach_learner (learner_id) ON DELETE CASCADE, "
                            + "track_id TEXT NOT NULL, version BIGINT NOT NULL, state TEXT NOT NULL, "
                            + "PRIMARY KEY (learner_id, track_id))",
                    "CREATE TABLE coach_attempt (seq " + d.sequenceColumn() + ", "
                            + "learner_id TEXT NOT NULL REFERENCES coach_learner (learner_id) ON DELETE CASCADE, "
                            + "attempt_id TEXT NOT NULL, track_id TEXT NOT NULL, challenge_id TEXT NOT NULL, "
                            + "at_second BIGINT NOT NULL, at_nano INTEGER NOT NULL, attempt TEXT NOT NULL, "
                            + "UNIQUE (learner_id, attempt_id))")),
            new Migration(2, "indexes for the read paths", d -> List.of(
                    // a learner's history and its most recent attempts, in append order
                    "CREATE INDEX coach_attempt_by_learner ON coach_attempt (learner_id, seq)",
                    "CREATE INDEX coach_attempt_by_learner_track ON coach_attempt (learner_id, track_id, seq)",
                    // a learner's attempts by time
                    "CREATE INDEX coach_attempt_by_time ON coach_attempt (learner_id, at_second, at_nano)",
                    // every attempt at one challenge, e.g. to recalibrate it
                    "CREATE INDEX coach_attempt_by_challenge ON coach_attempt (challenge_id, seq)")),
            new Migration(3, "an index for a learner's attempts at one challenge", d -> List.of(
                    // three equalities and the order: the planner's clear choice over the learner-and-track
                    // index, with or without statistics
                    "CREATE INDEX coach_attempt_by_learner_challenge "
                            + "ON coach_attempt (learner_id, challenge_id, track_id, seq)")));

    /** The schema version this library writes. */
    public static final int CURRENT = ALL.get(ALL.size() - 1).version();

    private Migrations() {}

    /**
     * Brings the database up to {@code target}, applying the missing migrations in one transaction.
     *
     * @param connection a connection; its auto-commit is restored afterwards
     * @param dialect the database
     * @param target the version to reach
     * @return the version the database was at before
     * @throws StoreException when the database is newer than this library or a migration fails
     */
    public static int migrate(Connection connection, Dialect dialect, int target) {
        int applied = applied(connection);
        if (applied == target) {
            // up to date: opening the store reads, and waits for no writer (a store another process is
            // writing to opens at once; a read-only file opens, and refuses only writes)
            return applied;
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                if (dialect.migrationLock() != null) {
                    statement.execute(dialect.migrationLock());
                }
                statement.execute("CREATE TABLE IF NOT EXISTS coach_schema_version "
                        + "(version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL)");
                int current;
                try (var rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM coach_schema_version")) {
                    rs.next();
                    current = rs.getInt(1);
                }
                if (current > CURRENT) {
                    throw new StoreException("the database's store schema is at version " + current
                            + ", newer than this library's " + CURRENT + "; use a newer coach-store-jdbc");
                }
                for (var migration : ALL) {
                    if (migration.version() > current && migration.version() <= target) {
                        for (var sql : migration.statements().apply(dialect)) {
                            statement.execute(sql);
                        }
                        try (var insert = connection.prepareStatement(
                                "INSERT INTO coach_schema_version (version, description) VALUES (?, ?)")) {
                            insert.setInt(1, migration.version());
                            insert.setString(2, migration.description());
                            insert.executeUpdate();
                        }
                    }
                }
                connection.commit();
                return current;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot bring the store schema to version " + target + ": " + e.getMessage()
                    + missingSchema(connection, e), e);
        }
    }

    /** The version the database says it is at, read without a transaction; -1 when it cannot say (no table yet). */
    private static int applied(Connection connection) {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM coach_schema_version")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * What to do when the tables have no schema to go in (PostgreSQL's {@code currentSchema} or
     * {@code search_path} names one that does not exist): the store creates its tables, not the schema.
     */
    private static String missingSchema(Connection connection, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (!"3F000".equals(e.getSQLState()) && !message.contains("no schema has been selected")) {
            return "";
        }
        String url = "";
        try {
            url = connection.getMetaData().getURL();
        } catch (SQLException | RuntimeException ignored) {
            // the advice below stands without the URL
        }
        var named = java.util.regex.Pattern.compile("[?&]currentSchema=([^&]+)").matcher(url == null ? "" : url);
        String schema = named.find() ? "\"" + named.group(1) + "\"" : "the connection's schema (currentSchema or search_path)";
        return ". The store creates its tables but not the schema they go in: " + schema + " does not exist; "
                + "create it first (CREATE SCHEMA ...) or point the connection at one that does";
    }
}
