package dev.interviewcoach.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL store makes of the driver's errors, without a server. */
class PostgresErrorTests {
    private static BatchUpdateException batchAborted(String state) {
        var batch = new BatchUpdateException("Batch entry 0 INSERT INTO coach_attempt (...) VALUES "
                + "('ada', 'a1', '{\"answer\":\"my private answer\"}') was aborted", state, new int[0]);
        batch.setNextException(new SQLException("ERROR: deadlock detected", state));
        return batch;
    }

    @Test
    void aBatchThatFailedIsReportedByItsStatementsErrorWithoutTheValuesBoundToIt() {
        var e = PostgresDatabase.translate("coach", "commit a learner state", batchAborted("40P01"));

        assertThat(e.getMessage()).contains("deadlock detected").doesNotContain("private answer").doesNotContain("VALUES");
        assertThat(e.getCause()).hasMessageNotContaining("private answer");
    }

    @Test
    void aBatchWithoutTheStatementsErrorIsReportedByItsStateAloneAndKeptOutOfTheCause() {
        var bare = new BatchUpdateException("Batch entry 0 INSERT ... 'my private answer' was aborted", "23505", new int[0]);

        var e = PostgresDatabase.translate("coach", "commit a learner state", bare);

        assertThat(e.getMessage()).contains("23505").doesNotContain("private answer");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void deadlocksAndSerializationFailuresAreRunAgainAndNothingElseIs() {
        assertThat(PostgresDatabase.retryable(batchAborted("40P01"))).isTrue();
        assertThat(PostgresDatabase.retryable(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(PostgresDatabase.retryable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(PostgresDatabase.retryable(new SQLException("no state"))).isFalse();
    }

    @Test
    void onlyALostConnectionMakesACommitsOutcomeUncertainNotARefusalByTheServer() {
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("I/O error", "08006"))).isTrue();
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("Connection is closed", "08003"))).isTrue();
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("could not serialize", "40001"))).isFalse();
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
        assertThat(PostgresDatabase.connectionLost(new java.sql.SQLException("no state"))).isFalse();
    }
}
