package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.store.jdbc.internal.Dialect;
import dev.interviewcoach.store.jdbc.internal.Migrations;
import dev.interviewcoach.tck.StoreFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A store opened on a database left at any earlier schema version brings it up to date and keeps what
 * it held; a database newer than the library is refused.
 */
class SchemaMigrationTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    @TempDir
    Path directory;

    @Test
    void sqliteUpgradesFromEveryEarlierSchemaVersionKeepingItsLearners() throws SQLException {
        for (int from = 0; from < Migrations.CURRENT; from++) {
            Path file = directory.resolve("from-" + from + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                prepare(c, Dialect.SQLITE, from);
            }
            try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
                checkUpgraded(store, from);
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertThat(versions(c)).containsExactlyElementsOf(allVersions());
                assertThat(names(c, "SELECT name FROM sqlite_master WHERE type = 'index'"))
                        .contains("coach_attempt_by_learner", "coach_attempt_by_learner_track", "coach_attempt_by_time",
                                "coach_attempt_by_challenge", "coach_attempt_by_learner_challenge");
            }
        }
    }

    @Test
    void postgresUpgradesFromEveryEarlierSchemaVersionKeepingItsLearners() throws SQLException {
        PostgresServer.requireOrSkip();
        for (int from = 0; from < Migrations.CURRENT; from++) {
            String schema = PostgresServer.createSchema();
            try {
                var source = new PGSimpleDataSource();
                source.setURL(PostgresServer.urlFor(schema));
                source.setUser(PostgresServer.USER);
                source.setPassword(PostgresServer.PASSWORD);
                try (Connection c = source.getConnection()) {
                    prepare(c, Dialect.POSTGRES, from);
                }
                try (MemoryStore store = JdbcMemoryStores.postgres(source)) {
                    checkUpgraded(store, from);
                }
                try (Connection c = source.getConnection()) {
                    assertThat(versions(c)).containsExactlyElementsOf(allVersions());
                    assertThat(names(c, "SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema + "'"))
                            .contains("coach_attempt_by_learner", "coach_attempt_by_learner_track", "coach_attempt_by_time",
                                    "coach_attempt_by_challenge", "coach_attempt_by_learner_challenge");
                }
            } finally {
                PostgresServer.dropSchema(schema);
            }
        }
    }

    @Test
    void aDatabaseWithANewerSchemaIsRefusedAndLeftAsItIs() throws SQLException {
        Path file = directory.resolve("newer.db");
        JdbcMemoryStores.sqlite(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("INSERT INTO coach_schema_version (version, description) VALUES (99, 'from the future')");
        }
        assertThatThrownBy(() -> JdbcMemoryStores.sqlite(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("version 99").hasMessageContaining("newer");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(versions(c)).contains(99);
        }
    }

    /** Leaves the database at a schema version, with one learner written in that version's layout. */
    private static void prepare(Connection c, Dialect dialect, int version) throws SQLException {
        if (version == 0) {
            return;
        }
        Migrations.migrate(c, dialect, version);
        var state = StoreFixtures.richState(ADA, "backend").withStoreVersion(1);
        var attempt = StoreFixtures.fullAttempt("a1", ADA, "backend", "old answer", StoreFixtures.T0);
        try (var s = c.prepareStatement("INSERT INTO coach_learner (learner_id) VALUES (?)")) {
            s.setString(1, "ada");
            s.executeUpdate();
        }
        try (var s = c.prepareStatement(
                "INSERT INTO coach_learner_state (learner_id, track_id, version, state) VALUES (?, ?, 1, ?)")) {
            s.setString(1, "ada");
            s.setString(2, "backend");
            s.setString(3, LearnerCodec.standard().writeState(state));
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("INSERT INTO coach_attempt (learner_id, attempt_id, track_id, challenge_id, "
                + "at_second, at_nano, attempt) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, "ada");
            s.setString(2, "a1");
            s.setString(3, "backend");
            s.setString(4, attempt.challengeId());
            s.setLong(5, attempt.at().getEpochSecond());
            s.setInt(6, attempt.at().getNano());
            s.setString(7, LearnerCodec.standard().writeAttempt(attempt));
            s.executeUpdate();
        }
    }

    private static void checkUpgraded(MemoryStore store, int from) {
        var key = new StateKey(ADA, "backend");
        if (from == 0) {
            assertThat(store.load(key)).isEmpty();
            store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
            return;
        }
        var state = store.load(key).orElseThrow();
        assertThat(state).isEqualTo(StoreFixtures.richState(ADA, "backend").withStoreVersion(1));
        var old = StoreFixtures.fullAttempt("a1", ADA, "backend", "old answer", StoreFixtures.T0);
        assertThat(store.attempts(AttemptQuery.all(ADA))).containsExactly(old);
        assertThat(store.attempts(ChallengeAttemptQuery.all(ADA, "backend", old.challengeId()))).containsExactly(old);
        store.commit(new StoreCommit(state, List.of(StoreFixtures.attempt("a2", ADA, "backend", "new answer"))));
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(2);
    }

    private static List<Integer> allVersions() {
        return IntStream.rangeClosed(1, Migrations.CURRENT).boxed().toList();
    }

    private static List<Integer> versions(Connection c) throws SQLException {
        var found = new ArrayList<Integer>();
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT version FROM coach_schema_version ORDER BY version")) {
            while (rs.next()) {
                found.add(rs.getInt(1));
            }
        }
        return found;
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        var found = new ArrayList<String>();
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
