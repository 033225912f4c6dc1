package dev.interviewcoach.store.jdbc.internal;

import java.sql.SQLException;

/**
 * Work done on one connection, inside a transaction or as single statements.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * Does the work.
     *
     * @param session the statements to use
     * @return the result
     * @throws SQLException when the database fails; the transaction is rolled back
     */
    T run(Session session) throws SQLException;
}
