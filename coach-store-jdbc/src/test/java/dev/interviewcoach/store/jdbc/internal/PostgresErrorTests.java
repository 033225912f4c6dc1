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

    @Test
    void aSecretInTheJdbcUrlNeverReachesAMessageWhileTheSchemaStillDoes() {
        assertThat(PostgresDatabase.redacted("jdbc:postgresql://db:5432/coach?currentSchema=coach&password=S3cr3t&sslmode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/coach?currentSchema=coach&password=***&sslmode=require");
        assertThat(PostgresDatabase.redacted("jdbc:postgresql://db/coach?sslpassword=a&sslkey=b&user=app"))
                .isEqualTo("jdbc:postgresql://db/coach?sslpassword=***&sslkey=***&user=app");
        assertThat(PostgresDatabase.redacted("jdbc:postgresql://app:S3cr3t@db/coach")).isEqualTo("jdbc:postgresql://***@db/coach");

        var db = new PostgresDatabase(failing(null), null, "jdbc:postgresql://db/coach?currentSchema=coach&password=S3cr3t");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(dev.interviewcoach.api.StoreException.class,
                () -> db.write("commit a learner state", session -> {
                    throw new SQLException("terminating connection due to administrator command", "57P01");
                }));
        assertThat(e.getMessage()).doesNotContain("S3cr3t").contains("currentSchema=coach");
    }

    @Test
    void aWriteThatFailsBeforeItsCommitSaysNothingWasChangedAndOneThatFailsDuringItSaysItMayHaveBeen() {
        var before = new PostgresDatabase(failing(null), null, "coach");
        var early = org.assertj.core.api.Assertions.catchThrowableOfType(dev.interviewcoach.api.StoreException.class,
                () -> before.write("commit a learner state", session -> {
                    throw new SQLException("terminating connection due to administrator command", "57P01");
                }));
        assertThat(early.getMessage()).endsWith("(nothing was changed)");

        var during = new PostgresDatabase(failing(new SQLException("I/O error", "08006")), null, "coach");
        var late = org.assertj.core.api.Assertions.catchThrowableOfType(dev.interviewcoach.api.StoreException.class,
                () -> during.write("commit a learner state", session -> 1));
        assertThat(late.getMessage()).contains("may have been stored").doesNotContain("nothing was changed");
    }

    /** A data source whose connections do nothing but fail their commit with {@code onCommit}, if given. */
    private static javax.sql.DataSource failing(SQLException onCommit) {
        var connection = (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(PostgresErrorTests.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAutoCommit" -> true;
                    case "getTransactionIsolation" -> java.sql.Connection.TRANSACTION_READ_COMMITTED;
                    case "commit" -> {
                        if (onCommit != null) {
                            throw onCommit;
                        }
                        yield null;
                    }
                    case "isClosed", "isReadOnly" -> false;
                    default -> null;
                });
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(PostgresErrorTests.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> method.getName().equals("getConnection")
                        ? connection : null);
    }
}
