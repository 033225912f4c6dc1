package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.StoreException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL through a {@link DataSource}: a connection per unit of work, returned to the host's
 * pool (or the store's own) when the work ends.
 */
public final class PostgresDatabase implements Database {
    private final DataSource source;
    private final AutoCloseable ownedPool;
    private final String name;
    private volatile boolean closed;

    /**
     * A database over a data source.
     *
     * @param source where connections come from; the current schema of its connections holds the tables
     * @param ownedPool closed with the store when the store created the pool, else null
     * @param name how messages name the database
     */
    public PostgresDatabase(DataSource source, AutoCloseable ownedPool, String name) {
        this.source = source;
        this.ownedPool = ownedPool;
        this.name = redacted(name);
    }

    private static final java.util.regex.Pattern SECRET_PARAMETER = java.util.regex.Pattern.compile(
            "(?i)([?&;](?:[a-z]*password|passwd|pwd|[a-z]*secret|[a-z]*token|[a-z]*key|sslpassword)=)[^&;]*");
    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("(//)[^/@?]*@");

    /**
     * A JDBC URL fit for a message: the value of a parameter that holds a secret ({@code password=},
     * {@code sslpassword=}, {@code …key=}, {@code …token=}) and a user and password before the host are
     * replaced by {@code ***}, since store errors reach logs and users; other parameters (the schema) stay.
     *
     * @param url the URL
     * @return the URL without secrets
     */
    public static String redacted(String url) {
        if (url == null) {
            return null;
        }
        return USER_INFO.matcher(SECRET_PARAMETER.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    public <T> T write(String action, SqlWork<T> work) {
        return inTransaction(action, false, work);
    }

    @Override
    public <T> T snapshot(String action, SqlWork<T> work) {
        return inTransaction(action, true, work);
    }

    @Override
    public <T> T read(String action, SqlWork<T> work) {
        checkOpen();
        try (Connection connection = source.getConnection(); var session = new Session(connection, null)) {
            return work.run(session);
        } catch (SQLException e) {
            throw translate(action, e);
        }
    }

    /** How often a transaction the server ended as a deadlock or serialization failure is run again. */
    static final int CONFLICT_TRIES = 5;

    /**
     * Runs work in one transaction: a snapshot at REPEATABLE READ, a write at READ COMMITTED whatever the
     * pool's default (the store's version checks need no more, and a stricter pool level would fail
     * concurrent sessions with serialization errors). A transaction the server ends as a deadlock or a
     * serialization failure (SQLState 40P01, 40001) is rolled back and run again, up to {@value
     * #CONFLICT_TRIES} times.
     */
    private <T> T inTransaction(String action, boolean snapshot, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(snapshot, work);
            } catch (UncertainCommit e) {
                StoreException known = translate(action, e.failure());
                throw new UncertainCommitException(known.getMessage() + " (the connection failed while the server "
                        + "was committing, so the work may have been stored)", known.getCause());
            } catch (SQLException e) {
                if (attempt < CONFLICT_TRIES && retryable(e)) {
                    pause(attempt);
                    continue;
                }
                StoreException known = translate(action, e);
                if (snapshot) {
                    throw known;
                }
                // the COMMIT was never sent, or the server refused it: the transaction was rolled back
                throw new StoreException(known.getMessage() + " (nothing was changed)", known.getCause());
            }
        }
    }

    private <T> T once(boolean snapshot, SqlWork<T> work) throws SQLException {
        checkOpen();
        try (Connection connection = source.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            int wanted = snapshot ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_READ_COMMITTED;
            connection.setAutoCommit(false);
            if (isolation != wanted) {
                connection.setTransactionIsolation(wanted);
            }
            Exception failure = null;
            try (var session = new Session(connection, null)) {
                T result = work.run(session);
                try {
                    connection.commit();
                } catch (SQLException e) {
                    // a refusal by the server (a conflict, a constraint checked at commit) is certain; when the
                    // connection failed, the server may have committed first: nobody can say here
                    throw connectionLost(e) ? new UncertainCommit(e) : e;
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                failure = e;
                if (!(e instanceof UncertainCommit)) {
                    try {
                        connection.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback); // a dead connection cannot roll back; the first error says why
                    }
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(autoCommit);
                    if (isolation != wanted) {
                        connection.setTransactionIsolation(isolation);
                    }
                } catch (SQLException restore) {
                    if (failure == null) {
                        throw restore;
                    }
                    failure.addSuppressed(restore); // the pool discards a connection it finds broken
                }
            }
        }
    }

    /** Whether an error says the connection failed (SQLState class 08, or the server shut it down: 57P). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A COMMIT that failed on its way: the server may or may not have committed. */
    private static final class UncertainCommit extends SQLException {
        private static final long serialVersionUID = 1L;

        UncertainCommit(SQLException failure) {
            super(failure.getMessage(), failure.getSQLState(), failure);
        }

        SQLException failure() {
            return (SQLException) getCause();
        }
    }

    /** Whether the server ended the transaction as a deadlock or a serialization failure. */
    static boolean retryable(SQLException e) {
        String state = reported(e).getSQLState();
        return "40P01".equals(state) || "40001".equals(state);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The exception that says what went wrong: a batch's own message quotes its statement with every
     * value bound to it (an answer's text among them), so the error of the statement that failed is
     * reported instead.
     */
    static SQLException reported(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the PostgreSQL store " + name + " is closed");
        }
    }

    private StoreException translate(String action, SQLException error) {
        return translate(name, action, error);
    }

    /** The store's exception for a driver's: what failed, and why in words that quote no bound value. */
    static StoreException translate(String name, String action, SQLException error) {
        SQLException e = reported(error);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why;
        if (state.startsWith("08")) {
            why = "the server cannot be reached (" + e.getMessage() + ")";
        } else if (state.equals("25006") || state.equals("42501")) {
            why = "the database refuses writes by this user (" + e.getMessage() + ")";
        } else if (e instanceof BatchUpdateException) {
            why = "a batched statement failed (SQLState " + state + ")";
        } else {
            why = e.getMessage();
        }
        // the cause keeps the driver's exception for the stack, without the batch's message
        return new StoreException("PostgreSQL store " + name + ": cannot " + action + ": " + why,
                e instanceof BatchUpdateException ? null : e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ownedPool != null) {
            try {
                ownedPool.close();
            } catch (Exception e) {
                throw new StoreException("cannot close the connection pool of " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
