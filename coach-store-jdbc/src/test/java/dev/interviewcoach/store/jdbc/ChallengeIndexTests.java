package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.store.jdbc.internal.JdbcMemoryStore;
import dev.interviewcoach.tck.StoreFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's attempts at one challenge are read through the index made for them, on SQLite (which
 * plans without statistics) and on PostgreSQL (which plans with them), with and without a limit: a
 * long history on the same track does not make the query scan it, nor do other learners' attempts at
 * the same challenge.
 */
class ChallengeIndexTests {
    private static final String INDEX = "coach_attempt_by_learner_challenge";
    private static final LearnerId ADA = LearnerId.of("ada");

    @TempDir
    Path directory;

    @Test
    void sqlitePlansEveryFormOfTheChallengeQueryOnItsIndex() throws SQLException {
        Path file = directory.resolve("plans.db");
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            fill(store);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEveryPlanUsesTheIndex(c, "EXPLAIN QUERY PLAN ");
        }
    }

    @Test
    void postgresPlansEveryFormOfTheChallengeQueryOnItsIndex() throws SQLException {
        PostgresServer.requireOrSkip();
        String schema = PostgresServer.createSchema();
        try {
            String url = PostgresServer.urlFor(schema);
            try (MemoryStore store = JdbcMemoryStores.postgres(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
                fill(store);
            }
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                    var statement = c.createStatement()) {
                statement.execute("ANALYZE coach_attempt");
                assertEveryPlanUsesTheIndex(c, "EXPLAIN ");
            }
        } finally {
            PostgresServer.dropSchema(schema);
        }
    }

    /** 4,000 attempts of one learner on one track at 100 challenges, and another learner's. */
    private static void fill(MemoryStore store) {
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 4_000; i++) {
            var a = StoreFixtures.attempt("n" + i, ADA, "backend", "answer " + i);
            attempts.add(new Attempt(a.id(), a.learnerId(), a.trackId(), "challenge-" + (i % 100), a.conceptId(),
                    a.level(), a.reason(), a.answer(), a.grade(), a.at()));
        }
        store.commit(new StoreCommit(StoreFixtures.richState(ADA, "backend"), attempts));
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(StoreFixtures.richState(bob, "backend"),
                List.of(StoreFixtures.attempt("b1", bob, "backend", "answer"))));
    }

    private static void assertEveryPlanUsesTheIndex(Connection c, String explain) throws SQLException {
        for (boolean limited : new boolean[] {true, false}) {
            assertThat(plan(c, explain, limited)).as("limit %s", limited).contains(INDEX);
        }
    }

    private static String plan(Connection c, String explain, boolean limited) throws SQLException {
        try (var statement = c.prepareStatement(explain + JdbcMemoryStore.challengeQuery(limited))) {
            int p = 1;
            statement.setString(p++, "ada");
            statement.setString(p++, "challenge-7");
            statement.setString(p++, "backend");
            if (limited) {
                statement.setInt(p, 4);
            }
            var plan = new StringBuilder();
            try (var rs = statement.executeQuery()) {
                int column = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    plan.append(rs.getString(column)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
